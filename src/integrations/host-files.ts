/**
 * Writes host configuration into the build output once pages exist, reading the same
 * /codes.json the site publishes, so the files and the pages come from one source.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { redirectsFile } from '../lib/host-files';
import { codePath } from '../lib/pairs';
import { HIGHEST_CODE, LOWEST_CODE } from '../lib/ranges';
import { redirectPage } from '../lib/redirect-page';
import { headersFile } from '../lib/security';
import { publishedCodes } from './published-codes';

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
        await writeFile(new URL('_redirects', dir), redirectsFile(codes));
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info(`_redirects: ${codes.length * 2} rules`);
      },
    },
  };
}
