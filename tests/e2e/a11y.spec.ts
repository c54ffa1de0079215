/**
 * axe over one page of each kind, in both colour schemes at a desktop and a phone width. Each page is
 * loaded once and checked in all four: the scheme is switched with emulateMedia and the width by resizing,
 * which the page's CSS follows as it would on load (it has no script that reads the viewport).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const widths = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
const colorSchemes = ['light', 'dark'] as const;

/** One page of each kind: home, code, comparison, range, library authors, 404, number, family code, family, family pair, any pair. */
const PAGES = ['/', '/codes/1006/', '/compare/1010-vs-1014/', '/codes/4321/', '/link/', '/404.html', '/codes/4004/', '/codes/4014/discord-gateway/', '/families/graphql-ws/', '/compare/4004-discord-gateway-vs-4004-graphql-ws/', '/compare/?a=4014-discord-gateway&b=4406-graphql-ws'];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}, light and dark, desktop and phone`, async ({ page }) => {
    // axe walks every node, four times here; the longest pages need more than the default on a busy two-core machine.
    test.setTimeout(180_000);
    await page.goto(path);
    const found: string[] = [];
    for (const { name, viewport } of widths) {
      await page.setViewportSize(viewport);
      for (const colorScheme of colorSchemes) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        found.push(...results.violations.map((v) => `${colorScheme} ${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
    }
    expect(found).toEqual([]);
  });
}
