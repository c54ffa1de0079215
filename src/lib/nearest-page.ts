/**
 * The page nearest an address that was not found: a comparison of the two codes it names, the code
 * (and family) it names, or the family it names.
 */
export interface Suggestion {
  href: string;
  label: string;
}

/** Pure, for tests: the best guess for `path`, given the family slugs and names the site has. */
export function nearestPage(path: string, families: ReadonlyMap<string, string>, lowest: number, highest: number): Suggestion | undefined {
  const lower = decodeURIComponent(path).toLowerCase();
  const family = [...families.keys()].sort((a, b) => b.length - a.length).find((slug) => lower.includes(slug));
  const numbers = [...lower.matchAll(/\d{1,5}/g)].map((m) => Number(m[0])).filter((n) => n >= lowest && n <= highest);
  const pair = /(\d{1,5}(?:-[a-z][a-z0-9-]*?)?)-vs-(\d{1,5}(?:-[a-z][a-z0-9-]*)?)/.exec(lower.replace(/\/+$/, ''));
  if (pair) {
    return { href: `/compare/?a=${pair[1]}&b=${pair[2]}`, label: `Compare ${pair[1]} with ${pair[2]}` };
  }
  const [code] = numbers;
  if (code !== undefined && family) {
    return { href: `/codes/${code}/${family}/`, label: `${code} in ${families.get(family)}` };
  }
  if (code !== undefined) return { href: `/codes/${code}/`, label: `Close code ${code}` };
  if (family) return { href: `/families/${family}/`, label: `${families.get(family)} close codes` };
  return undefined;
}
