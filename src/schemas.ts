/**
 * The shape of every content file. Kept apart from content.config.ts so unit tests can
 * parse fixtures with exactly the rules the build uses.
 */
import { z } from 'astro/zod';
import { HIGHEST_CODE } from './lib/ranges';
import { RECONNECT_ADVICE, SENDERS } from './lib/vocabulary';

/** RFC 6455 §7.4.1: these three only report what happened; they never travel in a Close frame. */
export const NEVER_ON_THE_WIRE = [1005, 1006, 1015] as const;

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be an https:// URL' })
  .describe('An https:// address a reader can open.');

const source = z
  .strictObject({
    title: z.string().min(3).describe('What the source is, e.g. "RFC 6455 §7.4.1 Defined Status Codes".'),
    url: httpsUrl,
  })
  .describe('A document that backs facts on the page.');

export const codeSchema = z
  .strictObject({
    code: z
      .int({ error: 'must be a whole number' })
      .min(1000, { error: 'must be at least 1000 (0–999 are not used)' })
      .max(HIGHEST_CODE, { error: `must be at most ${HIGHEST_CODE}` })
      .describe('The close code number. Must equal the file name (1006.md has code: 1006).'),
    name: z
      .string()
      .min(2)
      .describe('The name exactly as the IANA WebSocket Close Code Number Registry spells it.'),
    summary: z
      .string()
      .min(20, { error: 'must be a full sentence (20 characters or more)' })
      .max(160, { error: 'must be at most 160 characters: it is also the meta description' })
      .regex(/[.!?]$/, { error: 'must be one sentence ending in a full stop' })
      .describe('One sentence saying what the code means; also the page’s meta description.'),
    definedIn: z
      .strictObject({
        document: z.string().min(2).max(40).describe('The defining document, short: "RFC 6455" or "IANA registry".'),
        section: z
          .string()
          .min(1)
          .max(40, { error: 'must be at most 40 characters: it is shown as "<document> <section>"' })
          .describe('Where in it, short: "§7.4.1" or "entry (added after RFC 6455)".'),
        url: httpsUrl,
      })
      .describe('The source that defines the code.'),
    allowedInCloseFrame: z
      .boolean()
      .describe('Whether an endpoint may put this code in a Close frame. RFC 6455 forbids it for 1005, 1006 and 1015.'),
    sentBy: z.enum(SENDERS).describe('Which side typically sends it; "neither" for codes that are only reported.'),
    sendWhen: z
      .string()
      .min(20)
      .max(300)
      .describe('One sentence: when an endpoint should send it, or for reported-only codes, when it is reported.'),
    reconnect: z.enum(RECONNECT_ADVICE).describe('What a client should do about reconnecting after this code.'),
    reconnectNote: z
      .string()
      .min(10)
      .max(300)
      .optional()
      .describe('One or two sentences qualifying the reconnect advice.'),
    constants: z
      .array(
        z.strictObject({
          library: z.string().min(2).describe('Library name as its project spells it.'),
          language: z.string().min(1).describe('Programming language.'),
          identifier: z.string().min(2).describe('The constant as code refers to it.'),
          source: httpsUrl.describe('The source file that declares the constant.'),
          note: z.string().optional().describe('A caveat, e.g. "internal, not public API".'),
        }),
      )
      .default([])
      .describe('Named constants for this code in libraries.'),
    errorTexts: z
      .array(
        z.strictObject({
          text: z.string().min(3).describe('The error text as the library prints it.'),
          library: z.string().min(2).describe('Which library or runtime prints it.'),
          source: httpsUrl.describe('Where the text is produced or documented.'),
        }),
      )
      .default([])
      .describe('Recognisable error messages that mean this code, so a pasted message finds the page.'),
    related: z
      .array(
        z.strictObject({
          code: z.int().describe('A related code that has its own file.'),
          difference: z.string().min(10).describe('One sentence on how it differs from this code.'),
        }),
      )
      .default([])
      .describe('Codes a reader may confuse with this one.'),
    sources: z.array(source).min(1, { error: 'must list at least one source' }).describe('Every source the page relies on.'),
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
    const seen = new Set<number>();
    entry.related.forEach((r, i) => {
      if (r.code === entry.code) {
        ctx.addIssue({ code: 'custom', path: ['related', i, 'code'], message: 'a code cannot be related to itself' });
      }
      if (seen.has(r.code)) {
        ctx.addIssue({ code: 'custom', path: ['related', i, 'code'], message: `lists ${r.code} twice` });
      }
      seen.add(r.code);
    });
  });

export type CodeData = z.output<typeof codeSchema>;

export const comparisonSchema = z
  .strictObject({
    sources: z
      .array(source)
      .default([])
      .describe('Sources for facts in the note that the two code pages do not already cite.'),
  })
  .describe('A hand-written note for one pair of codes; the file name names the pair, e.g. 1005-vs-1006.md.');
