/**
 * Reads the whole content tree and checks every file against every rule before Astro loads any of
 * it, so that one build reports every problem in every file. Nothing under content/ is passed over:
 * a file is either one of the four kinds below or a problem (content/README.md aside).
 *
 *   codes/<code>.md|mdx                 a registered code
 *   codes/<family>/<code>.md|mdx        a code a family assigns itself
 *   families/<family>.md|mdx            a family
 *   comparisons/<a>-vs-<b>.md|mdx       a hand-written note for a pair
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { load, YAMLException } from 'js-yaml';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import { bodyIsEmpty, parseBody, sectionIsEmpty, sectionsOf } from '../lib/markdown-check';
import { canonicalPair, compareKeys, keySlug, parsePairSlug, sameKey, type CodeKey } from '../lib/pairs';
import { formatProblems, type Problem } from '../lib/validate';
import { REQUIRED_SECTIONS } from '../lib/vocabulary';
import { codeSchema, FAMILY_SLUG, familyCodeSchema, familySchema, comparisonSchema } from '../schemas';

export type ContentKind = 'code' | 'family-code' | 'family' | 'note';

interface Classified {
  path: string;
  kind: ContentKind;
  stem: string;
  family?: string;
}

/** Large enough for any real page; a bigger file is a mistake or an attack on the build. */
const MAX_BYTES = 256 * 1024;
const LEFTOVER = /(~|\.swp|\.swo|\.swx|\.bak|\.orig|\.rej|\.tmp|\.DS_Store|Thumbs\.db|desktop\.ini)$|^#.*#$|^\.#/i;
const CONTENT_EXT = /\.(md|mdx)$/;

function unexpectedFile(name: string): string {
  if (LEFTOVER.test(name)) return 'is an editor or system leftover: delete it';
  if (/\.markdown$/i.test(name)) return 'has the extension .markdown: rename it to .md';
  if (/\.mdx?$/i.test(name)) return 'has an upper-case extension: use .md or .mdx';
  if (name.startsWith('.')) return 'is a hidden file: content files are .md or .mdx';
  return 'is not a content file: only .md and .mdx files are loaded here';
}

interface Walk {
  files: Classified[];
  problems: Problem[];
  familyFolders: string[];
}

/** Lists the tree and sorts each path into a kind, or a problem. */
function walk(root: string, label: string): Walk {
  const out: Walk = { files: [], problems: [], familyFolders: [] };
  const entries = (dir: string) => {
    try {
      return readdirSync(join(root, dir)).sort();
    } catch {
      return [];
    }
  };
  const kindOf = (path: string) => lstatSync(join(root, path));
  const problem = (path: string, field: string, message: string) => out.problems.push({ file: `${label}/${path}`, field, message });

  for (const top of entries('')) {
    const stat = kindOf(top);
    if (stat.isSymbolicLink()) {
      problem(top, 'file', 'is a symbolic link: content must be real files inside content/');
      continue;
    }
    if (stat.isFile()) {
      if (top !== 'README.md') problem(top, 'file', `${unexpectedFile(top)}; content goes in codes/, families/ or comparisons/`);
      continue;
    }
    if (!['codes', 'families', 'comparisons'].includes(top)) {
      problem(`${top}/`, 'folder', 'is not a content folder: expected codes/, families/ or comparisons/');
      continue;
    }
    for (const name of entries(top)) {
      const path = `${top}/${name}`;
      const inner = kindOf(path);
      if (inner.isSymbolicLink()) {
        problem(path, 'file', 'is a symbolic link: content must be real files inside content/');
      } else if (inner.isDirectory()) {
        if (top !== 'codes') {
          problem(`${path}/`, 'folder', `is a stray folder: ${top}/ holds files only`);
        } else if (!FAMILY_SLUG.test(name) || /(^|-)vs(-|$)/.test(name)) {
          problem(`${path}/`, 'folder', 'must be named after a family slug such as discord-gateway');
        } else {
          out.familyFolders.push(name);
          for (const file of entries(path)) {
            const filePath = `${path}/${file}`;
            const leaf = kindOf(filePath);
            if (leaf.isSymbolicLink()) problem(filePath, 'file', 'is a symbolic link: content must be real files inside content/');
            else if (leaf.isDirectory()) problem(`${filePath}/`, 'folder', 'is a stray folder: family folders hold code files only');
            else if (!CONTENT_EXT.test(file)) problem(filePath, 'file', unexpectedFile(file));
            else out.files.push({ path: filePath, kind: 'family-code', stem: file.replace(CONTENT_EXT, ''), family: name });
          }
        }
      } else if (!CONTENT_EXT.test(name)) {
        problem(path, 'file', unexpectedFile(name));
      } else {
        const kind: ContentKind = top === 'codes' ? 'code' : top === 'families' ? 'family' : 'note';
        out.files.push({ path, kind, stem: name.replace(CONTENT_EXT, '') });
      }
    }
  }
  return out;
}

/** Splits `---\n<yaml>\n---\n<body>`; `bodyLine` is the file line the body starts on. */
function splitFile(text: string): { yaml: string; body: string; bodyLine: number } | { error: string } {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { error: 'is empty: a content file needs a frontmatter block (--- … ---) and a body' };
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { error: 'has no frontmatter block: start the file with --- on its own line, the fields, then ---' };
  return { yaml: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export interface CheckedFile<T> {
  file: string;
  kind: ContentKind;
  stem: string;
  family?: string;
  data: T;
  /** The Markdown body, without the frontmatter. */
  body: string;
}

export interface ContentCheck {
  problems: Problem[];
  files: CheckedFile<Record<string, unknown>>[];
}

const SCHEMAS: Record<ContentKind, z.ZodType> = {
  code: codeSchema,
  'family-code': familyCodeSchema,
  family: familySchema,
  note: comparisonSchema,
};

const pathOf = (issue: z.core.$ZodIssue) =>
  issue.path.length === 0 ? 'frontmatter' : issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/**
 * Checks the content tree at `root` (shown in messages as `label`). `projectRoot` locates
 * src/components/, the one folder MDX files may import from.
 */
export function checkContentTree(root: string, label: string, projectRoot: string): ContentCheck {
  const componentsDir = resolve(projectRoot, 'src/components');
  const { files, problems, familyFolders } = walk(root, label);
  const checked: CheckedFile<Record<string, unknown>>[] = [];

  for (const entry of files) {
    const file = `${label}/${entry.path}`;
    const add = (field: string, message: string) => problems.push({ file, field, message });
    const absolute = join(root, entry.path);
    if (lstatSync(absolute).size > MAX_BYTES) {
      add('file', `is larger than ${MAX_BYTES / 1024} KB`);
      continue;
    }
    const split = splitFile(readFileSync(absolute, 'utf8'));
    if ('error' in split) {
      add('file', split.error);
      continue;
    }
    let raw: unknown;
    try {
      raw = split.yaml.trim() === '' ? {} : (load(split.yaml) ?? {});
    } catch (error) {
      const e = error as YAMLException;
      add(`frontmatter line ${(e.mark?.line ?? 0) + 2}`, `is not valid YAML: ${e.reason ?? e.message}`);
      raw = undefined;
    }
    if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
      add('frontmatter', 'must be a list of fields (key: value)');
      raw = undefined;
    }
    let data: Record<string, unknown> | undefined;
    if (raw !== undefined) {
      const result = SCHEMAS[entry.kind].safeParse(raw);
      if (result.success) data = result.data as Record<string, unknown>;
      else for (const issue of result.error.issues) add(pathOf(issue), issue.message);
    }

    const body = parseBody(split.body, { mdx: entry.path.endsWith('.mdx'), file: absolute, componentsDir });
    for (const p of body.problems) add(`body line ${p.line + split.bodyLine - 1}`, p.message);
    if (entry.kind === 'code' || entry.kind === 'family-code') {
      const sections = sectionsOf(body.tree);
      for (const heading of REQUIRED_SECTIONS) {
        const section = sections.find((s) => s.heading === heading);
        if (!section) add(`body section "## ${heading}"`, 'is missing');
        else if (sectionIsEmpty(section)) add(`body section "## ${heading}"`, 'is empty');
      }
      const quickFix = data?.quickFix as { section: string }[] | undefined;
      if (quickFix) {
        const anchors = headingAnchors(body.tree);
        quickFix.forEach((line, i) => {
          if (!anchors.has(line.section)) {
            const nearest = [...anchors].filter((a) => a.startsWith(line.section.split('-')[0]!)).slice(0, 3);
            add(
              `quickFix[${i}].section`,
              `names #${line.section}, which no heading in the body has${nearest.length ? ` (headings here: ${nearest.map((a) => `#${a}`).join(', ')})` : ''}`,
            );
          }
        });
      }
    } else if (bodyIsEmpty(body.tree)) {
      add('body', entry.kind === 'note' ? 'is empty: write the note or delete the file' : 'is empty: say what the family is');
    }
    if (data) checked.push({ file, kind: entry.kind, stem: entry.stem, ...(entry.family && { family: entry.family }), data, body: split.body });
  }

  problems.push(...crossChecks(files, checked, familyFolders, label));
  problems.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  return { problems, files: checked };
}

/** The ids the rendered page gives the body's headings: Astro slugs each heading's text with github-slugger, in order. */
function headingAnchors(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, 'heading', (node) => {
    anchors.add(slugger.slug(toString(node)));
  });
  return anchors;
}

type Ranges = { from: number; to: number }[];

function crossChecks(
  files: readonly Classified[],
  checked: readonly CheckedFile<Record<string, unknown>>[],
  familyFolders: readonly string[],
  label: string,
): Problem[] {
  const problems: Problem[] = [];
  const families = new Map(checked.filter((f) => f.kind === 'family').map((f) => [f.stem, f.data.ranges as Ranges]));
  const familyFiles = new Set(files.filter((f) => f.kind === 'family').map((f) => f.stem));

  // Two files for one thing (1006.md and 1006.mdx).
  const seen = new Map<string, string>();
  for (const f of files) {
    const id = `${f.kind}:${f.family ?? ''}:${f.stem}`;
    const first = seen.get(id);
    if (first) problems.push({ file: `${label}/${f.path}`, field: 'file', message: `repeats ${f.stem}, already in ${label}/${first}` });
    else seen.set(id, f.path);
  }

  for (const folder of familyFolders) {
    if (!familyFiles.has(folder)) {
      problems.push({ file: `${label}/codes/${folder}/`, field: 'folder', message: `has no family file: add ${label}/families/${folder}.md` });
    }
  }
  for (const f of files.filter((x) => x.kind === 'family')) {
    if (!FAMILY_SLUG.test(f.stem) || /(^|-)vs(-|$)/.test(f.stem)) {
      problems.push({ file: `${label}/${f.path}`, field: 'file name', message: 'must be a family slug such as discord-gateway.md' });
    } else if (!files.some((x) => x.kind === 'family-code' && x.family === f.stem)) {
      problems.push({ file: `${label}/${f.path}`, field: 'codes', message: `has no codes: add files under ${label}/codes/${f.stem}/` });
    }
  }

  const known: CodeKey[] = files
    .filter((f) => (f.kind === 'code' || f.kind === 'family-code') && /^\d+$/.test(f.stem))
    .map((f) => ({ code: Number(f.stem), family: f.family }));
  const exists = (key: CodeKey) => known.some((k) => sameKey(k, key));

  for (const f of checked) {
    if (f.kind !== 'code' && f.kind !== 'family-code') continue;
    const code = f.data.code as number;
    if (!/^\d+$/.test(f.stem)) {
      problems.push({ file: f.file, field: 'file name', message: 'must be the code number, e.g. 1006.md' });
    } else if (String(code) !== f.stem) {
      problems.push({ file: f.file, field: 'code', message: `file ${f.stem}.md says code ${code}` });
    }
    if (f.family) {
      const ranges = families.get(f.family);
      if (ranges && !ranges.some((r) => code >= r.from && code <= r.to)) {
        const list = ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(', ');
        problems.push({ file: f.file, field: 'code', message: `${code} is outside the ranges of family ${f.family} (${list})` });
      }
    }
    (f.data.related as { code: number; family?: string }[]).forEach((r, i) => {
      const key = { code: r.code, family: r.family };
      if (!exists(key)) {
        problems.push({
          file: f.file,
          field: `related[${i}].code`,
          message: `names code ${keySlug(key)}, which has no file of its own`,
        });
      }
    });
  }

  for (const f of files.filter((x) => x.kind === 'note')) {
    const file = `${label}/${f.path}`;
    const parsed = parsePairSlug(f.stem);
    if (!parsed) {
      problems.push({ file, field: 'file name', message: 'must name a pair as <a>-vs-<b>.md, e.g. 1005-vs-1006.md or 4004-discord-gateway-vs-4004-graphql-ws.md' });
      continue;
    }
    const { first, second } = parsed;
    if (sameKey(first, second)) {
      problems.push({ file, field: 'file name', message: `compares ${keySlug(first)} with itself: a note needs two different codes` });
      continue;
    }
    if (compareKeys(first, second) > 0) {
      const { a, b } = canonicalPair(first, second);
      problems.push({ file, field: 'file name', message: `must put the lower code first: ${keySlug(a)}-vs-${keySlug(b)}.md` });
      continue;
    }
    const missing = [first, second].filter((k) => !exists(k)).map(keySlug);
    if (missing.length > 0) {
      problems.push({ file, field: 'file name', message: `names code ${missing.join(' and ')}, which has no file of its own` });
    }
  }
  return problems;
}

export class ContentError extends Error {
  constructor(problems: readonly Problem[]) {
    const files = new Set(problems.map((p) => p.file)).size;
    super(
      `Content has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}:\n${formatProblems(problems)}`,
    );
    this.name = 'ContentError';
  }
}
