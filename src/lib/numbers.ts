/**
 * What the site can say about a close code number that has no page of its own: everything
 * follows from the range it falls in (RFC 6455 §7.4.2).
 */
import { rangeLabel, rangeOf, type CodeRange } from './ranges';

export interface UndocumentedNumber {
  code: number;
  range: CodeRange;
  /** A short status, used in the title: "unassigned", "not used", … */
  status: string;
  /** One sentence for the meta description and the lead. */
  summary: string;
  /** What the number means on the wire and where its meaning comes from. */
  meaning: string;
  /** What a person who saw it should do. */
  advice: string;
}

export function describeNumber(code: number): UndocumentedNumber {
  const range = rangeOf(code);
  const span = rangeLabel(range);
  switch (range.id) {
    case 'unused':
      return {
        code,
        range,
        status: 'not a valid close code',
        summary: `${code} is below 1000, and RFC 6455 uses no close code numbers from 0 to 999.`,
        meaning: `No endpoint may send ${code}: RFC 6455 §7.4.2 leaves 0–999 unused, and conforming libraries reject such a code in a Close frame, usually by failing the connection with 1002 (Protocol error).`,
        advice: `If a library or log shows ${code}, it is not a code from the wire. Look for the library’s own status value, an HTTP status, or a code that was truncated or parsed from the wrong bytes.`,
      };
    case 'protocol':
      return {
        code,
        range,
        status: 'reserved and unassigned',
        summary: `${code} is in the ${span} range reserved for the WebSocket protocol, and no meaning has been assigned to it.`,
        meaning: `RFC 6455 §7.4.2 reserves ${span} for the protocol, its revisions and its extensions; new codes here need IETF review. The IANA registry assigns no meaning to ${code}, so it is not valid on the wire today and many libraries fail the connection with 1002 (Protocol error) when they receive it.`,
        advice: `If you received ${code}, the peer is sending a code it has no right to use. Check the sending code or library for a typo or an off-by-one, and use a registered code, or one from 4000–4999 for your own application, instead.`,
      };
    case 'registered':
      return {
        code,
        range,
        status: 'unassigned in the registered range',
        summary: `${code} is in the ${span} range that IANA registers for libraries and applications, and nobody has registered it.`,
        meaning: `RFC 6455 §7.4.2 sets ${span} aside for libraries, frameworks and applications, registered with IANA first come, first served. ${code} has no registration, so it has no public meaning; a library or service using it is using it unofficially.`,
        advice: `Look in the documentation of the service or library that closed the connection, and treat the code as that software’s own. If you are choosing a code for your own application, use 4000–4999, or register one.`,
      };
    case 'private':
      return {
        code,
        range,
        status: 'private use',
        summary: `${code} is a private-use close code: the application that sent it decides what it means.`,
        meaning: `RFC 6455 §7.4.2 keeps ${span} for private use: these codes are never registered, and the two applications at either end agree on their meaning between themselves. Browser JavaScript may send ${code} with WebSocket.close().`,
        advice: `Find out which application closed the connection (your own server, a hosted service, a framework) and look ${code} up in its documentation or source; the close reason string, if there is one, often says more.`,
      };
  }
}
