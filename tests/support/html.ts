/**
 * Built pages parsed with a real HTML parser (linkedom), for checks that hold on every page and can be
 * read from the HTML without a browser. Browser specs use the same reading to pick the pages worth a
 * browser: a rule over the built site, not a list kept by hand.
 */
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST, read } from './dist';

export function parsePage(file: string): Document {
  return parseHTML(read(file)).document as unknown as Document;
}

/** /codes/1006/ → its document in dist/. */
export function pageAt(path: string): Document {
  return parsePage(join(DIST, path, path.endsWith('/') ? 'index.html' : ''));
}

/** Every documented code page, registered and family, as codes.json publishes them. */
export function codePagePaths(): string[] {
  const published = JSON.parse(read(join(DIST, 'codes.json'))) as { codes: { url: string }[]; familyCodes: { url: string }[] };
  return [...published.codes, ...published.familyCodes].map((c) => new URL(c.url).pathname);
}

/** Whether the markup alone keeps an element from being shown: a hidden ancestor, or a closed <details> it is not the summary of. */
export function hiddenByMarkup(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const details = node.parentElement;
    if (details?.tagName === 'DETAILS' && !details.hasAttribute('open') && node.tagName !== 'SUMMARY') return true;
  }
  return false;
}

/**
 * How much a visitor reads in <main> before `target`: the characters of text shown ahead of it in
 * document order, leaving out text the markup hides (see hiddenByMarkup).
 */
export function textBefore(doc: Document, target: Element): number {
  const main = doc.querySelector('main');
  if (!main) return 0;
  let chars = 0;
  const walker = doc.createTreeWalker(main, 0x1 | 0x4);
  for (let node = walker.nextNode(); node && node !== target; node = walker.nextNode()) {
    if (node.nodeType === 3 && node.parentElement && !hiddenByMarkup(node.parentElement)) chars += (node.textContent ?? '').trim().length;
  }
  return chars;
}
