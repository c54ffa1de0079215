/**
 * The machine-readable data at /codes.json and /codes/<code>.json. Field names here are a public
 * promise: add fields, never rename or remove them. The JSON Schema published at
 * /codes.schema.json is generated from `publicCodeSchema`, so the two cannot drift apart unnoticed.
 */
import { z } from 'astro/zod';
import { browserMaySend, rangeOf } from './lib/ranges';
import { RECONNECT_ADVICE, SENDERS } from './lib/vocabulary';
import { codePath } from './lib/pairs';
import type { CodeData } from './schemas';

const link = z.object({ title: z.string(), url: z.string() });

export const publicCodeSchema = z
  .object({
    code: z.int().min(1000).max(4999).describe('The close code number.'),
    name: z.string().describe('The name in the IANA WebSocket Close Code Number Registry.'),
    summary: z.string().describe('One sentence on what the code means.'),
    url: z.string().describe('The code’s page on this site.'),
    range: z
      .object({
        first: z.int(),
        last: z.int(),
        id: z.enum(['unused', 'protocol', 'registered', 'private']),
        title: z.string(),
      })
      .describe('The RFC 6455 §7.4.2 range the code falls in.'),
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
      .array(z.object({ library: z.string(), language: z.string(), identifier: z.string(), source: z.string() }))
      .describe('Named constants for the code in libraries.'),
    errorTexts: z
      .array(z.object({ text: z.string(), library: z.string(), source: z.string() }))
      .describe('Error messages libraries print for the code.'),
    related: z.array(z.object({ code: z.int(), difference: z.string() })).describe('Codes often confused with it.'),
    sources: z.array(link).describe('Sources for the facts on the code’s page.'),
  })
  .strict();

export type PublicCode = z.infer<typeof publicCodeSchema>;

export const publicCodeListSchema = z
  .object({
    $schema: z.string().describe('The JSON Schema this document follows.'),
    generated: z.string().describe('Where the data comes from.'),
    codes: z.array(publicCodeSchema).describe('Every documented code, in ascending order.'),
  })
  .strict();

export function toPublicCode(data: CodeData, site: URL): PublicCode {
  const range = rangeOf(data.code);
  return {
    code: data.code,
    name: data.name,
    summary: data.summary,
    url: new URL(codePath(data.code), site).href,
    range: { first: range.first, last: range.last, id: range.id, title: range.title },
    definedIn: data.definedIn,
    allowedInCloseFrame: data.allowedInCloseFrame,
    browserMaySend: browserMaySend(data.code),
    sentBy: data.sentBy,
    sendWhen: data.sendWhen,
    reconnect: data.reconnect,
    ...(data.reconnectNote !== undefined && { reconnectNote: data.reconnectNote }),
    constants: data.constants.map(({ library, language, identifier, source }) => ({ library, language, identifier, source })),
    errorTexts: data.errorTexts,
    related: data.related,
    sources: data.sources,
  };
}

export const SCHEMA_PATH = '/codes.schema.json';
export const CODE_SCHEMA_PATH = '/code.schema.json';

export function jsonSchemaOf(schema: z.ZodType, id: string, title: string) {
  return { $id: id, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
}
