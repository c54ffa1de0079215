/** Names and wording shared by every page. */
export const SITE_NAME = 'WebSocket Close Codes';
export const SITE_TAGLINE = 'What every WebSocket close code means, when you see it, and how to fix it.';

export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number';
export const RFC_RANGES_URL = 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2';
export const WHATWG_CLOSE_URL = 'https://websockets.spec.whatwg.org/#dom-websocket-close';

