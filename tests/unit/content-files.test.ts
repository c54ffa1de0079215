/**
 * Every real content file passes the same rules the build applies, checked file by file so that a
 * failure names its file (`npx vitest run tests/unit/content-files -t 1006`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { codeSchema, comparisonSchema } from '../../src/schemas';
import { checkCodeFile, checkComparisonFile, checkSections, sectionText } from '../../src/lib/validate';

const codesDir = new URL('../../content/codes/', import.meta.url);
const notesDir = new URL('../../content/comparisons/', import.meta.url);
const mdFiles = (dir: URL) => readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort();

function split(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter block');
  return { data: load(match[1]!), body: match[2]! };
}

const codeFiles = mdFiles(codesDir);
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

describe.each(mdFiles(notesDir))('content/comparisons/%s', (file) => {
  it('names an existing pair and matches the note schema', () => {
    const { data, body } = split(readFileSync(new URL(file, notesDir), 'utf8'));
    expect(checkComparisonFile(file, known)).toEqual([]);
    expect(comparisonSchema.safeParse(data ?? {}).success).toBe(true);
    expect(body.trim().length).toBeGreaterThan(80);
  });
});
