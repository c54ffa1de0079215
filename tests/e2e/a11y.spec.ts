import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const widths = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, viewport } of widths) {
  test.describe(`${colorScheme} scheme, ${name}`, () => {
    test.use({ colorScheme, viewport });
    for (const path of ['/', '/codes/1006/', '/compare/1010-vs-1014/', '/codes/4321/', '/link/', '/404.html', '/codes/4004/', '/codes/4014/discord-gateway/', '/families/graphql-ws/', '/compare/4004-discord-gateway-vs-4004-graphql-ws/', '/compare/?a=4014-discord-gateway&b=4406-graphql-ws']) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        // axe walks every node; the longest pages need more than the default on a busy two-core machine.
        test.setTimeout(90_000);
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(found).toEqual([]);
      });
    }
  });
  }
}
