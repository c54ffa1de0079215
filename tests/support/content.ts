/** Reads the real content files the way the build does, for tests that need expected values. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export interface CodeFile {
  file: string;
  code: number;
  name: string;
  summary: string;
  constants: { identifier: string }[];
  related: { code: number; difference: string }[];
  sources: { title: string; url: string }[];
  body: string;
}

const root = new URL('../../content/', import.meta.url);

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter block');
  return { data: load(match[1]!), body: match[2]! };
}

export function contentFiles(folder: 'codes' | 'comparisons'): string[] {
  return readdirSync(new URL(`${folder}/`, root))
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
}

export function readCodeFiles(): CodeFile[] {
  return contentFiles('codes').map((file) => {
    const { data, body } = splitFrontmatter(readFileSync(new URL(`codes/${file}`, root), 'utf8'));
    const d = data as Omit<CodeFile, 'file' | 'body'>;
    return { ...d, constants: d.constants ?? [], related: d.related ?? [], file, body };
  });
}
