import { describe, expect, it } from 'vitest';
import { codeSchema, comparisonSchema } from '../../src/schemas';
import {
  checkCodeFile,
  checkComparisonFile,
  checkDuplicates,
  checkRelated,
  checkSections,
  formatProblems,
  sectionHeadings,
} from '../../src/lib/validate';

const valid = {
  code: 1006,
  name: 'Abnormal Closure',
  summary: 'The connection ended without a Close frame being sent or received.',
  definedIn: { document: 'RFC 6455', section: '§7.4.1', url: 'https://www.rfc-editor.org/rfc/rfc6455' },
  allowedInCloseFrame: false,
  sentBy: 'neither',
  sendWhen: 'Reported when the connection drops without a closing handshake.',
  reconnect: 'retry-with-backoff',
  sources: [{ title: 'RFC 6455', url: 'https://www.rfc-editor.org/rfc/rfc6455' }],
};

const issues = (data: unknown) =>
  codeSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('code schema', () => {
  it('accepts a complete entry and fills empty lists', () => {
    const parsed = codeSchema.parse(valid);
    expect(parsed.constants).toEqual([]);
    expect(parsed.related).toEqual([]);
  });

  it('rejects unknown fields by name', () => {
    expect(issues({ ...valid, colour: 'red' }).join()).toMatch(/colour/);
  });

  it('rejects a summary longer than a meta description', () => {
    expect(issues({ ...valid, summary: `${'x'.repeat(160)}.` })).toContain(
      'summary: must be at most 160 characters: it is also the meta description',
    );
  });

  it('rejects values outside the closed sets', () => {
    expect(issues({ ...valid, reconnect: 'sometimes' }).join()).toMatch(/^reconnect: /);
    expect(issues({ ...valid, sentBy: 'proxy' }).join()).toMatch(/^sentBy: /);
  });

  it('rejects non-https sources and an empty source list', () => {
    expect(issues({ ...valid, sources: [{ title: 'RFC', url: 'http://example.org' }] })).toContain(
      'sources.0.url: must be an https:// URL',
    );
    expect(issues({ ...valid, sources: [] })).toContain('sources: must list at least one source');
  });

  it('refuses to let 1005, 1006 or 1015 travel in a Close frame', () => {
    expect(issues({ ...valid, allowedInCloseFrame: true })).toContain(
      'allowedInCloseFrame: must be false: RFC 6455 §7.4.1 forbids putting 1006 in a Close frame',
    );
    expect(issues({ ...valid, sentBy: 'server' })).toContain(
      'sentBy: must be "neither": 1006 is reported locally and never sent',
    );
  });

  it('rejects a code related to itself or listed twice', () => {
    const related = [
      { code: 1006, difference: 'The same code again.' },
      { code: 1005, difference: 'A frame arrived without a code.' },
      { code: 1005, difference: 'A frame arrived without a code.' },
    ];
    expect(issues({ ...valid, related })).toEqual([
      'related.0.code: a code cannot be related to itself',
      'related.2.code: lists 1005 twice',
    ]);
  });

  it('rejects codes below 1000 and above 4999', () => {
    expect(issues({ ...valid, code: 999 }).join()).toMatch(/code: must be at least 1000/);
    expect(issues({ ...valid, code: 5000 }).join()).toMatch(/code: must be at most 4999/);
  });
});

describe('comparison note schema', () => {
  it('accepts sources only', () => {
    expect(comparisonSchema.safeParse({}).success).toBe(true);
    expect(comparisonSchema.safeParse({ title: 'x' }).success).toBe(false);
  });
});

describe('file and collection checks', () => {
  it('matches the file name to the code', () => {
    expect(checkCodeFile('content/codes/1006.md', 1006)).toEqual([]);
    expect(formatProblems(checkCodeFile('content/codes/1006.md', 1005))).toBe(
      'content/codes/1006.md: code: file 1006.md says code 1005',
    );
    expect(checkCodeFile('content/codes/abnormal.md', 1006)[0]?.field).toBe('file name');
  });

  it('finds required sections, ignoring headings inside code fences', () => {
    const body = '## Description\n\nText.\n\n```md\n## When You See It\n```\n\n## How to Fix\n\n';
    expect(sectionHeadings(body)).toEqual(['Description', 'How to Fix']);
    expect(formatProblems(checkSections('1006.md', body))).toBe(
      '1006.md: body section "## When You See It": is missing\n1006.md: body section "## How to Fix": is empty',
    );
  });

  it('finds a code given by two files', () => {
    expect(checkDuplicates(['c/1006.md', 'c/1006.mdx', 'c/1005.md'])).toEqual([
      { file: 'c/1006.mdx', field: 'code', message: 'repeats code 1006, already in c/1006.md' },
    ]);
  });

  it('finds related codes without a file', () => {
    const problems = checkRelated([{ file: 'c/1006.md', related: [{ code: 1005 }, { code: 4000 }] }], new Set([1005, 1006]));
    expect(formatProblems(problems)).toBe('c/1006.md: related[1].code: names code 4000, which has no file of its own');
  });

  it('checks a note names an existing pair, low code first', () => {
    const known = new Set([1005, 1006]);
    expect(checkComparisonFile('n/1005-vs-1006.md', known)).toEqual([]);
    expect(checkComparisonFile('n/1006-vs-1005.md', known)[0]?.message).toBe(
      'must put the lower code first: 1005-vs-1006.md',
    );
    expect(checkComparisonFile('n/1005-vs-1010.md', known)[0]?.message).toMatch(/names code 1010/);
    expect(checkComparisonFile('n/notes.md', known)[0]?.field).toBe('file name');
  });
});
