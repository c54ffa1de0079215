/**
 * The documented codes as the build published them in /codes.json, so steps that run after the
 * pages (search index, host files) work from exactly what the site serves.
 */
import { readFile } from 'node:fs/promises';

export async function publishedCodes(dir: URL): Promise<number[]> {
  const data = JSON.parse(await readFile(new URL('codes.json', dir), 'utf8')) as { codes: { code: number }[] };
  return data.codes.map((c) => c.code);
}
