/**
 * What happens on the wire when a connection ends with a code, and what each side then reports:
 * a pure function of a code's facts, drawn by HandshakeDiagram.astro and the /handshake/ images.
 *
 * The rules, from RFC 6455 and the WHATWG WebSockets standard:
 * - §5.5.1: an endpoint that receives a Close frame and has not sent one answers with a Close frame,
 *   typically echoing the status code; a Close frame may carry no payload at all.
 * - §7.1.1: after the closing handshake the server closes the TCP connection first.
 * - §7.1.5: the close code an endpoint reports is the one in the first Close frame it received;
 *   1005 if that frame had no status code; 1006 if the connection closed without any Close frame.
 * - §7.4.1: 1005, 1006 and 1015 never travel in a Close frame; 1015 reports a failed TLS handshake.
 * - WHATWG: close() accepts only 1000 and 3000–4999; a connection that fails before it opens (TLS
 *   included) reaches script as an error event and a close event with 1006, never 1015.
 */
import type { CodeView } from './code-view';
import { browserMaySend } from './ranges';

export type Side = 'client' | 'server';

export type HandshakeKind =
  /** The code travels in a Close frame and the peer echoes a Close frame. */
  | 'close-frame'
  /** A Close frame with no payload: the receiver reports 1005. */
  | 'empty-close'
  /** The connection ends without a Close frame: both sides report 1006. */
  | 'no-close-frame'
  /** The TLS handshake fails before a WebSocket connection exists. */
  | 'tls-failure'
  /** A reserved code no endpoint should send; receivers refuse the frame. */
  | 'refused'
  /** A code the application keeps to itself; no frame carries it. */
  | 'not-sent';

/** One thing that crosses the wire, drawn as an arrow from one lifeline to the other. */
export interface Message {
  from: Side;
  /** "Close 4004 + reason", "Close (no payload)", "TCP/TLS connection ends": real text in the diagram. */
  label: string;
  /** Whether a Close frame is what crosses; false for the end of the TCP or TLS connection. */
  closeFrame: boolean;
  /** Drawn as a broken arrow: the connection is cut, or the attempt fails. */
  broken?: boolean;
}

/** What one side's API says once the connection is closed. */
export interface Report {
  side: Side;
  /** Who reports: "Browser", "Client library", "Server". */
  who: string;
  /** The reported close code, if the side reports one. */
  code: number | undefined;
  /** The browser CloseEvent's wasClean, where the reporter is a browser. */
  wasClean?: boolean;
  /** A short qualification, e.g. "from the echo, typically". */
  note?: string;
  /** The side may report the code, but need not (1015 outside browsers). */
  maybe?: true;
}

export interface Handshake {
  kind: HandshakeKind;
  code: number;
  /** The side that acts first; undefined when nothing is sent. */
  initiator: Side | undefined;
  /** Either endpoint may send the code; the diagram shows one direction and says so. */
  eitherSide: boolean;
  messages: Message[];
  reports: Report[];
  /** Sentences under the arrows: what the picture cannot say, each one short. */
  notes: string[];
  /** The sections the rules come from, for the caption. */
  sources: { label: string; url: string }[];
  /** One line naming the picture (the SVG title and the image's accessible name start with it). */
  title: string;
  /** The whole sequence in words: the SVG description and the image's alternative text. */
  description: string;
}

const RFC = 'https://www.rfc-editor.org/rfc/rfc6455';
const SOURCE = {
  closeFrames: { label: 'RFC 6455 §5.5.1', url: `${RFC}#section-5.5.1` },
  closeCode: { label: 'RFC 6455 §7.1.5', url: `${RFC}#section-7.1.5` },
  defined: { label: 'RFC 6455 §7.4.1', url: `${RFC}#section-7.4.1` },
  whatwg: { label: 'WHATWG WebSockets', url: 'https://websockets.spec.whatwg.org/#dom-websocket-close' },
  whatwgFail: { label: 'WHATWG WebSockets', url: 'https://websockets.spec.whatwg.org/#feedback-from-the-protocol' },
} as const;

const other = (side: Side): Side => (side === 'client' ? 'server' : 'client');

/** The name of one side as it appears above its lifeline. */
export function sideName(side: Side): string {
  return side === 'client' ? 'Client' : 'Server';
}

/** The kind of sequence a code's facts imply. */
export function handshakeKind(view: Pick<CodeView, 'code' | 'family' | 'allowedInCloseFrame' | 'sentBy'>): HandshakeKind {
  if (!view.family) {
    if (view.code === 1005) return 'empty-close';
    if (view.code === 1006) return 'no-close-frame';
    if (view.code === 1015) return 'tls-failure';
  }
  if (view.sentBy === 'neither') return view.family || !view.allowedInCloseFrame ? 'not-sent' : 'refused';
  return 'close-frame';
}

function closeFrameSequence(view: CodeView): Omit<Handshake, 'title' | 'description'> {
  const code = view.code;
  const eitherSide = view.sentBy === 'either';
  // For a code either side sends, the server-to-browser direction is drawn: it is the one whose
  // result a page script sees in its CloseEvent.
  const initiator: Side = view.sentBy === 'client' ? 'client' : 'server';
  const responder = other(initiator);
  const browserClient = initiator === 'server' || browserMaySend(code);
  const clientWho = browserClient ? 'Browser' : 'Client library';
  const messages: Message[] = [
    { from: initiator, label: `Close ${code} + reason`, closeFrame: true },
    { from: responder, label: 'Close (echo)', closeFrame: true },
  ];
  const reports: Report[] =
    initiator === 'server'
      ? [
          { side: 'client', who: clientWho, code, wasClean: true },
          { side: 'server', who: 'Server', code, note: 'from the echo, typically' },
        ]
      : [
          { side: 'server', who: 'Server', code },
          {
            side: 'client',
            who: clientWho,
            code,
            note: 'from the echo, typically',
            ...(browserClient ? { wasClean: true } : {}),
          },
        ];
  const notes: string[] = [];
  if (eitherSide) notes.push(`Either side may send ${code}; from the client, the same frames run the other way.`);
  notes.push(
    browserMaySend(code)
      ? `A browser sends it with ws.close(${code}, reason).`
      : `A browser cannot: ws.close(${code}) throws InvalidAccessError.`,
  );
  return {
    kind: 'close-frame',
    code,
    initiator,
    eitherSide,
    messages,
    reports,
    notes,
    sources: [SOURCE.closeFrames, SOURCE.closeCode, SOURCE.whatwg],
  };
}

function sequence(view: CodeView): Omit<Handshake, 'title' | 'description'> {
  const code = view.code;
  const kind = handshakeKind(view);
  switch (kind) {
    case 'close-frame':
      return closeFrameSequence(view);
    case 'empty-close':
      return {
        kind,
        code,
        initiator: 'server',
        eitherSide: true,
        messages: [
          { from: 'server', label: 'Close (no payload)', closeFrame: true },
          { from: 'client', label: 'Close (echo)', closeFrame: true },
        ],
        reports: [{ side: 'client', who: 'Browser', code: 1005, wasClean: true }],
        notes: ['The other way round: ws.close() with no code sends an empty Close frame; the server reports 1005.'],
        sources: [SOURCE.closeFrames, SOURCE.closeCode, SOURCE.whatwg],
      };
    case 'no-close-frame':
      return {
        kind,
        code,
        initiator: 'server',
        eitherSide: true,
        messages: [{ from: 'server', label: 'TCP/TLS connection ends', closeFrame: false, broken: true }],
        reports: [
          { side: 'client', who: 'Browser', code: 1006, wasClean: false },
          { side: 'server', who: 'Server', code: 1006 },
        ],
        notes: ['No Close frame in either direction; whichever side notices reports 1006.'],
        sources: [SOURCE.closeCode, SOURCE.defined, SOURCE.whatwgFail],
      };
    case 'tls-failure':
      return {
        kind,
        code,
        initiator: 'client',
        eitherSide: false,
        messages: [{ from: 'client', label: 'TLS handshake fails', closeFrame: false, broken: true }],
        reports: [
          { side: 'client', who: 'Browser', code: 1006, wasClean: false, note: 'never 1015' },
          { side: 'client', who: 'Non-browser client', code: 1015, maybe: true },
        ],
        notes: ['No WebSocket connection opens, so no Close frame. A browser fires error, then close.'],
        sources: [SOURCE.defined, SOURCE.whatwgFail],
      };
    case 'refused':
      return {
        kind,
        code,
        initiator: 'server',
        eitherSide: true,
        messages: [
          { from: 'server', label: `Close ${code}`, closeFrame: true },
          { from: 'client', label: 'Close 1002', closeFrame: true },
        ],
        reports: [{ side: 'server', who: 'Server', code: 1002 }],
        notes: [
          `${code} has no meaning, so no endpoint should send it.`,
          'Most libraries refuse the frame and fail the connection with 1002.',
        ],
        sources: [SOURCE.defined, SOURCE.closeCode],
      };
    case 'not-sent':
      return {
        kind,
        code,
        initiator: undefined,
        eitherSide: false,
        messages: [],
        reports: [],
        notes: [`${view.family ? view.family.name : 'The endpoint'} does not put ${code} in a Close frame.`],
        sources: [SOURCE.closeFrames],
      };
  }
}

/** A report in words: "the browser's CloseEvent has code 1006 and wasClean false". */
export function reportText(r: Report): string {
  if (r.code === undefined) return `${r.who}: no close code`;
  const clean = r.wasClean === undefined ? '' : `, wasClean ${r.wasClean}`;
  const note = r.note ? ` (${r.note})` : '';
  if (r.who === 'Browser') return `Browser CloseEvent: code ${r.code}${clean}${note}`;
  return `${r.who}: ${r.maybe ? 'may report ' : ''}close code ${r.code}${note}`;
}

function messageText(m: Message): string {
  return `From ${m.from} to ${other(m.from)}: ${m.label}`;
}

/** The sequence for a code page, with the words that name and describe it. */
export function handshakeOf(view: CodeView): Handshake {
  const s = sequence(view);
  const who = view.family ? `${view.family.name} ${view.code}` : String(view.code);
  const title = `How ${who} ends a connection`;
  const steps = s.messages.length > 0 ? s.messages.map(messageText) : ['Nothing is sent with this code'];
  const description = [...steps, ...s.reports.map(reportText), ...s.notes].map((t) => t.replace(/[.]$/, '')).join('. ') + '.';
  return { ...s, title, description };
}
