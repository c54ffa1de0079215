/**
 * Runs one sample (SAMPLE_FILE, an ES module) in this process: `ws` imports get the stand-in in
 * ws.mjs, the sample's own timers run TIME_SCALE times faster, and names the page says stand for
 * the reader's own code are defined. A fragment that opens no connection gets `ws` (open to
 * SAMPLE_URL), or `upstream` and `client` for a relay. Tells the test 'ready' once the sample ran.
 */
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import RealWebSocket, { WebSocketServer as RealWebSocketServer } from 'ws';

const env = process.env;
const sampleUrl = pathToFileURL(env.SAMPLE_FILE).href;
const shimUrl = new URL('./ws.mjs', import.meta.url).href;
const scale = Number(env.SAMPLE_TIME_SCALE ?? 1);

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'ws' && context.parentURL === sampleUrl) return { url: shimUrl, shortCircuit: true };
    return next(specifier, context);
  },
});

// Only timers the sample's own code starts are sped up; those inside libraries keep their delays.
for (const name of ['setTimeout', 'setInterval']) {
  const original = globalThis[name];
  globalThis[name] = function (callback, delay, ...args) {
    const caller = new Error().stack?.split('\n')[2] ?? '';
    if (caller.includes(sampleUrl)) delay = (Number(delay) || 0) * scale;
    return original.call(this, callback, delay, ...args);
  };
}

// The reader's own code, as the pages name it.
globalThis.verifyToken = async (token) => (token === 'valid-token' ? { id: 'user-1' } : null);
globalThis.handleMessage = () => {};
globalThis.errorMessage = env.SAMPLE_ERROR_MESSAGE;

if (env.SAMPLE_SCENARIO === 'handler-throws') {
  // "Your application logic" fails on the message 'boom'.
  const upper = String.prototype.toUpperCase;
  String.prototype.toUpperCase = function () {
    if (String(this) === 'boom') throw new Error('application logic failed on "boom"');
    return upper.call(this);
  };
}

const { WebSocket, watch } = await import(shimUrl);
const opened = (ws) =>
  new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });

if (env.SAMPLE_GIVEN === 'ws') {
  globalThis.ws = await opened(new WebSocket(env.SAMPLE_URL));
} else if (env.SAMPLE_GIVEN === 'relay') {
  // client: the accepted end of a connection from a downstream peer, whose close is what the test sees.
  const relay = new RealWebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => relay.once('listening', resolve));
  const accepted = new Promise((resolve) => relay.once('connection', resolve));
  const downstream = watch(new RealWebSocket(`ws://127.0.0.1:${relay.address().port}/`), 'client');
  downstream.on('error', () => {});
  await opened(downstream);
  globalThis.client = await accepted;
  globalThis.upstream = await opened(new RealWebSocket(env.SAMPLE_URL));
}

await import(sampleUrl);
process.send?.({ type: 'ready' });
