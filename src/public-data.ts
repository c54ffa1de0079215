/**
 * The machine-readable data at /codes.json, /codes/<code>.json and /codes/<code>/<family>.json.
 * Field names here are a public promise: add fields, never rename or remove them. The JSON Schemas
 * published beside the data are generated from these zod schemas, so the two cannot drift apart.
 */
import { z } from 'astro/zod';
import { versionInAddress } from './lib/citations';
import type { CodeView, FamilyView } from './lib/code-view';
import { browserMaySend, rangeOf } from './lib/ranges';
import { RECONNECT_ADVICE, SENDERS } from './lib/vocabulary';

const checked = z.string().describe('The date the fact was last checked against its source, YYYY-MM-DD.');
const version = z.string().describe('The release, tag or commit the fact was checked in.');

const link = z.object({
  title: z.string(),
  url: z.string(),
  version: version.optional(),
  checked: checked.optional(),
});

const range = z
  .object({
    first: z.int(),
    last: z.int(),
    id: z.enum(['unused', 'protocol', 'registered', 'private']),
    title: z.string(),
  })
  .describe('The RFC 6455 §7.4.2 range the code falls in.');

const meaning = z
  .object({
    family: z.string().describe('The family slug, e.g. "discord-gateway".'),
    familyName: z.string().describe('The family’s name, e.g. "Discord Gateway".'),
    name: z.string().describe('The name the family gives the code.'),
    summary: z.string(),
    url: z.string().describe('The family code’s page on this site.'),
    data: z.string().describe('The family code’s JSON on this site.'),
  })
  .describe('What one application or protocol means by a number.');

const commonFields = {
  code: z.int().min(1000).max(4999).describe('The close code number.'),
  summary: z.string().describe('One sentence on what the code means.'),
  url: z.string().describe('The code’s page on this site.'),
  range,
  definedIn: z
    .object({ document: z.string(), section: z.string(), url: z.string() })
    .describe('The source that defines the code.'),
  allowedInCloseFrame: z.boolean().describe('Whether an endpoint may put the code in a Close frame.'),
  browserMaySend: z.boolean().describe('Whether browser JavaScript may pass the code to WebSocket.close().'),
  sentBy: z.enum(SENDERS).describe('Which side typically sends it; "neither" for codes that are only reported.'),
  sendWhen: z.string().describe('When an endpoint should send it, or when it is reported.'),
  reconnect: z.enum(RECONNECT_ADVICE).describe('Reconnect advice.'),
  reconnectNote: z.string().optional().describe('A qualification of the reconnect advice.'),
  constants: z
    .array(
      z.object({
        library: z.string(),
        language: z.string(),
        identifier: z.string(),
        source: z.string(),
        version: version.optional(),
        checked: checked.optional(),
      }),
    )
    .describe('Named constants for the code in libraries.'),
  errorTexts: z
    .array(
      z.object({ text: z.string(), library: z.string(), source: z.string(), version: version.optional(), checked: checked.optional() }),
    )
    .describe('Error messages libraries print for the code.'),
  related: z
    .array(z.object({ code: z.int(), family: z.string().optional(), difference: z.string() }))
    .describe('Codes often confused with it; `family` is set for a family code.'),
  sources: z.array(link).describe('Sources for the facts on the code’s page, with the version each was checked in.'),
  checked: checked.optional().describe('The date the page’s facts were last checked.'),
};

export const publicCodeSchema = z
  .object({
    ...commonFields,
    name: z.string().describe('The name in the IANA WebSocket Close Code Number Registry.'),
    alsoUsedBy: z.array(meaning).describe('Applications and protocols that give the same number a meaning of their own.'),
  })
  .strict();

export const publicFamilyCodeSchema = z
  .object({
    ...commonFields,
    code: z.int().min(3000).max(4999).describe('The close code number.'),
    family: z.string().describe('The family slug; (code, family) identifies the entry.'),
    familyName: z.string().describe('The family’s name.'),
    name: z.string().describe('The name exactly as the family spells it.'),
  })
  .strict();

export const publicFamilySchema = z
  .object({
    slug: z.string().describe('The family slug, used in URLs.'),
    name: z.string(),
    summary: z.string(),
    url: z.string().describe('The family’s page on this site.'),
    docs: z.string().describe('The family’s official documentation.'),
    definedBy: link.describe('The source that defines its codes.'),
    identify: z.string().describe('How to tell a close came from this family.'),
    reconnect: z.string().describe('What the family says about reconnecting.'),
    ranges: z
      .array(z.object({ from: z.int(), to: z.int(), meaning: z.string().optional(), reconnect: z.string().optional() }))
      .describe('The numbers the family uses, with its rule for each range.'),
    codes: z.array(z.object({ code: z.int(), name: z.string(), url: z.string() })).describe('The family’s codes.'),
    sources: z.array(link),
    checked,
  })
  .strict();

export type PublicCode = z.infer<typeof publicCodeSchema>;
export type PublicFamilyCode = z.infer<typeof publicFamilyCodeSchema>;

export const publicCodeListSchema = z
  .object({
    $schema: z.string().describe('The JSON Schema this document follows.'),
    generated: z.string().describe('Where the data comes from.'),
    codes: z.array(publicCodeSchema).describe('Every registered code, in ascending order.'),
    families: z.array(publicFamilySchema).describe('Applications and protocols that assign their own codes.'),
    familyCodes: z
      .array(publicFamilyCodeSchema)
      .describe('Every family code, by number and then family; (code, family) is unique.'),
  })
  .strict();

/** A citation with the version it pins, whether written out or read from its address. */
function cite<T extends { version?: string | undefined }>(item: T, address: string): T {
  const version = item.version ?? versionInAddress(address);
  const { version: _omit, ...rest } = item;
  return (version ? { ...rest, version } : rest) as T;
}

const withoutNote = ({ note: _note, ...rest }: CodeView['constants'][number]) => rest;

function common(view: CodeView, site: URL) {
  const r = rangeOf(view.code);
  return {
    code: view.code,
    summary: view.summary,
    url: new URL(view.path, site).href,
    range: { first: r.first, last: r.last, id: r.id, title: r.title },
    definedIn: view.definedIn,
    allowedInCloseFrame: view.allowedInCloseFrame,
    browserMaySend: browserMaySend(view.code),
    sentBy: view.sentBy,
    sendWhen: view.sendWhen,
    reconnect: view.reconnect,
    ...(view.reconnectNote !== undefined && { reconnectNote: view.reconnectNote }),
    constants: view.constants.map((c) => cite(withoutNote(c), c.source)),
    errorTexts: view.errorTexts.map((e) => cite(e, e.source)),
    related: view.related.map((r) => ({ code: r.key.code, ...(r.key.family && { family: r.key.family }), difference: r.difference })),
    sources: view.sources.map((s) => cite(s, s.url)),
    ...(view.checked !== undefined && { checked: view.checked }),
  };
}

export function familyCodeJsonPath(view: CodeView): string {
  return `/codes/${view.code}/${view.family!.slug}.json`;
}

export function toPublicCode(view: CodeView, meanings: readonly CodeView[], site: URL): PublicCode {
  return {
    ...common(view, site),
    name: view.name,
    alsoUsedBy: meanings.map((m) => ({
      family: m.family!.slug,
      familyName: m.family!.name,
      name: m.name,
      summary: m.summary,
      url: new URL(m.path, site).href,
      data: new URL(familyCodeJsonPath(m), site).href,
    })),
  };
}

export function toPublicFamilyCode(view: CodeView, site: URL): PublicFamilyCode {
  return { ...common(view, site), family: view.family!.slug, familyName: view.family!.name, name: view.name };
}

export function toPublicFamily(family: FamilyView, site: URL): z.infer<typeof publicFamilySchema> {
  const d = family.data;
  return {
    slug: family.slug,
    name: d.name,
    summary: d.summary,
    url: new URL(family.path, site).href,
    docs: d.docs,
    definedBy: cite(d.definedBy, d.definedBy.url),
    identify: d.identify,
    reconnect: d.reconnect,
    ranges: d.ranges,
    codes: family.codes.map((c) => ({ code: c.code, name: c.name, url: new URL(c.path, site).href })),
    sources: d.sources.map((s) => cite(s, s.url)),
    checked: d.checked,
  };
}

export const SCHEMA_PATH = '/codes.schema.json';
export const CODE_SCHEMA_PATH = '/code.schema.json';
export const FAMILY_CODE_SCHEMA_PATH = '/family-code.schema.json';

export function jsonSchemaOf(schema: z.ZodType, id: string, title: string) {
  return { $id: id, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
}
