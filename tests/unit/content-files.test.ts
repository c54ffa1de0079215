/**
 * Every real content file passes the same rules the build applies, checked file by file so that a
 * failure names its file (`npx vitest run tests/unit/content-files -t 1006`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeSchema, comparisonSchema } from '../../src/schemas';
import { contentFiles, splitFrontmatter } from '../support/content';
import { checkCodeFile, checkComparisonFile, checkSections, sectionText } from '../../src/lib/validate';

const codesDir = new URL('../../content/codes/', import.meta.url);
const notesDir = new URL('../../content/comparisons/', import.meta.url);
const split = splitFrontmatter;
const codeFiles = contentFiles('codes');
const known = new Set(codeFiles.map((f) => Number(f.replace(/\.mdx?$/, ''))));

describe.each(codeFiles)('content/codes/%s', (file) => {
  const { data, body } = split(readFileSync(new URL(file, codesDir), 'utf8'));

  it('matches the code schema', () => {
    const result = codeSchema.safeParse(data);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
  });

  it('is named after its code and has every required section', () => {
    const code = (data as { code?: unknown }).code;
    expect([...checkCodeFile(`content/codes/${file}`, code), ...checkSections(file, body)]).toEqual([]);
  });

  it('relates only to codes that have files', () => {
    const related = ((data as { related?: { code: number }[] }).related ?? []).map((r) => r.code);
    expect(related.filter((c) => !known.has(c))).toEqual([]);
  });

  it('has no placeholder text left', () => {
    expect(/\bTODO\b/.test(JSON.stringify(data) + body), 'a TODO placeholder is left').toBe(false);
    expect(sectionText(body, 'Description').length).toBeGreaterThan(80);
  });
});

describe.each(contentFiles('comparisons'))('content/comparisons/%s', (file) => {
  it('names an existing pair and matches the note schema', () => {
    const { data, body } = split(readFileSync(new URL(file, notesDir), 'utf8'));
    expect(checkComparisonFile(file, known)).toEqual([]);
    expect(comparisonSchema.safeParse(data ?? {}).success).toBe(true);
    expect(body.trim().length).toBeGreaterThan(80);
  });
});

describe('comparison notes for the pairs people confuse most', () => {
  const required = [
    [1000, 1001], [1000, 1005], [1001, 1006], [1005, 1006], [1006, 1015], [1002, 1007], [1003, 1007], [1003, 1008],
    [1008, 1009], [1008, 3003], [1011, 1014], [1012, 1013], [1008, 1013], [3000, 3003], [1008, 3000], [1006, 1011],
  ];
  const notes = new Set(contentFiles('comparisons').map((f) => f.replace(/\.mdx?$/, '')));

  it.each(required)('%i vs %i has a hand-written note', (a, b) => {
    expect(notes.has(`${a}-vs-${b}`)).toBe(true);
  });
});
