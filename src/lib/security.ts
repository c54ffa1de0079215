/**
 * The site's security policy, in one place: served as HTTP headers where the host reads a
 * `_headers` file, and repeated in each page's <meta> where a meta tag can carry it.
 */

/** Pagefind runs WebAssembly, hence 'wasm-unsafe-eval'; no inline or third-party script may run. */
const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> element cannot carry (browsers ignore them there). */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function contentSecurityPolicy(where: 'header' | 'meta'): string {
  return CSP_DIRECTIVES.filter(([name]) => where === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy('header'),
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
