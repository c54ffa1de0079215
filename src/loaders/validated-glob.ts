/**
 * Astro's glob loader plus the checks a per-entry schema cannot make: file name against code,
 * repeated codes, required body sections, and references to codes that have no file.
 * Any problem fails the build with one message per problem naming the file and the field.
 */
import { readdirSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import {
  checkCodeFile,
  checkComparisonFile,
  checkDuplicates,
  checkRelated,
  checkSections,
  formatProblems,
  stem,
  type Problem,
} from '../lib/validate';

/** Where content lives; CONTENT_DIR points the build at another tree (test fixtures, benchmarks). */
const CONTENT_ROOT = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
export const CODES_DIR = `${CONTENT_ROOT}/codes`;
export const COMPARISONS_DIR = `${CONTENT_ROOT}/comparisons`;
const PATTERN = '*.{md,mdx}';

function contentFiles(context: LoaderContext, dir: string): string[] {
  const path = isAbsolute(dir) ? dir : fileURLToPath(new URL(`${dir}/`, context.config.root));
  let names: string[];
  try {
    names = readdirSync(path);
  } catch {
    return [];
  }
  return names.filter((n) => /\.(md|mdx)$/i.test(n)).map((n) => `${dir}/${n}`);
}

function fail(collection: string, problems: Problem[]): never {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  throw new Error(`Content collection "${collection}" has ${problems.length} ${noun}:\n${formatProblems(problems)}`);
}

export function codesLoader(): Loader {
  const inner = glob({ pattern: PATTERN, base: CODES_DIR });
  return {
    name: 'close-codes-loader',
    load: async (context) => {
      await inner.load(context);
      const files = contentFiles(context, CODES_DIR);
      const entries = context.store.values().map((e) => ({
        file: e.filePath ?? `${CODES_DIR}/${e.id}.md`,
        data: e.data as { code?: number; related?: { code: number }[] },
        body: e.body ?? '',
      }));
      const known = new Set(entries.map((e) => e.data.code).filter((c): c is number => typeof c === 'number'));
      const problems = [
        ...checkDuplicates(files),
        ...entries.flatMap((e) => [...checkCodeFile(e.file, e.data.code), ...checkSections(e.file, e.body)]),
        ...checkRelated(
          entries.map((e) => ({ file: e.file, related: e.data.related ?? [] })),
          known,
        ),
      ];
      if (problems.length > 0) fail(context.collection, problems);
    },
  };
}

export function comparisonsLoader(): Loader {
  const inner = glob({ pattern: PATTERN, base: COMPARISONS_DIR });
  return {
    name: 'comparison-notes-loader',
    load: async (context) => {
      const files = contentFiles(context, COMPARISONS_DIR);
      const known = new Set(
        contentFiles(context, CODES_DIR)
          .map((f) => Number(stem(f)))
          .filter(Number.isInteger),
      );
      const problems = [...checkDuplicates(files), ...files.flatMap((f) => checkComparisonFile(f, known))];
      if (problems.length > 0) fail(context.collection, problems);
      await inner.load(context);
    },
  };
}
