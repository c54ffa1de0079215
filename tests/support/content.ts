/**
 * The real content as the build reads it (the same checker and schemas), for tests that need
 * expected values. A content problem fails here with the checker's own message.
 */
import { fileURLToPath } from 'node:url';
import { checkContentTree } from '../../src/loaders/content-tree';
import { formatProblems } from '../../src/lib/validate';
import type { CodeData, FamilyCodeData, FamilyData } from '../../src/schemas';

const root = fileURLToPath(new URL('../../content/', import.meta.url));
const project = fileURLToPath(new URL('../../', import.meta.url));

function load() {
  const { problems, files } = checkContentTree(root, 'content', project);
  if (problems.length > 0) throw new Error(`content has problems:\n${formatProblems(problems)}`);
  return files;
}

let cache: ReturnType<typeof load> | undefined;
const files = () => (cache ??= load());

export type CodeFile = CodeData & { file: string; body: string };
export type FamilyCodeFile = FamilyCodeData & { file: string; body: string; family: string };
export type FamilyFile = FamilyData & { file: string; slug: string };

export function readCodeFiles(): CodeFile[] {
  return files()
    .filter((f) => f.kind === 'code')
    .map((f) => ({ ...(f.data as CodeData), file: f.file, body: f.body }))
    .sort((x, y) => x.code - y.code);
}

export function readFamilyCodeFiles(): FamilyCodeFile[] {
  return files()
    .filter((f) => f.kind === 'family-code')
    .map((f) => ({ ...(f.data as FamilyCodeData), file: f.file, body: f.body, family: f.family! }))
    .sort((x, y) => x.code - y.code || x.family.localeCompare(y.family));
}

export function readFamilyFiles(): FamilyFile[] {
  return files()
    .filter((f) => f.kind === 'family')
    .map((f) => ({ ...(f.data as FamilyData), file: f.file, slug: f.stem }));
}

/** The hand-written notes, as "a-vs-b" slugs. */
export function noteSlugs(): string[] {
  return files()
    .filter((f) => f.kind === 'note')
    .map((f) => f.stem)
    .sort();
}
