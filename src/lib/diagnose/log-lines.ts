/**
 * Reads pasted log and console output: for every line a browser or library printed about a close or a
 * failed handshake, what the line says (code, HTTP status, reason, who sent it, which library printed
 * it). Pure and DOM-free, so the search box can call it too.
 */
import { PATTERNS, type Side, type Source } from './patterns';

export type { Side, Source } from './patterns';

export interface LogReading {
  /** The line as pasted, trimmed (a Chromium message split over two lines is joined). */
  line: string;
  code?: number;
  httpStatus?: number;
  reason?: string;
  side?: Side;
  /** The browser or library that printed the text. */
  library: string;
  /** Where the text is produced, pinned to a version. */
  source: Source;
  explanation?: string;
  /** The application families whose documented text this is (a close reason or a message). */
  families?: { slug: string; name: string }[];
}

/** A message the site documents for a code (a code file's `errorTexts`), for matching families' texts. */
export interface KnownMessage {
  text: string;
  code: number;
  family?: { slug: string; name: string };
  library: string;
  source: string;
}

export interface ReadOptions {
  messages?: readonly KnownMessage[];
}

const RFC = 'https://www.rfc-editor.org/rfc/rfc6455';

const GENERIC: Pick<LogReading, 'library' | 'source'> = {
  library: 'Not recognised: a close code in the text',
  source: { title: 'RFC 6455 §7.4: status codes', url: `${RFC}#section-7.4` },
};

/** What an HTTP status in answer to the opening handshake usually means, and what to check. */
const HANDSHAKE_STATUS: Record<number, string> = {
  200: 'The server answered as for an ordinary page: the request never reached a WebSocket handler. Check the path, and whether a proxy or a single-page-app fallback answered instead.',
  301: 'A redirect: WebSocket clients do not follow redirects. Connect to the final address (often https, or a trailing slash).',
  302: 'A redirect, often to a login page: WebSocket clients do not follow redirects. Connect to the final address, or authenticate first.',
  307: 'A redirect: WebSocket clients do not follow redirects. Connect to the final address.',
  308: 'A redirect: WebSocket clients do not follow redirects. Connect to the final address.',
  400: 'Bad Request: the server rejected the upgrade request itself. A proxy that drops the Upgrade and Connection headers, a missing Sec-WebSocket-Key or Sec-WebSocket-Version, or a query parameter the framework rejects are the usual causes.',
  401: 'Unauthorized: the endpoint wants credentials. A browser cannot set an Authorization header on a WebSocket, so send the token the way the server reads it: a cookie, the query string or the subprotocol.',
  403: 'Forbidden: the server refused this client, very often because the Origin header is not on its allowed list (gorilla’s CheckOrigin, Spring’s allowed origins), or because the credentials lack permission.',
  404: 'Not Found: nothing handles WebSocket upgrades at this path. Check the path and any prefix a proxy adds or strips, and that the route is registered.',
  426: 'Upgrade Required: the server does not speak the requested WebSocket version and lists the ones it does in Sec-WebSocket-Version (RFC 6455 §4.4); plain HTTP requests to a WebSocket-only endpoint get it too.',
  429: 'Too Many Requests: the server is rate-limiting connection attempts. Reconnect with backoff and honour Retry-After.',
  500: 'Internal Server Error: the server’s upgrade handler failed. Its own log has the cause.',
  502: 'Bad Gateway: a proxy could not get a usable answer from the application behind it: the application is down or on another port, or the proxy does not pass the upgrade on (nginx needs proxy_http_version 1.1 and the Upgrade and Connection headers).',
  503: 'Service Unavailable: the server or its proxy is overloaded, starting or deploying. Retry with backoff.',
  504: 'Gateway Timeout: the application behind the proxy did not answer the upgrade in time.',
};

export function handshakeExplanation(status: number): string {
  const specific = HANDSHAKE_STATUS[status] ?? `HTTP ${status}: the server refused the upgrade; its response body and log say why.`;
  return `The server answered the opening handshake with HTTP ${status} instead of 101 Switching Protocols, so no WebSocket connection existed and no Close frame was exchanged. ${specific} A browser reports this to script only as close code 1006 and hides the status; the Network panel shows it.`;
}

/** "Subscriber for <id> already exists" → a pattern where the placeholder matches anything. */
function messageRegex(text: string): RegExp {
  const parts = text.split(/<[a-z]+>/i).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+?'), 'i');
}

/** Short texts ("stale", "Forbidden") name a family only together with the code that carries them. */
const DISTINCT_TEXT = 16;

const uniqueFamilies = (hits: readonly KnownMessage[]) => [
  ...new Map(hits.filter((m) => m.family).map((m) => [m.family!.slug, m.family!])).values(),
];

function matchMessages(line: string, reading: LogReading | undefined, messages: readonly KnownMessage[]): LogReading | undefined {
  if (reading) {
    if (reading.code === undefined || reading.reason === undefined) return reading;
    const hits = messages.filter((m) => m.code === reading.code && m.family && messageRegex(m.text).test(reading.reason!));
    return hits.length > 0 ? { ...reading, families: uniqueFamilies(hits) } : reading;
  }
  const hits = messages.filter((m) => m.text.length >= DISTINCT_TEXT && messageRegex(m.text).test(line));
  if (hits.length === 0) return undefined;
  const first = hits[0]!;
  const codes = [...new Set(hits.map((m) => m.code))];
  const families = uniqueFamilies(hits);
  return {
    line,
    ...(codes.length === 1 && { code: first.code }),
    library: first.library,
    source: { title: `${first.library}: “${first.text}”`, url: first.source },
    ...(families.length > 0 && { families }),
    ...(codes.length > 1 && { explanation: `This text goes with more than one code (${codes.join(', ')}); the code in the close event tells which.` }),
  };
}

function readOne(line: string): LogReading | undefined {
  for (const p of PATTERNS) {
    const m = p.regex.exec(line);
    if (!m) continue;
    const r = p.read(m);
    const reading: LogReading = { line, library: p.library, source: p.source };
    if (r.code !== undefined && Number.isInteger(r.code)) reading.code = r.code;
    if (r.httpStatus !== undefined) reading.httpStatus = r.httpStatus;
    if (r.reason !== undefined) reading.reason = r.reason;
    if (r.side) reading.side = r.side;
    const explanation = r.explanation ?? (r.httpStatus !== undefined ? handshakeExplanation(r.httpStatus) : undefined);
    if (explanation) reading.explanation = explanation;
    return reading;
  }
  return undefined;
}

function readGeneric(line: string): LogReading | undefined {
  const m = /\b(?:close[ds]?|closing|disconnect(?:ed)?)\b.{0,40}?\bcode\b\W{0,3}(\d{4})\b/i.exec(line);
  return m ? { line, code: Number(m[1]), ...GENERIC } : undefined;
}

const CHROMIUM_DETAIL = /^(?:Error during WebSocket handshake|Connection closed before|Error in connection establishment|WebSocket is closed before)/;

/** Chromium prints "WebSocket connection to '…' failed:" and the detail on the next line in some consoles. */
function joinLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/failed:$/.test(line) && CHROMIUM_DETAIL.test(lines[i + 1] ?? '')) out.push(`${line} ${lines[++i]}`);
    else if (line) out.push(line);
  }
  return out;
}

/** Every recognised line of a pasted log, in order; unrecognised lines are left out. */
export function readLogLine(text: string, options: ReadOptions = {}): LogReading[] {
  const messages = options.messages ?? [];
  const readings: LogReading[] = [];
  for (const line of joinLines(text.slice(0, 100_000))) {
    const known = readOne(line);
    const reading = matchMessages(line, known, messages) ?? readGeneric(line);
    if (reading) readings.push(reading);
  }
  return readings;
}
