/**
 * Checks that span a whole file or the whole collection, which a per-entry schema cannot see.
 * Each returns problems as { file, field, message } so the build can name both.
 */
import { REQUIRED_SECTIONS } from './vocabulary';
import { parsePairSlug } from './pairs';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

export function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

/** "1006.md" → "1006"; the id the collection gives the entry. */
export function stem(filePath: string): string {
  return baseName(filePath).replace(/\.(md|mdx)$/i, '');
}

/** The level-2 headings of a Markdown body, in order. */
export function sectionHeadings(body: string): string[] {
  const headings: string[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) headings.push(match[1]!);
  }
  return headings;
}

/** The text of one level-2 section (without its heading), or '' when absent. */
export function sectionText(body: string, heading: string): string {
  const lines = body.split(/\r?\n/);
  const out: string[] = [];
  let inside = false;
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) {
      if (inside) break;
      inside = match[1] === heading;
      continue;
    }
    if (inside) out.push(line);
  }
  return out.join('\n').trim();
}

export function checkCodeFile(file: string, code: unknown): Problem[] {
  const expected = stem(file);
  if (!/^\d+$/.test(expected)) {
    return [{ file, field: 'file name', message: 'must be the code number, e.g. 1006.md' }];
  }
  if (typeof code === 'number' && String(code) !== expected) {
    return [{ file, field: 'code', message: `file ${baseName(file)} says code ${code}` }];
  }
  return [];
}

export function checkSections(file: string, body: string): Problem[] {
  const headings = sectionHeadings(body);
  const problems: Problem[] = [];
  for (const section of REQUIRED_SECTIONS) {
    if (!headings.includes(section)) {
      problems.push({ file, field: `body section "## ${section}"`, message: 'is missing' });
    } else if (sectionText(body, section).length === 0) {
      problems.push({ file, field: `body section "## ${section}"`, message: 'is empty' });
    }
  }
  return problems;
}

export function checkDuplicates(files: readonly string[]): Problem[] {
  const byStem = new Map<string, string[]>();
  for (const file of files) byStem.set(stem(file), [...(byStem.get(stem(file)) ?? []), file]);
  return [...byStem.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      file: group[1]!,
      field: 'code',
      message: `repeats code ${stem(group[0]!)}, already in ${group[0]}`,
    }));
}

export function checkRelated(
  entries: readonly { file: string; related: readonly { code: number }[] }[],
  known: ReadonlySet<number>,
): Problem[] {
  return entries.flatMap(({ file, related }) =>
    related.flatMap((r, i) =>
      known.has(r.code)
        ? []
        : [{ file, field: `related[${i}].code`, message: `names code ${r.code}, which has no file of its own` }],
    ),
  );
}

export function checkComparisonFile(file: string, known: ReadonlySet<number>): Problem[] {
  const parsed = parsePairSlug(stem(file));
  if (!parsed) {
    return [{ file, field: 'file name', message: 'must name a pair as <a>-vs-<b>.md, e.g. 1005-vs-1006.md' }];
  }
  const { first, second } = parsed;
  if (first >= second) {
    return [{ file, field: 'file name', message: `must put the lower code first: ${second}-vs-${first}.md` }];
  }
  const missing = [first, second].filter((c) => !known.has(c));
  return missing.length === 0
    ? []
    : [{ file, field: 'file name', message: `names code ${missing.join(' and ')}, which has no file of its own` }];
}
