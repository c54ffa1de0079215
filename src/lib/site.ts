/** Names and wording shared by every page. */
export const SITE_NAME = 'WebSocket Close Codes';
export const SITE_TAGLINE = 'What every WebSocket close code means, when you see it, and how to fix it.';

export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number';
export const RFC_RANGES_URL = 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2';
export const WHATWG_CLOSE_URL = 'https://websockets.spec.whatwg.org/#dom-websocket-close';


/**
 * The public repository of this site; "Edit this page" links open its content files here. Like the
 * site's address (SITE_URL in astro.config.mjs), a deployment from a fork sets its own.
 */
export const REPOSITORY_URL = process.env['REPOSITORY_URL'] ?? 'https://github.com/websocket-close-codes/websocket-close-codes';
export const REPOSITORY_BRANCH = 'main';

/** The repository's edit view of a file given relative to the project root (content/codes/1006.md). */
export function editUrl(file: string): string {
  return `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file.replace(/^\.?\/+/, '')}`;
}
