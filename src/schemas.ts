/**
 * The shape of every content file. Kept apart from content.config.ts so unit tests can
 * parse fixtures with exactly the rules the build uses.
 */
import { z } from 'astro/zod';
import { pinningOf } from './lib/citations';
import { HIGHEST_CODE } from './lib/ranges';
import { RECONNECT_ADVICE, SENDERS } from './lib/vocabulary';

/** RFC 6455 §7.4.1: these three only report what happened; they never travel in a Close frame. */
export const NEVER_ON_THE_WIRE = [1005, 1006, 1015] as const;

/**
 * Characters a reader cannot see but that change what a string says or how it displays: control
 * and format characters (bidirectional overrides and isolates, zero-width joiners and spaces, the
 * byte order mark, soft hyphens), line and paragraph separators, and blank-looking fillers.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0]/u;

export function invisibleCharacter(value: string): string | undefined {
  const match = INVISIBLE.exec(value);
  if (!match) return undefined;
  const hex = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex}`;
}

/** A one-line string that is trimmed, bounded and free of invisible characters. */
function text(min: number, max: number, tooShort?: string) {
  return z
    .string({ error: 'must be text' })
    .min(min, { error: tooShort ?? (min === 1 ? 'must not be empty' : `must be at least ${min} characters`) })
    .max(max, { error: `must be at most ${max} characters` })
    .superRefine((value, ctx) => {
      if (value !== value.trim()) ctx.addIssue({ code: 'custom', message: 'must not start or end with spaces' });
      const hidden = invisibleCharacter(value);
      if (hidden) {
        ctx.addIssue({ code: 'custom', message: `contains an invisible or direction-changing character (${hidden})` });
      }
    });
}

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be an https:// URL' })
  .max(500)
  .describe('An https:// address a reader can open.');

/** YAML reads an unquoted 2026-11-30 as a date; either way the site keeps "YYYY-MM-DD". */
const checkedDate = z
  .union([z.date(), z.string()], { error: 'must be a date, e.g. "2026-11-30"' })
  .transform((value, ctx) => {
    const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) {
      ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
      return z.NEVER;
    }
    return iso;
  })
  .describe('The date the facts were last checked against the source, YYYY-MM-DD.');

const version = text(1, 60).describe(
  'The release, tag or commit the fact was checked in ("8.18.3", "v1.5.3", "Go 1.24"). Required when the address does not pin one.',
);

/** A citation of code must say which version it was read in: a pinned address or a `version` field. */
function requireVersion(address: string, given: string | undefined, ctx: z.RefinementCtx, path: (string | number)[]) {
  if (given === undefined && pinningOf(address) === 'moving') {
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'cites a library without a version: pin the address to a commit or tag, or add `version`',
    });
  }
}

const source = z
  .strictObject({
    title: text(3, 200).describe('What the source is, e.g. "RFC 6455 §7.4.1 Defined Status Codes".'),
    url: httpsUrl,
    version: version.optional(),
    checked: checkedDate.optional().describe('When this source was checked, if not the file’s `checked` date.'),
  })
  .superRefine((s, ctx) => requireVersion(s.url, s.version, ctx, ['url']))
  .describe('A document that backs facts on the page.');

const definedIn = z
  .strictObject({
    document: text(2, 40).describe('The defining document, short: "RFC 6455" or "IANA registry".'),
    section: text(1, 40, 'must not be empty').describe('Where in it, short: "§7.4.1" or "entry (added after RFC 6455)".'),
    url: httpsUrl,
  })
  .describe('The source that defines the code.');

const constant = z
  .strictObject({
    library: text(2, 80).describe('Library name as its project spells it.'),
    language: text(1, 40).describe('Programming language.'),
    identifier: text(2, 120).describe('The constant as code refers to it.'),
    source: httpsUrl.describe('The source file that declares the constant.'),
    version: version.optional(),
    checked: checkedDate.optional(),
    note: text(2, 200).optional().describe('A caveat, e.g. "internal, not public API".'),
  })
  .superRefine((c, ctx) => requireVersion(c.source, c.version, ctx, ['source']));

const errorText = z
  .strictObject({
    text: text(3, 300).describe('The error text as the library prints it.'),
    library: text(2, 80).describe('Which library or runtime prints it.'),
    source: httpsUrl.describe('Where the text is produced or documented.'),
    version: version.optional(),
    checked: checkedDate.optional(),
  })
  .superRefine((e, ctx) => requireVersion(e.source, e.version, ctx, ['source']));

const summary = text(20, 160, 'must be a full sentence (20 characters or more)')
  .refine((s) => s.length > 160 || /[.!?]$/.test(s), { error: 'must be one sentence ending in a full stop' })
  .describe('One sentence saying what the code means; also the page’s meta description.');

/** A family slug: lowercase words joined by single hyphens; never "vs", which separates a pair. */
export const FAMILY_SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const familySlug = z
  .string()
  .regex(FAMILY_SLUG, { error: 'must be a family slug such as "discord-gateway"' })
  .refine((s) => !/(^|-)vs(-|$)/.test(s), { error: 'must not contain "vs", which separates the codes of a pair' });

/** The id a heading of the body gets when the page renders ("### 2. Raise the timeout" → 2-raise-the-timeout). */
export const HEADING_ANCHOR = /^[a-z0-9][a-z0-9_-]*$/;

const quickFixLine = z
  .strictObject({
    cause: text(5, 120).describe('A likely cause, as the reader would recognise it: "A proxy closed an idle connection".'),
    action: text(5, 160).describe('What to do about it, starting with a verb: "Raise the proxy’s idle timeout".'),
    section: z
      .string({ error: 'must be text' })
      .regex(HEADING_ANCHOR, { error: 'must be the id of a heading in this file’s body, e.g. 2-raise-the-proxys-idle-timeout' })
      .describe('The id of the body heading that explains the fix; the build checks that it exists.'),
  })
  .describe('One line of the quick-fix block: a cause and the action it calls for.');

/** What every code page holds, registered or family. */
const codeFields = {
  code: z
    .int({ error: 'must be a whole number' })
    .min(1000, { error: 'must be at least 1000 (0–999 are not used)' })
    .max(HIGHEST_CODE, { error: `must be at most ${HIGHEST_CODE}` })
    .describe('The close code number. Must equal the file name (1006.md has code: 1006).'),
  summary,
  definedIn,
  sentBy: z.enum(SENDERS).describe('Which side typically sends it; "neither" for codes that are only reported.'),
  sendWhen: text(20, 300).describe(
    'One sentence: when an endpoint should send it, or for reported-only codes, when it is reported.',
  ),
  reconnect: z.enum(RECONNECT_ADVICE).describe('What a client should do about reconnecting after this code.'),
  reconnectNote: text(10, 300).optional().describe('One or two sentences qualifying the reconnect advice.'),
  constants: z.array(constant).default([]).describe('Named constants for this code in libraries.'),
  errorTexts: z
    .array(errorText)
    .default([])
    .describe('Recognisable error messages that mean this code, so a pasted message finds the page.'),
  askedAs: z
    .array(text(3, 120))
    .max(20, { error: 'must list at most 20 phrasings' })
    .default([])
    .describe(
      'How people ask about this code in their own words ("close without a status code", "message too large"), for search only; never shown on the page.',
    ),
  related: z
    .array(
      z.strictObject({
        code: z.int().describe('A related code that has its own file.'),
        family: familySlug.optional().describe('The family of the related code; absent for a registered code.'),
        difference: text(10, 300).describe('One sentence on how it differs from this code.'),
      }),
    )
    .default([])
    .describe('Codes a reader may confuse with this one.'),
  quickFix: z
    .array(quickFixLine)
    .max(4, { error: 'must have at most 4 lines: the block answers at a glance, the body has the rest' })
    .optional()
    .describe('The most likely causes and what to do about each, shown under the title; each links a heading of the body.'),
  checked: checkedDate,
  sources: z.array(source).min(1, { error: 'must list at least one source' }).describe('Every source the page relies on.'),
};

function relatedOnce(entry: { code: number; related: { code: number; family?: string | undefined }[] }, family: string | undefined, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  entry.related.forEach((r, i) => {
    const key = `${r.code}/${r.family ?? ''}`;
    if (r.code === entry.code && r.family === family) {
      ctx.addIssue({ code: 'custom', path: ['related', i, 'code'], message: 'a code cannot be related to itself' });
    }
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['related', i, 'code'], message: `lists ${r.code}${r.family ? ` (${r.family})` : ''} twice` });
    }
    seen.add(key);
  });
}

export const codeSchema = z
  .strictObject({
    ...codeFields,
    name: text(2, 80).describe('The name exactly as the IANA WebSocket Close Code Number Registry spells it.'),
    allowedInCloseFrame: z
      .boolean()
      .describe('Whether an endpoint may put this code in a Close frame. RFC 6455 forbids it for 1005, 1006 and 1015.'),
  })
  .superRefine((entry, ctx) => {
    const mustNotBeSent = (NEVER_ON_THE_WIRE as readonly number[]).includes(entry.code);
    if (mustNotBeSent && entry.allowedInCloseFrame) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowedInCloseFrame'],
        message: `must be false: RFC 6455 §7.4.1 forbids putting ${entry.code} in a Close frame`,
      });
    }
    if (mustNotBeSent && entry.sentBy !== 'neither') {
      ctx.addIssue({
        code: 'custom',
        path: ['sentBy'],
        message: `must be "neither": ${entry.code} is reported locally and never sent`,
      });
    }
    relatedOnce(entry, undefined, ctx);
  });

export type CodeData = z.output<typeof codeSchema>;

/** A code an application or protocol assigns itself; the folder names the family. */
export const familyCodeSchema = z
  .strictObject({
    ...codeFields,
    code: codeFields.code.min(3000, { error: 'must be at least 3000: families use 3000–4999' }),
    name: text(1, 80).describe('The name exactly as the family spells it (enum member or documentation label).'),
  })
  .superRefine((entry, ctx) => relatedOnce(entry, '\u0000', ctx));

export type FamilyCodeData = z.output<typeof familyCodeSchema>;

export const familySchema = z
  .strictObject({
    name: text(2, 60).describe('The family’s name as it spells it, e.g. "Discord Gateway".'),
    summary: summary.describe('One sentence on what the application or protocol is.'),
    docs: httpsUrl.describe('The family’s official documentation.'),
    definedBy: source.describe('The source that defines its codes, at a fixed commit where it is code.'),
    identify: text(20, 300).describe('How to tell a close came from this family: endpoint, subprotocol, SDK, reason text.'),
    reconnect: text(20, 400).describe('What the family’s own docs or official client say about reconnecting.'),
    ranges: z
      .array(
        z
          .strictObject({
            from: z.int().min(3000).max(HIGHEST_CODE),
            to: z.int().min(3000).max(HIGHEST_CODE),
            meaning: text(3, 200).optional(),
            reconnect: text(3, 200).optional().describe('The family’s reconnect rule for this range.'),
          })
          .refine((r) => r.from <= r.to, { error: 'must have `from` at most `to`', path: ['to'] }),
      )
      .min(1, { error: 'must list at least one range' })
      .describe('The ranges of numbers the family uses.'),
    checked: checkedDate,
    sources: z.array(source).min(1, { error: 'must list at least one source' }),
  })
  .describe('An application or protocol that assigns its own close codes; the file name is its slug.');

export type FamilyData = z.output<typeof familySchema>;

export const comparisonSchema = z
  .strictObject({
    checked: checkedDate.optional(),
    sources: z
      .array(source)
      .default([])
      .describe('Sources for facts in the note that the two code pages do not already cite.'),
  })
  .describe('A hand-written note for one pair of codes; the file name names the pair, e.g. 1005-vs-1006.md.');
