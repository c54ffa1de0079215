/**
 * Astro's glob loader, run only after the whole content tree has passed every check
 * (content-tree.ts). The check runs once per build; if anything is wrong, every collection's
 * loader fails with the same message, which lists every problem in every file.
 */
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkContentTree, ContentError } from './content-tree';

/** Where content lives; CONTENT_DIR points the build at another tree (test fixtures, benchmarks). */
export const CONTENT_ROOT = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
const CODES_DIR = `${CONTENT_ROOT}/codes`;

let verdict: Promise<void> | undefined;

function checkOnce(context: LoaderContext): Promise<void> {
  verdict ??= (async () => {
    const projectRoot = fileURLToPath(context.config.root);
    const root = isAbsolute(CONTENT_ROOT) ? CONTENT_ROOT : fileURLToPath(new URL(`${CONTENT_ROOT}/`, context.config.root));
    const { problems } = checkContentTree(root, CONTENT_ROOT, projectRoot);
    if (problems.length > 0) throw new ContentError(problems);
  })();
  // A later run in the same process (astro dev) sees edits made since.
  verdict.finally(() => setTimeout(() => (verdict = undefined), 1000)).catch(() => {});
  return verdict;
}

function checkedGlob(name: string, pattern: string, base: string): Loader {
  const inner = glob({ pattern, base });
  return {
    name,
    load: async (context) => {
      await checkOnce(context);
      await inner.load(context);
    },
  };
}

export const codesLoader = () => checkedGlob('close-codes-loader', '*.{md,mdx}', CODES_DIR);
export const familyCodesLoader = () => checkedGlob('family-codes-loader', '*/*.{md,mdx}', CODES_DIR);
export const familiesLoader = () => checkedGlob('families-loader', '*.{md,mdx}', `${CONTENT_ROOT}/families`);
export const comparisonsLoader = () => checkedGlob('comparison-notes-loader', '*.{md,mdx}', `${CONTENT_ROOT}/comparisons`);
