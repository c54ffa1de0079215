/**
 * The log-line reader as the search box uses it: which codes a pasted line names, and one sentence
 * of what the line says, from readLogLine. A failed handshake (an HTTP status instead of 101) is
 * reported to script as 1006, so it answers with 1006.
 */
import type { LogLineAnswer } from '../search-query';
import { readLogLine, type KnownMessage, type LogReading } from './log-lines';

const SIDE_WORDS = { sent: 'this end sent', received: 'this end received', reported: 'reported' } as const;

/** "Node ws: received 1006 'going away'. The server answered …" cut to a result line. */
export function saidBy(r: LogReading): string {
  const sentences = r.explanation?.split(/(?<=\.)\s/) ?? [];
  const parts: string[] = [];
  if (r.httpStatus !== undefined) {
    // The explanation's first sentence restates the status; its second says what this status means.
    parts.push(`HTTP ${r.httpStatus} instead of 101 to the opening handshake, which a browser reports as 1006`, sentences[1] ?? '');
  } else {
    if (r.code !== undefined) parts.push(`${r.side ? `${SIDE_WORDS[r.side]} ` : ''}${r.code}${r.reason ? ` “${r.reason}”` : ''}`);
    parts.push(sentences[0] ?? '');
  }
  const text = `${r.library}: ${parts.filter(Boolean).join('. ').replace(/\.\./g, '.')}`;
  return text.length > 220 ? `${text.slice(0, 219)}…` : text;
}

export function logLineReader(messages: readonly KnownMessage[] = []) {
  return (query: string): LogLineAnswer[] =>
    readLogLine(query, { messages }).flatMap((r): LogLineAnswer[] => {
      const said = saidBy(r);
      if (r.httpStatus !== undefined) return [{ code: 1006, said }];
      if (r.code === undefined) return [];
      const families = r.families ?? [];
      return [...families.map((f) => ({ code: r.code!, family: f.slug, said })), { code: r.code, said }];
    });
}
