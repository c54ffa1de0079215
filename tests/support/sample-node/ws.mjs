/**
 * Stands in for the `ws` package when a sample imports it. Same classes, three differences:
 * a client's address is pointed at the scenario server (path and query kept), a server asked for a
 * fixed port gets a free one on 127.0.0.1, and every close is reported to the test.
 */
import RealWebSocket, { WebSocketServer as RealWebSocketServer } from 'ws';

export * from 'ws';

const target = process.env.SAMPLE_URL ? new URL(process.env.SAMPLE_URL) : undefined;
const scenario = process.env.SAMPLE_SCENARIO ?? '';

export function report(message) {
  process.send?.(message);
}

/** Reports the socket's close to the test as seen from `role`. */
export function watch(ws, role) {
  ws.on('close', (code, reason) => report({ type: 'close', role, code, reason: reason.toString() }));
  return ws;
}

export class WebSocket extends RealWebSocket {
  constructor(address, protocols, options) {
    if (address !== null && target) {
      const asked = new URL(address);
      address = new URL(asked.pathname + asked.search, target).href;
    }
    super(address, protocols, options);
    watch(this, 'client');
  }
}

export class WebSocketServer extends RealWebSocketServer {
  constructor(options = {}, callback) {
    const moved = options.port === undefined ? options : { ...options, port: 0, host: '127.0.0.1' };
    super(moved, callback);
    this.on('listening', () => report({ type: 'listening', port: this.address().port }));
    this.on('connection', (ws) => watch(ws, 'server'));
    const full = /^full:(\d+)$/.exec(scenario);
    if (full && this.clients) {
      for (let i = 0; i < Number(full[1]); i += 1) this.clients.add({ placeholder: i });
    }
  }
}

WebSocket.WebSocket = WebSocket;
WebSocket.WebSocketServer = WebSocketServer;
WebSocket.Server = WebSocketServer;

export default WebSocket;
