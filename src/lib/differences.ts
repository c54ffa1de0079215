/**
 * Key differences between two codes, derived from the facts both entries state, as sentences.
 * Nothing here is written per pair.
 */
import { browserMaySend, rangeLabel, rangeOf } from './ranges';
import { RECONNECT_LABELS, type ReconnectAdvice, type Sender } from './vocabulary';

export interface CodeFacts {
  code: number;
  name: string;
  family?: { slug: string; name: string } | undefined;
  allowedInCloseFrame: boolean;
  sentBy: Sender;
  reconnect: ReconnectAdvice;
  definedIn: { document: string; section: string };
}

const SENDER_PHRASES: Record<Sender, string> = {
  client: 'is usually sent by the client',
  server: 'is usually sent by the server',
  either: 'may be sent by either endpoint',
  neither: 'is never sent: the endpoint reports it locally',
};

/** How a sentence names a code: its number, and its family where two codes may share a number. */
const tag = (f: CodeFacts) => (f.family ? `${f.family.name} ${f.code}` : String(f.code));
const label = (f: CodeFacts) => `${tag(f)} (${f.name})`;
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function keyDifferences(x: CodeFacts, y: CodeFacts): string[] {
  const out: string[] = [];

  if (x.code === y.code) {
    out.push(
      `Both use the number ${x.code}, but ${x.family ? `${x.family.name} assigns` : 'the IANA registry assigns'} it one meaning and ${y.family ? `${y.family.name}` : 'the IANA registry'} another: the number alone does not tell you which applies, the server you connected to does.`,
    );
  } else if ((x.family?.slug ?? '') !== (y.family?.slug ?? '')) {
    const owner = (f: CodeFacts) => (f.family ? `${f.family.name} assigns ${f.code} to itself` : `${f.code} is registered with IANA`);
    out.push(`${owner(x)}; ${owner(y).replace(/^./, (c) => c.toLowerCase())}, so each is read by a different authority's rules.`);
  }

  const rx = rangeOf(x.code);
  const ry = rangeOf(y.code);
  if (rx.id !== ry.id) {
    out.push(
      `${tag(x)} is in the ${rx.title.toLowerCase()} range (${rangeLabel(rx)}) and ${tag(y)} in the ${ry.title.toLowerCase()} range (${rangeLabel(ry)}), so they come from different kinds of authority.`,
    );
  }

  if (x.definedIn.document !== y.definedIn.document) {
    out.push(
      `${label(x)} is defined by ${x.definedIn.document} ${x.definedIn.section}; ${label(y)} by ${y.definedIn.document} ${y.definedIn.section}.`,
    );
  }

  if (x.allowedInCloseFrame !== y.allowedInCloseFrame) {
    const [onWire, local] = x.allowedInCloseFrame ? [x, y] : [y, x];
    out.push(
      `${tag(onWire)} travels in a Close frame from one endpoint to the other; ${tag(local)} never does, ${local.family ? 'because only the client library reports it' : 'because RFC 6455 reserves it for reporting what happened locally'}.`,
    );
  }

  if (x.sentBy !== y.sentBy) {
    out.push(`${tag(x)} ${SENDER_PHRASES[x.sentBy]}, while ${tag(y)} ${SENDER_PHRASES[y.sentBy]}.`);
  }

  const bx = browserMaySend(x.code);
  const by = browserMaySend(y.code);
  if (bx !== by) {
    const [may, mayNot] = bx ? [x, y] : [y, x];
    out.push(
      `Browser JavaScript may pass ${may.code} to WebSocket.close(), but close(${mayNot.code}) throws an InvalidAccessError.`,
    );
  }

  if (x.reconnect !== y.reconnect) {
    out.push(
      `After ${tag(x)}, ${lower(RECONNECT_LABELS[x.reconnect])}; after ${tag(y)}, ${lower(RECONNECT_LABELS[y.reconnect])}.`,
    );
  }

  if (out.length === 0) {
    out.push(
      `${tag(x)} and ${tag(y)} share every listed fact (range, source, who sends them and the reconnect advice); they differ only in the condition each one names, described below.`,
    );
  }
  return out;
}
