/**
 * Every real content file passes the rules the build applies, checked with the build's own checker
 * and reported file by file, so a failure names its file (`npx vitest run tests/unit/content-files -t 1006`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentTree } from '../../src/loaders/content-tree';
import { formatProblems } from '../../src/lib/validate';

const root = fileURLToPath(new URL('../../content/', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const { problems, files } = checkContentTree(root, 'content', projectRoot);

function listed(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(`${root}${folder}`, { withFileTypes: true })) {
    if (name.isDirectory()) for (const f of readdirSync(`${root}${folder}/${name.name}`)) out.push(`content/${folder}/${name.name}/${f}`);
    else out.push(`content/${folder}/${name.name}`);
  }
  return out.sort();
}

const everyFile = [...listed('codes'), ...listed('families'), ...listed('comparisons')].sort();

describe('content tree', () => {
  it('loads every file under content/', () => {
    expect(files.map((f) => f.file).sort()).toEqual(everyFile.filter((f) => !problems.some((p) => p.file === f)));
  });

  it.each(everyFile)('%s passes every rule', (file) => {
    expect(formatProblems(problems.filter((p) => p.file === file || p.file === `${file.replace(/\/\d+\.mdx?$/, '')}/`))).toBe('');
  });

  it('has no problems outside the files above', () => {
    expect(formatProblems(problems.filter((p) => !everyFile.includes(p.file)))).toBe('');
  });

  it('has no placeholder text left', () => {
    const left = files.filter((f) => /\bTODO\b/.test(JSON.stringify(f.data)));
    expect(left.map((f) => f.file)).toEqual([]);
  });
});

describe('comparison notes for the pairs people confuse most', () => {
  const required = [
    [1000, 1001], [1000, 1005], [1001, 1006], [1005, 1006], [1006, 1015], [1002, 1007], [1003, 1007], [1003, 1008],
    [1008, 1009], [1008, 3003], [1011, 1014], [1012, 1013], [1008, 1013], [3000, 3003], [1008, 3000], [1006, 1011],
  ];
  const notes = new Set(files.filter((f) => f.kind === 'note').map((f) => f.stem));

  it.each(required)('%i vs %i has a hand-written note', (a, b) => {
    expect(notes.has(`${a}-vs-${b}`)).toBe(true);
  });
});
