/**
 * Builds the Pagefind index after the pages are written, with Pagefind's Node API. Only pages about
 * codes are indexed (registered and family codes, families, and numbers that families use):
 * comparison pages and the pages of unused numbers would bury them.
 * Any error Pagefind reports fails the build.
 */
import { readFile } from 'node:fs/promises';
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
          logger.info(`indexed ${pages.length} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
