/**
 * Log lines people pasted into public issue reports, each with the thread it was copied from, and what
 * /diagnose/ must read out of it. Shared by the unit tests and the end-to-end tests.
 */
import type { Side } from '../../src/lib/diagnose/log-lines';

export interface LogCase {
  /** The text as it appears in the report (one line, or two where the console split one message). */
  text: string;
  /** Where the text was copied from. */
  from: string;
  library: string;
  code?: number;
  httpStatus?: number;
  reason?: string;
  side?: Side;
  /** Family slugs the reading names. */
  families?: string[];
}

const CHROMIUM = 'Chromium (Chrome, Edge)';
const WS = 'ws (Node.js)';
const PY = 'websockets (Python)';
const GORILLA = 'gorilla/websocket (Go)';
const CODER = 'coder/websocket (Go)';
const DOTNET = '.NET System.Net.WebSockets';
const SIGNALR = 'SignalR JavaScript client';

export const LOG_CASES: LogCase[] = [
  // Chromium console
  { text: "WebSocket connection to 'ws://localhost:59619/weather/ws?formatType=json' failed: Error during WebSocket handshake: Unexpected response code: 404", from: 'https://github.com/aspnet/SignalR/issues/1310', library: CHROMIUM, httpStatus: 404, code: 1006, side: 'reported' },
  { text: "WebSocket connection to 'ws://localhost/?' failed: Error during WebSocket handshake: Unexpected response code: 404", from: 'https://github.com/silverwind/droppy/issues/176', library: CHROMIUM, httpStatus: 404, code: 1006 },
  { text: 'failed: Error during WebSocket handshake: Unexpected response code: 403', from: 'https://github.com/liftoff/GateOne/issues/665', library: CHROMIUM, httpStatus: 403, code: 1006 },
  { text: "WebSocket connection to 'ws://localhost:8080/socket.io/?EIO=3&transport=websocket' failed: Connection closed before receiving a handshake response", from: 'https://github.com/petr166/mean-chat-app/issues/2', library: CHROMIUM, code: 1006, side: 'reported' },
  { text: "(index):59 WebSocket connection to 'ws://app.pomdre.net:8080/' failed: Connection closed before receiving a handshake response", from: 'https://github.com/roke22/PHP-SSH2-Web-Client/issues/6', library: CHROMIUM, code: 1006 },
  { text: "WebSocket connection to 'ws://localhost:8000/sockjs-node/425/u1cnrxti/websocket' failed: Connection closed before receiving a handshake response", from: 'https://github.com/ant-design/ant-design-pro/issues/4899', library: CHROMIUM, code: 1006 },
  { text: "WebSocket connection to 'ws://localhost:17523/' failed: Error in connection establishment: net::ERR_CONNECTION_REFUSED", from: 'https://github.com/Pithikos/Geoexplorer/issues/1', library: CHROMIUM, code: 1006, reason: 'net::ERR_CONNECTION_REFUSED' },
  { text: "index.js:83 WebSocket connection to 'ws://localhost:9010/socket.io/?EIO=3&transport=websocket' failed: Error in connection establishment: net::ERR_CONNECTION_REFUSED", from: 'https://github.com/gytai/KeFu/issues/4', library: CHROMIUM, code: 1006 },
  { text: 'contained.min.js:5 WebSocket is already in CLOSING or CLOSED state.', from: 'https://github.com/genuinetools/contained.af/issues/10', library: CHROMIUM },
  { text: 'F12，console：WebSocket is already in CLOSING or CLOSED state.', from: 'https://github.com/socketio/socket.io-client/issues/1341', library: CHROMIUM },
  // ws (Node.js)
  { text: '[WS] 错误: Unexpected server response: 400', from: 'https://github.com/Penty-d/qq-farm-bot-ui/issues/7', library: WS, httpStatus: 400, code: 1006, side: 'reported' },
  { text: 'Failed to connect WebSocket: WebSocket error: Unexpected server response: 403', from: 'https://github.com/cosin2077/easyVoice/issues/65', library: WS, httpStatus: 403, code: 1006 },
  { text: 'ws error: Unexpected server response: 502', from: 'https://github.com/nhaidaar/sonic-daily-tx/issues/4', library: WS, httpStatus: 502, code: 1006 },
  { text: 'error: Unexpected server response: 200', from: 'https://github.com/websockets/wscat/issues/136', library: WS, httpStatus: 200, code: 1006 },
  { text: 'RangeError: Invalid WebSocket frame: invalid status code 22373', from: 'https://github.com/websockets/ws/issues/1916', library: WS, code: 1002, side: 'sent' },
  { text: 'RangeError: Invalid WebSocket frame: invalid status code 0', from: 'https://github.com/websockets/ws/issues/1676', library: WS, code: 1002, side: 'sent' },
  { text: 'errored: RangeError: Invalid WebSocket frame: invalid status code 1006', from: 'https://github.com/empiricaly/empirica/issues/461', library: WS, code: 1002 },
  { text: 'Websocket RangeError: Invalid WebSocket frame: RSV2 and RSV3 must be clear', from: 'https://github.com/websockets/ws/issues/2151', library: WS, code: 1002 },
  { text: 'RangeError: Invalid WebSocket frame: RSV1 must be clear', from: 'https://github.com/websockets/ws/issues/2055', library: WS, code: 1002 },
  { text: 'RangeError: Max payload size exceeded', from: 'https://github.com/CodyTseng/nostr-relay-tray/issues/8', library: WS, code: 1009, side: 'sent' },
  { text: 'worker:app-worker error: RangeError: Max payload size exceeded at Receiver.haveLength (/app/node_modules/ws/lib/receiver.js:374:16)', from: 'https://github.com/cameri/nostream/issues/95', library: WS, code: 1009 },
  // python-websockets
  { text: 'websockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received', from: 'https://github.com/python-websockets/websockets/issues/1620', library: PY, code: 1011, reason: 'keepalive ping timeout', side: 'sent' },
  { text: 'ERROR:Schwabdev:sent 1011 (internal error) keepalive ping timeout; no close frame received', from: 'https://github.com/tylerebowers/Schwabdev/issues/64', library: PY, code: 1011, side: 'sent' },
  { text: '2025-01-23 14:56:23,658 WebSocketClient DEBUG: connection closed (ERR): sent 1011 (unexpected error) keepalive ping timeout; no close frame received', from: 'https://github.com/massive-com/client-python/issues/837', library: PY, code: 1011, reason: 'keepalive ping timeout' },
  { text: 'websockets.exceptions.InvalidStatus: server rejected WebSocket connection: HTTP 403', from: 'https://github.com/nsdkinx/vkmax/issues/8', library: PY, httpStatus: 403, code: 1006 },
  { text: 'websockets.exceptions.InvalidStatus: server rejected WebSocket connection: HTTP 429', from: 'https://github.com/H1B0B0/Kick-Viewerbot/issues/22', library: PY, httpStatus: 429, code: 1006 },
  { text: 'websockets.exceptions.InvalidStatusCode: server rejected WebSocket connection: HTTP 403', from: 'https://github.com/deriv-com/python-deriv-api/issues/18', library: PY, httpStatus: 403, code: 1006 },
  { text: 'server rejected WebSocket connection: HTTP 500', from: 'https://github.com/max32002/tixcraft_bot/issues/219', library: PY, httpStatus: 500, code: 1006 },
  // gorilla/websocket
  { text: 'websocket: close 1006 (abnormal closure): unexpected EOF', from: 'https://github.com/Terry-Mao/goim/issues/214', library: GORILLA, code: 1006, side: 'reported' },
  { text: 'when copying from client to backend: websocket: close 1006 (abnormal closure): unexpected EOF', from: 'https://github.com/gorilla/websocket/issues/645', library: GORILLA, code: 1006, side: 'reported' },
  { text: 'Error: websocket: close 1006 (abnormal closure): unexpected EOF', from: 'https://github.com/canonical/lxd/issues/8612', library: GORILLA, code: 1006 },
  { text: 'websocket: close 1001 (going away): upstream went away', from: 'https://github.com/solana-foundation/solana-go/issues/270', library: GORILLA, code: 1001, reason: 'upstream went away', side: 'received' },
  { text: '[08/13/16 15:06:13] [EROR] key: 33_3 server websocket failed error(websocket: close 1001 (going away))', from: 'https://github.com/Terry-Mao/goim/issues/125', library: GORILLA, code: 1001, side: 'received' },
  { text: '<app> INFO: 2016/02/24 10:16:53.200854 err: websocket: close 1001', from: 'https://github.com/weaveworks/scope/issues/1019', library: GORILLA, code: 1001 },
  { text: 'readPump ReadMessage err:websocket: close 1005 (no status)', from: 'https://github.com/gorilla/websocket/issues/533', library: GORILLA, code: 1005 },
  { text: 'Codex WebSocket transport: compaction requests fail with `websocket: close 1009 (message too big)`', from: 'https://github.com/router-for-me/CLIProxyAPI/issues/4017', library: GORILLA, code: 1009, side: 'received' },
  // coder/websocket
  { text: 'failed to get reader: received close frame: status = StatusGoingAway and reason = ""', from: 'https://github.com/coder/websocket/issues/191', library: CODER, code: 1001, side: 'received' },
  { text: 'failed to get reader: received close frame: status = StatusNormalClosure and reason = ""', from: 'https://github.com/coder/websocket/issues/403', library: CODER, code: 1000, side: 'received' },
  { text: 'failed to read JSON message: failed to get reader: received close frame: status = StatusCode(4403) and reason = "Forbidden"', from: 'https://github.com/hasura/go-graphql-client/issues/125', library: CODER, code: 4403, reason: 'Forbidden', side: 'received', families: ['graphql-ws', 'hocuspocus'] },
  { text: 'failed to WebSocket dial: expected handshake response status code 101 but got 500', from: 'https://github.com/coder/websocket/issues/316', library: CODER, httpStatus: 500, code: 1006 },
  { text: 'establishing connection error: failed to WebSocket dial: expected handshake response status code 101 but got 200', from: 'https://github.com/genshen/wssocks-plugin-ustb/issues/34', library: CODER, httpStatus: 200, code: 1006 },
  // .NET
  { text: 'System.Net.WebSockets.WebSocketException (0x80004005): The remote party closed the WebSocket connection without completing the close handshake.', from: 'https://github.com/SignalR/SignalR/issues/4740', library: DOTNET, code: 1006, side: 'reported' },
  { text: "WebSocketException: 'The remote party closed the WebSocket connection without completing the close handshake.'", from: 'https://github.com/hasura/graphql-engine/issues/5732', library: DOTNET, code: 1006 },
  { text: "Run sample code throw The server returned status code '200' when status code '101' was expected", from: 'https://github.com/bsdayo/BingChat/issues/43', library: DOTNET, httpStatus: 200, code: 1006 },
  // Java
  { text: 'Spring Boot 2.1.4 on client, gateway and server. Client receives: `CloseStatus[code=1000, reason=null]`', from: 'https://github.com/spring-cloud/spring-cloud-gateway/issues/1057', library: 'Spring Framework (Java)', code: 1000 },
  { text: '2020-06-09 21:15:01 WARN  c.g.d.r.m.RocketChatClient:267 - connection closed: CloseReason: code [1009], reason [The decoded text message was too big for the output buffer and the endpoint does not support partial messages]', from: 'https://github.com/daniel-sc/rocketchat-modern-client/issues/13', library: 'Apache Tomcat (Jakarta WebSocket)', code: 1009, reason: 'The decoded text message was too big for the output buffer and the endpoint does not support partial messages' },
  // SignalR JavaScript client
  { text: "Error: Connection disconnected with error 'Error: WebSocket closed with status code: 1006 (no reason given)", from: 'https://github.com/SignalR/SignalR/issues/4694', library: SIGNALR, code: 1006 },
  { text: "Connection disconnected with error 'Error: WebSocket closed with status code: 1006 ().", from: 'https://github.com/dotnet/aspnetcore/issues/20984', library: SIGNALR, code: 1006 },
  { text: 'Error: Websocket closed with status code: 1006 ()', from: 'https://github.com/aspnet/SignalR/issues/1179', library: SIGNALR, code: 1006 },
  { text: "[Error] [2020-10-27T19:37:35.404Z] Error: Connection disconnected with error 'Error: WebSocket closed with status code: 1006 ().'.", from: 'https://github.com/dotnet/aspnetcore/issues/21546', library: SIGNALR, code: 1006 },
];

/** A paste of several lines, one with nothing recognisable, from one report. */
export const MULTI_LINE_CASE = {
  text: 'WebSocket error on proxy ***********: Unexpected server response: 403\nWebSocket closed with code: 1006, reason:',
  from: 'https://github.com/dante4rt/getgrass-bot/issues/33',
};
