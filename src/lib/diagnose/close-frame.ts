/**
 * Reads a WebSocket frame from hex bytes (as Wireshark, xxd or a byte array prints them) and says what
 * RFC 6455 makes of it; and writes the bytes of a Close frame for a code and reason.
 * What a code means and whether it may be sent comes from the site's own data, passed in as `known`.
 */
import { describeNumber } from '../numbers';
import { isCodeNumber, rangeOf } from '../ranges';

const RFC = 'https://www.rfc-editor.org/rfc/rfc6455';

/** A registered code as the site documents it. */
export interface KnownCode {
  code: number;
  name: string;
  allowedInCloseFrame: boolean;
}

export type Severity = 'error' | 'warning' | 'note';

export interface Verdict {
  severity: Severity;
  /** "5.5", "7.4.1" … */
  section: string;
  text: string;
}

export const sectionUrl = (section: string) => `${RFC}#section-${section}`;

export interface DecodedFrame {
  /** How the bytes were read: a whole frame, or only the body of a Close frame. */
  kind: 'frame' | 'close-payload';
  bytes: number[];
  fin?: boolean;
  rsv?: [boolean, boolean, boolean];
  opcode?: number;
  opcodeName?: string;
  masked?: boolean;
  maskKey?: number[];
  /** Payload length as the header declares it. */
  payloadLength?: number;
  /** Bytes of the length field: 1, 3 or 9. */
  lengthBytes?: number;
  /** The payload as far as the bytes reach, unmasked. */
  payload: number[];
  code?: number;
  codeName?: string;
  reason?: string;
  /** The reason bytes, when they are not valid UTF-8. */
  reasonBytes?: number[];
  verdicts: Verdict[];
}

export class HexError extends Error {}

const OPCODES: Record<number, string> = {
  0x0: 'Continuation',
  0x1: 'Text',
  0x2: 'Binary',
  0x8: 'Close',
  0x9: 'Ping',
  0xa: 'Pong',
};

export const opcodeName = (op: number) => OPCODES[op] ?? (op < 8 ? 'reserved non-control' : 'reserved control');

/**
 * One line of a dump without its offset column ("0000   ", "00000010: ", "0x0010:  ") and its text column.
 * An offset is a multiple of 16 followed by a colon or a wide gap, so "8802  03e8" stays two groups of bytes.
 */
function bytesPart(line: string): string {
  const offset = /^\s*(?:0x)?([0-9a-f]{4,8})(?::\s*|\s{2,})(?=\S)/i.exec(line);
  if (!offset || parseInt(offset[1]!, 16) % 16 !== 0) return line;
  const groups: string[] = [];
  for (const token of line.slice(offset[0].length).trim().split(/\s+/)) {
    if (!/^(?:[0-9a-f]{2}|[0-9a-f]{4})$/i.test(token)) break;
    groups.push(token);
  }
  return groups.join(' ');
}

/**
 * Bytes from hex in the notations people paste: "88 02 03 e8", "0x88,0x02", "\x88\x02", "880203e8",
 * "88:02:03:e8", and dumps with an offset column and a text column.
 */
export function parseHex(text: string): number[] {
  const bytes: number[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const part = bytesPart(line).replace(/[[\]{}()"'`]/g, ' ');
    for (const token of part.split(/[\s,;:|-]+/).filter(Boolean)) {
      const hex = /^(?:0x|\\x)?([0-9a-f]+)$/i.exec(token)?.[1] ?? (/^(?:\\x[0-9a-f]{2})+$/i.test(token) ? token.replace(/\\x/gi, '') : null);
      if (hex === null) {
        throw new HexError(`“${token}” on line ${i + 1} is not hex. Paste bytes such as 88 02 03 e8 or 0x88,0x02,0x03,0xe8.`);
      }
      const digits = hex.length % 2 === 1 && hex.length === 1 ? `0${hex}` : hex;
      if (digits.length % 2 === 1) {
        throw new HexError(`“${token}” on line ${i + 1} has an odd number of hex digits, so it does not split into bytes.`);
      }
      for (let j = 0; j < digits.length; j += 2) bytes.push(parseInt(digits.slice(j, j + 2), 16));
    }
  });
  if (bytes.length === 0) throw new HexError('No bytes found. Paste bytes such as 88 02 03 e8.');
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const hex2 = (b: number) => b.toString(16).padStart(2, '0');
export const toHex = (bytes: readonly number[]) => bytes.map(hex2).join(' ');

/** What RFC 6455 and the registry say of a code inside a Close frame. */
export function codeVerdicts(code: number, known: readonly KnownCode[]): Verdict[] {
  const entry = known.find((k) => k.code === code);
  if (!isCodeNumber(code)) {
    return [{ severity: 'error', section: '7.4.2', text: `${code} is above 4999, outside every range RFC 6455 defines; receivers fail the connection.` }];
  }
  if (entry && !entry.allowedInCloseFrame) {
    return [{ severity: 'error', section: '7.4.1', text: `${code} (${entry.name}) must never be sent in a Close frame: it exists only for an endpoint to report locally.` }];
  }
  if (entry) return [{ severity: 'note', section: '7.4.1', text: `${code} is registered: ${entry.name}.` }];
  const range = rangeOf(code);
  const number = describeNumber(code);
  switch (range.id) {
    case 'unused':
    case 'protocol':
      return [{ severity: 'error', section: '7.4.2', text: `${code} is ${number.status}: ${number.summary}` }];
    case 'registered':
      return [{ severity: 'warning', section: '7.4.2', text: `${code} is ${number.status}: no one has registered it with IANA, so only the sender knows what it means.` }];
    case 'private':
      return [{ severity: 'note', section: '7.4.2', text: `${code} is private use: the sending application defines it.` }];
  }
}

/** Reads the body of a Close frame: an optional two-byte code, then a UTF-8 reason. */
function readClosePayload(payload: number[], known: readonly KnownCode[], frame: DecodedFrame): void {
  const v = frame.verdicts;
  if (payload.length === 0) {
    v.push({ severity: 'note', section: '7.1.5', text: 'No body: the receiver reports 1005 (No Status Rcvd), since no code was sent.' });
    return;
  }
  if (payload.length === 1) {
    v.push({ severity: 'error', section: '5.5.1', text: 'A one-byte body: a Close body must start with a two-byte code, so receivers fail the connection with 1002.' });
    return;
  }
  const code = (payload[0]! << 8) | payload[1]!;
  frame.code = code;
  const name = known.find((k) => k.code === code)?.name;
  if (name) frame.codeName = name;
  v.push(...codeVerdicts(code, known));
  const reasonBytes = payload.slice(2);
  try {
    frame.reason = utf8.decode(new Uint8Array(reasonBytes));
  } catch {
    frame.reasonBytes = reasonBytes;
    v.push({ severity: 'error', section: '5.5.1', text: 'The reason is not valid UTF-8; receivers fail the connection, usually with 1007.' });
  }
}

/** Decodes a frame, or the body of a Close frame when the first byte cannot start a Close frame. */
export function decodeFrame(bytes: readonly number[], known: readonly KnownCode[]): DecodedFrame {
  const b0 = bytes[0]!;
  if ((b0 & 0x0f) !== 0x8 && bytes.length >= 2 && (b0 & 0x80) === 0) {
    const frame: DecodedFrame = { kind: 'close-payload', bytes: [...bytes], payload: [...bytes], verdicts: [] };
    frame.verdicts.push({ severity: 'note', section: '5.5.1', text: 'Read as the body of a Close frame without its header, since the first byte starts no Close frame.' });
    readClosePayload(frame.payload, known, frame);
    return frame;
  }
  const opcode = b0 & 0x0f;
  const rsv: [boolean, boolean, boolean] = [(b0 & 0x40) !== 0, (b0 & 0x20) !== 0, (b0 & 0x10) !== 0];
  const frame: DecodedFrame = {
    kind: 'frame',
    bytes: [...bytes],
    fin: (b0 & 0x80) !== 0,
    rsv,
    opcode,
    opcodeName: opcodeName(opcode),
    payload: [],
    verdicts: [],
  };
  const v = frame.verdicts;
  if (bytes.length < 2) {
    v.push({ severity: 'error', section: '5.2', text: 'Only one byte: a frame header has at least two.' });
    return frame;
  }
  const b1 = bytes[1]!;
  frame.masked = (b1 & 0x80) !== 0;
  let length = b1 & 0x7f;
  let at = 2;
  if (length === 126 || length === 127) {
    const size = length === 126 ? 2 : 8;
    if (bytes.length < at + size) {
      v.push({ severity: 'error', section: '5.2', text: `The header announces a ${size}-byte extended length, but the bytes end first.` });
      return frame;
    }
    length = bytes.slice(at, at + size).reduce((n, b) => n * 256 + b, 0);
    at += size;
    frame.lengthBytes = 1 + size;
    if ((size === 2 && length < 126) || (size === 8 && length < 65536)) {
      v.push({ severity: 'error', section: '5.2', text: `The length ${length} is not written in the fewest bytes, which RFC 6455 requires.` });
    }
  } else {
    frame.lengthBytes = 1;
  }
  frame.payloadLength = length;
  if (frame.masked) {
    if (bytes.length < at + 4) {
      v.push({ severity: 'error', section: '5.3', text: 'The MASK bit is set, but the four-byte masking key is missing.' });
      return frame;
    }
    frame.maskKey = bytes.slice(at, at + 4);
    at += 4;
  }
  const raw = bytes.slice(at, at + length);
  frame.payload = frame.maskKey ? raw.map((b, i) => b ^ frame.maskKey![i % 4]!) : raw;

  v.push(
    frame.masked
      ? { severity: 'note', section: '5.1', text: 'Masked, so a client sent it: every frame from client to server must be masked.' }
      : { severity: 'note', section: '5.1', text: 'Not masked, so a server sent it; from a client an unmasked frame is an error the server must close on.' },
  );
  if (opcode !== 0x8) {
    v.push({ severity: 'warning', section: '5.2', text: `Opcode ${opcode} (${frame.opcodeName}) is not a Close frame (opcode 8).` });
  }
  if (opcode >= 0x8 && !frame.fin) {
    v.push({ severity: 'error', section: '5.5', text: 'FIN is clear: control frames must not be fragmented.' });
  }
  if (rsv.some(Boolean)) {
    v.push({ severity: 'error', section: '5.2', text: 'A reserved bit (RSV1–3) is set; without an extension that defines it, the receiver must fail the connection.' });
  }
  if (opcode >= 0x8 && length > 125) {
    v.push({ severity: 'error', section: '5.5', text: `Payload of ${length} bytes: control frames carry at most 125.` });
  }
  if (raw.length < length) {
    v.push({ severity: 'warning', section: '5.2', text: `The header announces ${length} payload bytes, but only ${raw.length} follow: the capture is cut short.` });
  } else if (bytes.length > at + length) {
    v.push({ severity: 'note', section: '5.2', text: `${bytes.length - at - length} bytes follow the frame: the start of the next frame, or bytes pasted by mistake.` });
  }
  if (opcode === 0x8 && raw.length === length) readClosePayload(frame.payload, known, frame);
  return frame;
}

export interface EncodeOptions {
  /** Four bytes; present means the frame is masked, as a client must send it. */
  maskKey?: readonly number[];
}

export interface EncodedFrame {
  bytes: number[];
  verdicts: Verdict[];
}

const utf8Encoder = new TextEncoder();

/** The bytes of a Close frame with this code and reason (no code: an empty body). */
export function encodeCloseFrame(code: number | undefined, reason: string, known: readonly KnownCode[], options: EncodeOptions = {}): EncodedFrame {
  const verdicts: Verdict[] = [];
  const reasonBytes = [...utf8Encoder.encode(reason)];
  let payload: number[] = [];
  if (code === undefined) {
    if (reasonBytes.length > 0) throw new RangeError('A reason needs a code: the body starts with the code, then the reason.');
    verdicts.push({ severity: 'note', section: '7.1.5', text: 'No body: the receiver reports 1005 (No Status Rcvd).' });
  } else {
    if (!Number.isInteger(code) || code < 0 || code > 0xffff) throw new RangeError(`${code} does not fit in the two bytes of a close code.`);
    verdicts.push(...codeVerdicts(code, known));
    payload = [code >> 8, code & 0xff, ...reasonBytes];
    if (reasonBytes.length > 123) {
      verdicts.push({ severity: 'error', section: '5.5', text: `The reason is ${reasonBytes.length} bytes of UTF-8; with the code that is over the 125 bytes a control frame may carry (123 for the reason).` });
    }
  }
  const mask = options.maskKey;
  if (mask && (mask.length !== 4 || mask.some((b) => !Number.isInteger(b) || b < 0 || b > 255))) {
    throw new RangeError('A masking key is four bytes.');
  }
  const header = [0x88];
  const maskBit = mask ? 0x80 : 0;
  if (payload.length < 126) header.push(maskBit | payload.length);
  else header.push(maskBit | 126, payload.length >> 8, payload.length & 0xff);
  const body = mask ? payload.map((b, i) => b ^ mask[i % 4]!) : payload;
  return { bytes: [...header, ...(mask ?? []), ...body], verdicts };
}
