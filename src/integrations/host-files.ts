/**
 * Writes host configuration once pages exist, from what the build published: `_redirects` and
 * `_headers` into the site, and the nginx snippet next to it (`<outDir>.nginx.conf`, e.g.
 * dist.nginx.conf), outside the web root so no host serves it. Everything goes through the `dir`
 * Astro passes, so builds into another folder (scripts/build.mjs, the benchmark) stay self-contained.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, hostFlavour, nginxSnippet, redirectsFile, reversedComparisons } from '../lib/host-files';
import { codePath } from '../lib/pairs';
import { HIGHEST_CODE, LOWEST_CODE } from '../lib/ranges';
import { redirectPage } from '../lib/redirect-page';
import { publishedCodes } from './published-codes';

/** Redirect pages are about 1 KB; only files that small are read to tell them from real pages. */
const REDIRECT_PAGE_MAX_BYTES = 8 * 1024;

/** Every folder under compare/ with whether the build wrote it as a redirect page. */
async function comparisonPages(dir: URL): Promise<{ slug: string; redirect: boolean }[]> {
  const root = new URL('compare/', dir);
  if (!existsSync(root)) return [];
  const pages = [];
  for (const slug of await readdir(root)) {
    const file = new URL(`${slug}/index.html`, root);
    if (!existsSync(file)) continue;
    const small = (await stat(file)).size <= REDIRECT_PAGE_MAX_BYTES;
    const redirect = small && /<meta http-equiv="refresh"/.test(await readFile(file, 'utf8'));
    pages.push({ slug, redirect });
  }
  return pages;
}

export default function hostFiles(): AstroIntegration {
  let site: URL;
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? 'http://localhost/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A fixed route such as 404.astro outranks the short-link route for its number, so the
        // short-link page for that number is written here instead.
        for (let n = LOWEST_CODE; n <= HIGHEST_CODE; n++) {
          const page = new URL(`${n}/index.html`, dir);
          if (existsSync(page)) continue;
          await mkdir(new URL(`${n}/`, dir), { recursive: true });
          await writeFile(page, redirectPage(codePath(n), `WebSocket close code ${n}`, site));
          logger.info(`short link /${n}/ written after build`);
        }

        const codes = await publishedCodes(dir);
        const flavour = hostFlavour(process.env);
        await writeFile(new URL('_redirects', dir), redirectsFile(codes, flavour));
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info(`_redirects for ${flavour === 'netlify' ? 'Netlify' : 'Cloudflare Pages'}: ${codes.length * 2} rules`);

        const comparisons = reversedComparisons(await comparisonPages(dir));
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const snippet = join(dirname(outDir), `${basename(outDir)}.nginx.conf`);
        await writeFile(snippet, nginxSnippet({ comparisons }));
        logger.info(`${basename(snippet)}: ${comparisons.length} reversed comparisons, short links for ${LOWEST_CODE}–${HIGHEST_CODE}`);
      },
    },
  };
}
