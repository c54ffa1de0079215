/**
 * The messages that browsers and WebSocket libraries print when a connection closes or fails to open,
 * each with the file (at a pinned commit) that produces the text. A pattern reads the code, the HTTP
 * status and the reason out of a line; `log-lines.ts` runs them.
 */

export interface Source {
  title: string;
  url: string;
}

/** Who sent the code, seen from the program that printed the line. */
export type Side = 'sent' | 'received' | 'reported';

/** What a pattern reads from a line; absent or undefined where the line does not say. */
export interface PatternReading {
  code?: number | undefined;
  httpStatus?: number | undefined;
  reason?: string | undefined;
  side?: Side | undefined;
  explanation?: string | undefined;
}

export interface Pattern {
  library: string;
  source: Source;
  /** Tried on one line; the first pattern that matches reads it. */
  regex: RegExp;
  read: (m: RegExpExecArray) => PatternReading;
}

const gh = (repo: string, commit: string, path: string, title: string): Source => ({
  title: `${title} (${repo} ${path} at ${commit.slice(0, 8)})`,
  url: `https://github.com/${repo}/blob/${commit}/${path}`,
});

const CHROMIUM = 'chromium/chromium';
const WS = ['websockets/ws', 'a2f4e7c046c2112bbce6fef39a083dac77d6f0d2'] as const;
const PY = ['python-websockets/websockets', '04e599ca3caad2c5bb3fa8eaf24066fd270e90a7'] as const;
const GORILLA = ['gorilla/websocket', 'e064f32e3674d9d79a8fd417b5bc06fa5c6cad8f'] as const;
const CODER = ['coder/websocket', '9c8faadccd1b679e811a79ce506f8a10237251ad'] as const;

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
/** A reason printed as absent ("", Java's "null", newer SignalR clients' "no reason given") is no reason. */
const reasonOf = (s: string | undefined) => (s === undefined || s === '' || s === 'null' || s === 'no reason given' ? undefined : s);

/** Names of coder/websocket's StatusCode values, as its stringer.go prints them. */
const CODER_STATUS: Record<string, number> = {
  StatusNormalClosure: 1000,
  StatusGoingAway: 1001,
  StatusProtocolError: 1002,
  StatusUnsupportedData: 1003,
  statusReserved: 1004,
  StatusNoStatusRcvd: 1005,
  StatusAbnormalClosure: 1006,
  StatusInvalidFramePayloadData: 1007,
  StatusPolicyViolation: 1008,
  StatusMessageTooBig: 1009,
  StatusMandatoryExtension: 1010,
  StatusInternalError: 1011,
  StatusServiceRestart: 1012,
  StatusTryAgainLater: 1013,
  StatusBadGateway: 1014,
  StatusTLSHandshake: 1015,
};

/** The errors ws's receiver raises for a bad frame, and the code it closes the connection with. */
const WS_FRAME_ERRORS: [RegExp, number, string][] = [
  [/^RSV(?:1|2 and RSV3) must be clear$/, 1002, 'the peer set a reserved bit that no negotiated extension defines'],
  [/^invalid opcode \d+$/, 1002, 'the peer sent a frame with an opcode RFC 6455 does not define, or a continuation with nothing to continue'],
  [/^FIN must be set$/, 1002, 'the peer fragmented a control frame'],
  [/^invalid payload length \d+$/, 1002, 'the peer sent a control frame longer than 125 bytes'],
  [/^MASK must be set$/, 1002, 'a client sent an unmasked frame'],
  [/^MASK must be clear$/, 1002, 'a server sent a masked frame'],
  [/^invalid status code (\d+)$/, 1002, 'the peer put a code in its Close frame that may not be sent'],
  [/^invalid UTF-8 sequence$/, 1007, 'a text message or a close reason was not valid UTF-8'],
];

const chromiumFailed = /WebSocket connection to '([^']*)' failed:\s*/;

export const PATTERNS: readonly Pattern[] = [
  // Chromium (Chrome, Edge, Opera): console messages
  {
    library: 'Chromium (Chrome, Edge)',
    source: gh(CHROMIUM, '6d6ef28a7d6c699e4d083acabb358fed74cbae70', 'net/websockets/websocket_basic_handshake_stream.cc', 'Chromium'),
    regex: /(?:WebSocket connection to '[^']*' failed:\s*)?Error during WebSocket handshake: Unexpected response code: (\d{3})/,
    read: (m) => ({ httpStatus: num(m[1]), code: 1006, side: 'reported' }),
  },
  {
    library: 'Chromium (Chrome, Edge)',
    source: gh(CHROMIUM, '6d6ef28a7d6c699e4d083acabb358fed74cbae70', 'net/websockets/websocket_basic_handshake_stream.cc', 'Chromium'),
    regex: /Connection closed before receiving a handshake response/,
    read: () => ({
      code: 1006,
      side: 'reported',
      explanation: 'The TCP (or TLS) connection closed before any HTTP response came back: the server, or a proxy or load balancer in front of it, dropped the upgrade request. Check that the address reaches a WebSocket endpoint and that every proxy on the way forwards Upgrade.',
    }),
  },
  {
    library: 'Chromium (Chrome, Edge)',
    source: gh(CHROMIUM, 'b412b3667604dc9a71f4b73bc4143787153ff57e', 'net/websockets/websocket_stream.cc', 'Chromium'),
    regex: /Error in connection establishment: (net::ERR_[A-Z_]+)/,
    read: (m) => ({
      code: 1006,
      side: 'reported',
      reason: m[1],
      explanation: `The connection failed below HTTP (${m[1]}): name resolution, TCP, TLS or a proxy. No handshake took place, so the close event reports 1006.`,
    }),
  },
  {
    library: 'Chromium (Chrome, Edge)',
    source: gh(CHROMIUM, 'bff8bae8a84929c74c66a0f498e734312983f956', 'third_party/blink/renderer/modules/websockets/websocket_common.cc', 'Chromium'),
    regex: /WebSocket is closed before the connection is established\.?/,
    read: () => ({
      code: 1006,
      side: 'reported',
      explanation: 'Script called close() while the socket was still connecting, so the browser abandoned the handshake; the close event reports 1006. Look for code that closes sockets early, such as a component unmounting or a double effect in development.',
    }),
  },
  {
    library: 'Chromium (Chrome, Edge)',
    source: gh(CHROMIUM, 'bff8bae8a84929c74c66a0f498e734312983f956', 'third_party/blink/renderer/modules/websockets/websocket_common.cc', 'Chromium'),
    regex: /The close code must be either 1000, or between 3000 and 4999\. (\d+) is neither\./,
    read: (m) => ({
      code: num(m[1]),
      explanation: `Script called close(${m[1]}); browsers let script send only 1000 or 3000–4999, so close() threw and nothing was sent.`,
    }),
  },
  {
    library: 'Chromium (Chrome, Edge)',
    source: gh(CHROMIUM, '0464aec73fe50ce51ffab782693dc8716ea81aae', 'third_party/blink/renderer/modules/websockets/dom_websocket.cc', 'Chromium'),
    regex: /WebSocket is already in CLOSING or CLOSED state\.?/,
    read: () => ({
      explanation: 'Script called send() after the socket had started closing; the data was dropped. The line carries no code: the close event that came before it has the code and reason.',
    }),
  },
  {
    library: 'Chromium (Chrome, Edge)',
    source: gh(CHROMIUM, '1b71b4f7de66e34a08fe8269701ce8a2ce24965d', 'third_party/blink/renderer/modules/websockets/websocket_channel_impl.cc', 'Chromium'),
    regex: chromiumFailed,
    read: (m) => ({
      code: 1006,
      side: 'reported',
      explanation: `The browser could not open ${m[1] || 'the socket'} and gives script only 1006: it hides the HTTP status and network error on purpose. Open the Network panel, select the request and read its status, or the lines the console printed with it.`,
    }),
  },
  // Browser: a CloseEvent logged with console.log
  {
    library: 'Browser (CloseEvent)',
    source: { title: 'WHATWG WebSockets Standard: the CloseEvent interface', url: 'https://websockets.spec.whatwg.org/#the-closeevent-interface' },
    regex: /CloseEvent\b.*?\bcode:\s*(\d+)/,
    read: (m) => {
      const line = m.input;
      const reason = /\breason:\s*(['"])(.*?)\1/.exec(line)?.[2];
      const clean = /\bwasClean:\s*(true|false)/.exec(line)?.[1];
      const code = Number(m[1]);
      return {
        code,
        reason: reasonOf(reason),
        side: code === 1005 || code === 1006 || code === 1015 ? 'reported' : 'received',
        ...(clean && {
          explanation:
            clean === 'true'
              ? 'wasClean: true, so both Close frames were exchanged and the TCP connection closed in order.'
              : 'wasClean: false, so the closing handshake did not complete: the connection dropped or was failed.',
        }),
      };
    },
  },
  // Node: ws
  {
    library: 'ws (Node.js)',
    source: gh(WS[0], WS[1], 'lib/websocket.js', 'ws'),
    regex: /Unexpected server response: (\d{3})/,
    read: (m) => ({ httpStatus: num(m[1]), code: 1006, side: 'reported' }),
  },
  {
    library: 'ws (Node.js)',
    source: gh(WS[0], WS[1], 'lib/receiver.js', 'ws'),
    regex: /Invalid WebSocket frame: (.+?)\s*$/,
    read: (m) => {
      const message = m[1]!;
      for (const [re, code, why] of WS_FRAME_ERRORS) {
        const hit = re.exec(message);
        if (hit) {
          const received = hit[1] ? ` (it received ${hit[1]})` : '';
          return { code, side: 'sent', explanation: `ws closed the connection with ${code} because ${why}${received}.` };
        }
      }
      return { side: 'sent', explanation: 'ws rejected a frame from the peer and failed the connection.' };
    },
  },
  {
    library: 'ws (Node.js)',
    source: gh(WS[0], WS[1], 'lib/receiver.js', 'ws'),
    regex: /Max payload size exceeded|Unsupported WebSocket frame: (payload length > 2\^53 - 1)/,
    read: (m) => ({
      code: 1009,
      side: 'sent',
      explanation: m[1]
        ? 'A frame from the peer declared a 64-bit length larger than JavaScript can represent (2^53 − 1), whatever maxPayload is, so ws closed the connection with 1009.'
        : 'A message from the peer was larger than the maxPayload option allows, so ws closed the connection with 1009.',
    }),
  },
  {
    library: 'ws (Node.js)',
    source: gh(WS[0], WS[1], 'lib/websocket.js', 'ws'),
    regex: /WebSocket was closed before the connection was established/,
    read: () => ({ code: 1006, side: 'reported', explanation: 'close() or terminate() was called while the handshake was still in progress, so ws aborted it.' }),
  },
  {
    library: 'ws (Node.js)',
    source: gh(WS[0], WS[1], 'lib/websocket.js', 'ws'),
    regex: /Opening handshake has timed out|Invalid Sec-WebSocket-Accept header|Server sent no subprotocol|Server sent a subprotocol but none was requested/,
    read: (m) => ({ code: 1006, side: 'reported', explanation: `The opening handshake failed on the client (${m[0]}), so no connection existed; the close event reports 1006.` }),
  },
  // Python: websockets
  {
    library: 'websockets (Python)',
    source: gh(PY[0], PY[1], 'src/websockets/exceptions.py', 'websockets'),
    regex: /\b(sent|received) (\d+) \(([^)]*)\)(?: ([^;]*?))?; (?:then (?:sent|received) \d+ \([^)]*\).*|no close frame (?:received|sent))\s*$/,
    read: (m) => {
      const [first, code, , reason] = [m[1], Number(m[2]), m[3], m[4]];
      const rest = m[0].slice(m[0].indexOf(';') + 2);
      const explanation =
        rest.startsWith('no close frame')
          ? first === 'sent'
            ? `This side sent ${code} and the connection ended before the peer answered with its own Close frame.`
            : `The peer sent ${code} and the connection ended before this side answered.`
          : first === 'sent'
            ? `This side started the closing handshake with ${code} and the peer answered.`
            : `The peer started the closing handshake with ${code} and this side answered.`;
      return { code, reason: reasonOf(reason), side: first === 'sent' ? 'sent' : 'received', explanation };
    },
  },
  {
    library: 'websockets (Python)',
    source: gh(PY[0], PY[1], 'src/websockets/exceptions.py', 'websockets'),
    regex: /no close frame received or sent/,
    read: () => ({ code: 1006, side: 'reported', explanation: 'The TCP connection ended with no Close frame in either direction.' }),
  },
  {
    library: 'websockets (Python)',
    source: gh(PY[0], PY[1], 'src/websockets/exceptions.py', 'websockets'),
    regex: /(?:server rejected WebSocket connection|proxy rejected connection): HTTP (\d{3})/,
    read: (m) => ({ httpStatus: num(m[1]), code: 1006, side: 'reported' }),
  },
  // Go: gorilla/websocket
  {
    library: 'gorilla/websocket (Go)',
    source: gh(GORILLA[0], GORILLA[1], 'conn.go', 'gorilla/websocket'),
    regex: /websocket: close (\d+)(?: \(([^)]*)\))?(?:: (.*))?/,
    read: (m) => {
      const code = Number(m[1]);
      const text = m[3]?.trim();
      if (code === 1006) {
        return { code, side: 'reported', explanation: `The connection ended without a Close frame${text ? ` (${text})` : ''}; gorilla reports that as 1006 itself.` };
      }
      if (code === 1005) {
        return { code, side: 'received', explanation: 'The peer sent a Close frame with no code in it; gorilla reports that as 1005.' };
      }
      return { code, reason: reasonOf(text), side: 'received' };
    },
  },
  {
    library: 'gorilla/websocket (Go)',
    source: gh(GORILLA[0], GORILLA[1], 'client.go', 'gorilla/websocket'),
    regex: /websocket: bad handshake/,
    read: () => ({ code: 1006, side: 'reported', explanation: 'Dial did not get a valid 101 response: another status, or a 101 whose Upgrade, Connection or Sec-WebSocket-Accept header is wrong. The *http.Response that Dial returns with the error holds the status and body.' }),
  },
  {
    library: 'gorilla/websocket (Go)',
    source: gh(GORILLA[0], GORILLA[1], 'server.go', 'gorilla/websocket'),
    regex: /websocket: request origin not allowed by Upgrader\.CheckOrigin/,
    read: () => ({ httpStatus: 403, side: 'sent', explanation: 'The server refused the upgrade because the Origin header did not pass CheckOrigin (by default the Origin host must equal the Host header).' }),
  },
  {
    library: 'gorilla/websocket (Go)',
    source: gh(GORILLA[0], GORILLA[1], 'server.go', 'gorilla/websocket'),
    regex: /websocket: the client is not using the websocket protocol: (.*)$/,
    read: (m) => {
      // server.go answers this prefix with a status that depends on what is missing.
      const status = /'websocket' token not found in 'Upgrade'/.test(m[1]!) ? 426 : /request method is not GET/.test(m[1]!) ? 405 : 400;
      return { httpStatus: status, side: 'sent', explanation: `The server refused the upgrade with ${status}: ${m[1]}. A proxy that drops the Upgrade and Connection headers causes this too.` };
    },
  },
  // Go: coder/websocket (formerly nhooyr.io/websocket)
  {
    library: 'coder/websocket (Go)',
    source: gh(CODER[0], CODER[1], 'close.go', 'coder/websocket'),
    regex: /(received close frame: )?status = (StatusCode\((\d+)\)|\w+) and reason = "((?:[^"\\]|\\.)*)"/,
    read: (m) => ({ code: m[3] ? Number(m[3]) : CODER_STATUS[m[2]!], reason: reasonOf(m[4]), ...(m[1] && { side: 'received' as const }) }),
  },
  {
    library: 'coder/websocket (Go)',
    source: gh(CODER[0], CODER[1], 'dial.go', 'coder/websocket'),
    regex: /expected handshake response status code 101 but got (\d{3})/,
    read: (m) => ({ httpStatus: num(m[1]), code: 1006, side: 'reported' }),
  },
  // .NET: System.Net.WebSockets
  {
    library: '.NET System.Net.WebSockets',
    source: gh('dotnet/runtime', '661a31c698d2a90df76e72c09f967cdeeba97026', 'src/libraries/System.Net.WebSockets/src/Resources/Strings.resx', '.NET'),
    regex: /The remote party closed the WebSocket connection without completing the close handshake\./,
    read: () => ({
      code: 1006,
      side: 'reported',
      explanation: 'The TCP connection ended without a Close frame (WebSocketError.ConnectionClosedPrematurely). A proxy idle timeout, a server that crashed or a network drop are the usual causes.',
    }),
  },
  {
    library: '.NET System.Net.WebSockets',
    source: gh('dotnet/runtime', '0d2a9bb2b35ae5a1042a39f1138acbea0cbd9e9d', 'src/libraries/System.Net.WebSockets.Client/src/Resources/Strings.resx', '.NET'),
    regex: /The server returned status code '(\d{3})' when status code '101' was expected|net_WebSockets_ConnectStatusExpected, (\d{3}), 101/,
    read: (m) => ({ httpStatus: num(m[1] ?? m[2]), code: 1006, side: 'reported' }),
  },
  // Java
  {
    library: 'Spring Framework (Java)',
    source: gh('spring-projects/spring-framework', '58ddadff32672b170605df27f68eba1b17cf8cbc', 'spring-websocket/src/main/java/org/springframework/web/socket/CloseStatus.java', 'Spring'),
    regex: /CloseStatus\[code=(\d+), reason=(.*?)\]/,
    read: (m) => ({ code: Number(m[1]), reason: reasonOf(m[2]) }),
  },
  {
    library: 'Apache Tomcat (Jakarta WebSocket)',
    source: gh('apache/tomcat', '8f9e7bca3bb80785aef8c490a7d08ff83948b96b', 'java/jakarta/websocket/CloseReason.java', 'Tomcat'),
    regex: /CloseReason: code \[(\d+)\], reason \[(.*?)\]/,
    read: (m) => ({ code: Number(m[1]), reason: reasonOf(m[2]) }),
  },
  {
    library: 'Jakarta WebSocket API',
    source: gh('jakartaee/websocket', 'e8a111893f2ddb3814d75cd1118ea769d84e8d13', 'api/client/src/main/java/jakarta/websocket/CloseReason.java', 'Jakarta WebSocket'),
    regex: /CloseReason\[(\d+)(?:,(.*?))?\]/,
    read: (m) => ({ code: Number(m[1]), reason: reasonOf(m[2]) }),
  },
  // ASP.NET Core SignalR JavaScript client
  {
    library: 'SignalR JavaScript client',
    source: gh('dotnet/aspnetcore', '9c542c98a235343297e24974878e5ef6ec59b8f2', 'src/SignalR/clients/ts/signalr/src/WebSocketTransport.ts', 'SignalR'),
    regex: /WebSocket closed with status code: (\d+) \((.*)\)\.?/i,
    // The code is the browser's CloseEvent code: 1005, 1006 and 1015 are reported by the browser, not received.
    read: (m) => ({ code: Number(m[1]), reason: reasonOf(m[2]), side: [1005, 1006, 1015].includes(Number(m[1])) ? 'reported' : 'received' }),
  },
];
