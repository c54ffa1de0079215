/**
 * Builds the Pagefind index after the pages are written, with Pagefind's Node API. Only pages about
 * codes are indexed (registered and family codes, families, and numbers that families use):
 * comparison pages and the pages of unused numbers would bury them.
 * Any error Pagefind reports fails the build.
 *
 * Beside the index it writes the site's own word index from the text Pagefind extracted (see
 * src/lib/word-index.ts): /search-pages.json (the address, title, summary and length of every indexed
 * page, with Pagefind's id for each, so that showing a result costs no download of the page's whole
 * text) and its shards in /search-words/.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchablePages } from './published-codes';
import { buildWordIndex, type IndexedPage } from '../lib/word-index';

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
          const { head, shards } = buildWordIndex(await indexedPages(new URL('pagefind/fragment/', dir)));
          if (head.pages.length !== pages.length) throw new Error(`Pagefind wrote ${head.pages.length} pages for ${pages.length} added`);
          await writeFile(new URL('search-pages.json', dir), JSON.stringify(head));
          const words = new URL('search-words/', dir);
          await mkdir(words, { recursive: true });
          for (const [key, shard] of shards) await writeFile(new URL(`${key}.json`, words), JSON.stringify(shard));
          logger.info(`indexed ${pages.length} pages; ${shards.size} word shards`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Pagefind's signature at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';

/** Each indexed page with the id Pagefind's results carry (its fragment's name) and the text it extracted. */
async function indexedPages(fragments: URL): Promise<IndexedPage[]> {
  const out: IndexedPage[] = [];
  for (const name of (await readdir(fragments)).sort()) {
    const data = gunzipSync(await readFile(new URL(name, fragments)));
    if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`Pagefind fragment ${name} has no signature`);
    const page = JSON.parse(data.subarray(SIGNATURE.length).toString()) as {
      url: string;
      content: string;
      meta: Record<string, string | undefined>;
    };
    // A family code's title names its family, as the search box's own answers do: "4005 Network timeout (Twitch EventSub)".
    const title = page.meta['title'] ?? page.url;
    const family = page.meta['family'];
    out.push({
      id: name.replace(/\.pf_fragment$/, ''),
      record: [page.url, family ? `${title} (${family})` : title, page.meta['summary'] ?? ''],
      content: page.content,
    });
  }
  return out;
}
