/**
 * What /diagnose/ needs from the site's own code pages: the registered codes (name, whether a Close
 * frame may carry them) and every error text the pages document, so a family's close reason or
 * message can be recognised. Served as /diagnose/data.json and fetched when the page starts.
 */
import type { CodeView } from '../code-view';
import type { KnownCode } from './close-frame';
import type { KnownMessage } from './log-lines';

export interface DiagnoseData {
  codes: KnownCode[];
  messages: KnownMessage[];
}

type Entry = Pick<CodeView, 'code' | 'name' | 'allowedInCloseFrame' | 'family' | 'errorTexts'>;

export function diagnoseData(entries: readonly Entry[]): DiagnoseData {
  return {
    codes: entries.filter((e) => !e.family).map((e) => ({ code: e.code, name: e.name, allowedInCloseFrame: e.allowedInCloseFrame })),
    messages: entries.flatMap((e) =>
      e.errorTexts.map((t) => ({
        text: t.text,
        code: e.code,
        ...(e.family && { family: { slug: e.family.slug, name: e.family.name } }),
        library: t.library,
        source: t.source,
      })),
    ),
  };
}
