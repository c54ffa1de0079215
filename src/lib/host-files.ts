/** Config files for static hosts, generated from the published data so they list exactly the documented codes. */
import { codePath } from './pairs';

/**
 * `_redirects` (Cloudflare Pages, Netlify, GitLab Pages): a 301 from each short link to the code's page.
 * Only documented codes are listed: hosts cap the number of rules (Cloudflare: 2,000 static), and
 * every other number still answers through its static redirect page.
 */
export function redirectsFile(codes: readonly number[]): string {
  const lines = codes.flatMap((code) => [`/${code} ${codePath(code)} 301`, `/${code}/ ${codePath(code)} 301`]);
  return `# Short links to documented close codes; generated at build time.\n${lines.join('\n')}\n`;
}
