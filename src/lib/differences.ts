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

/** What a reader can observe about one code, to tell it from another. */
export interface Signs extends CodeFacts {
  /** The usual cause, in a few words (the first quick-fix cause, or when it is sent). */
  typicalCause: string;
}

export interface SignRow {
  label: string;
  values: [string, string];
  differs: boolean;
}

/**
 * Whether a Close frame arrived, as the reader can check it in the browser's DevTools. 1005 is the
 * one reserved code that does arrive in a frame (one without a status code); 1006 and 1015 never do.
 */
function closeFrame(f: CodeFacts): string {
  if (f.allowedInCloseFrame) return `Yes, carrying ${f.code}`;
  if (!f.family && f.code === 1005) return 'Yes, with no status code in it';
  return f.family ? 'No: the client library reports it' : 'No';
}

/** wasClean on the browser's close event: only codes a browser itself reports have a fixed value. */
function wasClean(f: CodeFacts): string {
  if (f.allowedInCloseFrame || (!f.family && f.code === 1005)) return 'true once the closing handshake completes';
  return f.family ? 'not a browser code' : 'false';
}

function reason(f: CodeFacts): string {
  return f.allowedInCloseFrame ? 'Whatever the sender wrote (may be empty)' : 'Always empty';
}

const SENT_BY: Record<Sender, string> = {
  client: 'The client',
  server: 'The server',
  either: 'Either endpoint',
  neither: 'Nobody: reported locally',
};

/** The observable signs of two codes side by side: what arrived, wasClean, who sent it, the reason, the cause. */
export function signRows(x: Signs, y: Signs): SignRow[] {
  const row = (label: string, of: (f: Signs) => string): SignRow => {
    const values: [string, string] = [of(x), of(y)];
    // "carrying 1012" and "carrying 1013" are the same sign: only the number differs.
    const sign = (v: string, f: Signs) => v.replace(String(f.code), '#');
    return { label, values, differs: sign(values[0], x) !== sign(values[1], y) };
  };
  return [
    row('Close frame arrived', closeFrame),
    row('wasClean (browser)', wasClean),
    row('Sent by', (f) => SENT_BY[f.sentBy]),
    row('Reason string', reason),
    row('Typical cause', (f) => f.typicalCause),
  ];
}

/**
 * "If you see X, it is A" for each side, built from the first observable sign that differs; when the
 * two look alike on the wire, the number and the usual cause are what tell them apart.
 */
export function ifYouSee(x: Signs, y: Signs): string[] {
  const rows = signRows(x, y);
  const deciding = rows.find((r) => r.differs && r.label !== 'Typical cause');
  return [x, y].map((f, i) => {
    const sign = deciding
      ? deciding.label === 'Close frame arrived'
        ? `a Close frame ${f.allowedInCloseFrame ? `carrying ${f.code}` : /^Yes/.test(deciding.values[i]!) ? 'with no status code' : 'never arrived'}`
        : deciding.label === 'Sent by'
          ? `the close came from ${lower(SENT_BY[f.sentBy])}`
          : `${lower(deciding.label)}: ${deciding.values[i]}`
      : x.code === y.code
        ? `the connection is to ${f.family ? `${f.family.name} (its endpoint, subprotocol or SDK)` : 'a peer that uses the registered meaning'}`
        : `the code ${f.code}`;
    return `If ${sign}, it is ${tag(f)} (${f.name}): usually ${lower(f.typicalCause.replace(/\.$/, ''))}.`;
  });
}

/**
 * Whether a person wrote something about a pair: a comparison note, or one code naming the other as
 * related. Only such comparisons are offered to search engines; the others say no more than their tables.
 */
export function pairIsWritten(
  left: { key: { code: number; family?: string | undefined }; related: { key: { code: number; family?: string | undefined } }[] },
  right: { key: { code: number; family?: string | undefined }; related: { key: { code: number; family?: string | undefined } }[] },
  hasNote: boolean,
): boolean {
  const names = (x: typeof left, y: typeof left) => x.related.some((r) => r.key.code === y.key.code && (r.key.family ?? '') === (y.key.family ?? ''));
  return hasNote || names(left, right) || names(right, left);
}
