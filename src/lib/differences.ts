/**
 * Key differences between two codes, derived from the facts both entries state, as sentences.
 * Nothing here is written per pair.
 */
import { browserMaySend, rangeLabel, rangeOf } from './ranges';
import { RECONNECT_LABELS, type ReconnectAdvice, type Sender } from './vocabulary';

export interface CodeFacts {
  code: number;
  name: string;
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

const label = (f: CodeFacts) => `${f.code} (${f.name})`;
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function keyDifferences(x: CodeFacts, y: CodeFacts): string[] {
  const out: string[] = [];

  const rx = rangeOf(x.code);
  const ry = rangeOf(y.code);
  if (rx.id !== ry.id) {
    out.push(
      `${x.code} is in the ${rx.title.toLowerCase()} range (${rangeLabel(rx)}) and ${y.code} in the ${ry.title.toLowerCase()} range (${rangeLabel(ry)}), so they come from different kinds of authority.`,
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
      `${onWire.code} travels in a Close frame from one endpoint to the other; ${local.code} never does, because RFC 6455 reserves it for reporting what happened locally.`,
    );
  }

  if (x.sentBy !== y.sentBy) {
    out.push(`${x.code} ${SENDER_PHRASES[x.sentBy]}, while ${y.code} ${SENDER_PHRASES[y.sentBy]}.`);
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
      `After ${x.code}, ${lower(RECONNECT_LABELS[x.reconnect])}; after ${y.code}, ${lower(RECONNECT_LABELS[y.reconnect])}.`,
    );
  }

  if (out.length === 0) {
    out.push(
      `${x.code} and ${y.code} share every listed fact (range, source, who sends them and the reconnect advice); they differ only in the condition each one names, described below.`,
    );
  }
  return out;
}
