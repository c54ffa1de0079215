/**
 * A page whose only job is to send the visitor elsewhere. Works on any static host: the refresh
 * moves browsers, the canonical link tells search engines, the plain link serves everything else.
 */
import { contentSecurityPolicy, REFERRER_POLICY } from './security';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectPage(to: string, title: string, site: URL): string {
  const target = new URL(to, site).href;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${contentSecurityPolicy('meta')}">
<meta name="referrer" content="${REFERRER_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="description" content="This address moved to ${escape(to)}.">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(target)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<meta http-equiv="refresh" content="0; url=${escape(to)}">
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>This page is at <a href="${escape(to)}">${escape(target)}</a>.</p>
</main>
</body>
</html>
`;
}
