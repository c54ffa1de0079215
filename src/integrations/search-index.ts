/**
 * Builds the Pagefind index after the pages are written, with Pagefind's Node API. Only pages about
 * codes are indexed (registered and family codes, families, and numbers that families use):
 * comparison pages and the pages of unused numbers would bury them.
 * Any error Pagefind reports fails the build.
 *
 * Beside the index it writes /search-pages.json: the address, title and summary of every indexed
 * page by its Pagefind id, so that showing a result costs no download of the page's whole text.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchablePages } from './published-codes';

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await searchablePages(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          check('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          for (const url of pages) {
            const path = `${url.slice(1)}index.html`;
            const content = await readFile(new URL(path, dir), 'utf8');
            const added = await index.addHTMLFile({ url, content });
            check(`index ${path}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          check('write the index', written.errors);
          await writeFile(new URL('search-pages.json', dir), JSON.stringify(await pageRecords(new URL('pagefind/fragment/', dir))));
          logger.info(`indexed ${pages.length} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Pagefind's signature at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';

/** [url, title, summary] of each indexed page, by the id Pagefind's results carry (its fragment's name). */
async function pageRecords(fragments: URL): Promise<Record<string, [string, string, string]>> {
  const out: Record<string, [string, string, string]> = {};
  for (const name of (await readdir(fragments)).sort()) {
    const data = gunzipSync(await readFile(new URL(name, fragments)));
    if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`Pagefind fragment ${name} has no signature`);
    const page = JSON.parse(data.subarray(SIGNATURE.length).toString()) as { url: string; meta: Record<string, string | undefined> };
    out[name.replace(/\.pf_fragment$/, '')] = [page.url, page.meta['title'] ?? page.url, page.meta['summary'] ?? ''];
  }
  return out;
}
