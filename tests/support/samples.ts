/**
 * Finds every fenced code block in the content with mdast and reads the marking in its info string
 * (content/README.md, "Runnable samples"): how the tests run the block, against which scenario, and
 * which close code it must end with.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Code, Heading, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { isScenario } from './sample-scenarios';

export const RUNS = ['browser', 'node', 'python-syntax', 'go-syntax', 'none'] as const;
export type Run = (typeof RUNS)[number];

export const KEYS = ['run', 'scenario', 'expect', 'reconnect', 'call', 'prints', 'reason'] as const;
type Key = (typeof KEYS)[number];

/** Languages whose blocks must be marked, and the runs each may use. */
const LANGUAGES: Record<string, Run[]> = {
  js: ['browser', 'node', 'none'],
  javascript: ['browser', 'node', 'none'],
  mjs: ['node', 'none'],
  ts: ['none'],
  typescript: ['none'],
  python: ['python-syntax', 'none'],
  py: ['python-syntax', 'none'],
  go: ['go-syntax', 'none'],
  golang: ['go-syntax', 'none'],
};

/**
 * What the test checks after the close: the sample reconnects (yes), stays closed (no), gives up
 * after this many reconnects (a number), or reconnects at least three times, waiting longer each time (backoff).
 */
export type Reconnect = 'yes' | 'no' | 'backoff' | number;

export interface Case {
  scenario: string;
  expect: number;
  reconnect?: Reconnect;
}

export interface Marking {
  run: Run;
  cases: Case[];
  call?: string | undefined;
  prints?: string | undefined;
  reason?: string | undefined;
}

export interface Sample {
  /** `1006.md#2`: file name and the block's position among the file's code blocks, from 1. */
  id: string;
  file: string;
  index: number;
  line: number;
  lang: string;
  meta: string;
  heading: string;
  code: string;
  marking?: Marking | undefined;
  problems: string[];
}

/** Splits `key=value key="value with spaces"` into pairs; anything else is a problem. */
export function parseInfo(meta: string): { fields: Partial<Record<Key, string>>; problems: string[] } {
  const fields: Partial<Record<Key, string>> = {};
  const problems: string[] = [];
  const token = /\s*([a-z]+)=(?:"([^"]*)"|([^\s"]+))/y;
  let at = 0;
  const text = meta.trimEnd();
  while (at < text.length) {
    token.lastIndex = at;
    const m = token.exec(text);
    if (!m) {
      problems.push(`cannot read "${text.slice(at).trim()}": write key=value or key="value"`);
      break;
    }
    const key = m[1]! as Key;
    if (!(KEYS as readonly string[]).includes(key)) problems.push(`unknown key "${key}" (keys: ${KEYS.join(', ')})`);
    else if (key in fields) problems.push(`"${key}" given twice`);
    else fields[key] = m[2] ?? m[3]!;
    at = token.lastIndex;
  }
  return { fields, problems };
}

/** Checks a block's info string against its language and returns the marking, or the problems. */
export function readMarking(lang: string, meta: string): { marking?: Marking; problems: string[] } {
  const { fields, problems } = parseInfo(meta);
  if (problems.length) return { problems };
  const allowed = LANGUAGES[lang.toLowerCase()];
  if (!allowed) {
    return meta.trim() ? { problems: [`"${lang}" blocks are not run; remove the marking`] } : { problems: [] };
  }
  const run = fields.run as Run | undefined;
  if (!run) return { problems: [`unmarked ${lang} block: add run=${allowed.join('|')}`] };
  if (!allowed.includes(run)) return { problems: [`run=${run} does not fit a ${lang} block (${allowed.join(', ')})`] };

  const runs = run === 'browser' || run === 'node';
  const only = (keys: Key[]) => {
    for (const k of KEYS) if (k !== 'run' && !keys.includes(k) && fields[k] !== undefined) problems.push(`"${k}" means nothing with run=${run}`);
  };
  if (run === 'none') {
    only(['reason']);
    if (!fields.reason?.trim()) problems.push('run=none needs reason="why this block cannot run"');
    return problems.length ? { problems } : { marking: { run, cases: [], reason: fields.reason! }, problems };
  }
  if (!runs) {
    only([]);
    return problems.length ? { problems } : { marking: { run, cases: [] }, problems };
  }

  only(['scenario', 'expect', 'reconnect', 'call', 'prints']);
  const scenarios = fields.scenario?.split(',') ?? [];
  const expects = fields.expect?.split(',') ?? [];
  const reconnects = fields.reconnect?.split(',');
  if (!scenarios.length) problems.push(`run=${run} needs scenario=`);
  if (!expects.length) problems.push(`run=${run} needs expect=`);
  if (expects.length !== scenarios.length) problems.push('expect= needs one close code per scenario');
  if (reconnects && reconnects.length !== scenarios.length) problems.push('reconnect= needs one value per scenario');
  const cases: Case[] = [];
  scenarios.forEach((scenario, i) => {
    const check = isScenario(scenario, run);
    if (check !== true) problems.push(check);
    const expect = Number(expects[i]);
    if (!/^\d{4}$/.test(expects[i] ?? '') || expect < 1000 || expect > 4999) {
      problems.push(`expect="${expects[i] ?? ''}" is not a close code`);
    }
    const c: Case = { scenario, expect };
    const r = reconnects?.[i];
    if (r !== undefined) {
      if (r === 'yes' || r === 'no' || r === 'backoff') c.reconnect = r;
      else if (/^\d+$/.test(r)) c.reconnect = Number(r);
      else problems.push(`reconnect="${r}" is not yes, no, backoff or a number`);
      if (run !== 'browser') problems.push('reconnect= is only checked with run=browser');
    }
    cases.push(c);
  });
  if (problems.length) return { problems };
  return { marking: { run, cases, call: fields.call, prints: fields.prints }, problems };
}

const root = new URL('../../content/', import.meta.url);

function headingText(node: Heading): string {
  const text = (n: RootContent): string => ('value' in n ? String(n.value) : 'children' in n ? n.children.map(text).join('') : '');
  return node.children.map(text).join('');
}

/** Every .md and .mdx file under content/ (but its README), as paths relative to content/, sorted. */
function contentFiles(dir = ''): string[] {
  return readdirSync(new URL(dir || '.', root), { withFileTypes: true })
    .flatMap((e) => {
      const path = `${dir}${e.name}`;
      if (e.isDirectory()) return contentFiles(`${path}/`);
      return /\.mdx?$/.test(e.name) && path !== 'README.md' ? [path] : [];
    })
    .sort();
}

/** Every code block of every content file (codes, family codes, families, comparisons), in file order. */
export function readSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const file of contentFiles()) {
    const name = file.replace(/^codes\//, '');
    const source = readFileSync(new URL(file, root), 'utf8');
    // The frontmatter is YAML, not Markdown: blank it out, keeping line numbers.
    const text = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/, (fm) => fm.replace(/[^\n]/g, ''));
    const tree: Root = name.endsWith('.mdx')
      ? fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
      : fromMarkdown(text);
    let heading = '';
    let index = 0;
    const visit = (node: Root | RootContent) => {
      if (node.type === 'heading') heading = headingText(node);
      if (node.type === 'code') {
        const code = node as Code;
        index += 1;
        const lang = code.lang ?? '';
        const meta = code.meta ?? '';
        const { marking, problems } = readMarking(lang, meta);
        samples.push({
          id: `${name}#${index}`,
          file,
          index,
          line: code.position?.start.line ?? 0,
          lang,
          meta,
          heading,
          code: code.value,
          marking,
          problems,
        });
      }
      if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    };
    visit(tree);
  }
  return samples;
}
