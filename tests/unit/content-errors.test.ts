/**
 * Each way a content file can be wrong fails the real content sync with a message naming the file
 * and the field, and one sync reports every problem in every file. Every case is a fixture tree
 * under tests/fixtures/content/; tests/unit/content-tree.test.ts covers the rules case by case.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixtures = 'tests/fixtures/content';

async function sync(fixture: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'sync'], {
      env: { ...process.env, CONTENT_DIR: `${fixtures}/${fixture}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: e.stdout + e.stderr };
  }
}

describe('content sync', { timeout: 60_000 }, () => {
  it('accepts a valid tree', async () => {
    const { ok, output } = await sync('valid');
    expect(output).not.toMatch(/problem|does not match/);
    expect(ok).toBe(true);
  });

  it.each([
    ['bad-field', /summary: must be at most 160 characters/, 'bad-field/codes/1000.md'],
  ])('fails on %s, naming the file and the field', async (fixture, message, file) => {
    const { ok, output } = await sync(fixture);
    expect(ok).toBe(false);
    expect(output).toMatch(message);
    expect(output).toContain(file);
  });

  it('reports every problem in every file in one run', async () => {
    const { ok, output } = await sync('many-problems');
    expect(ok).toBe(false);
    expect(output).toContain('Content has 4 problems in 4 files:');
    for (const line of [
      'many-problems/codes/1000.md: summary: must be a full sentence (20 characters or more)',
      'many-problems/codes/1006.md: body section "## How to Fix": is missing',
      'many-problems/codes/example-chat/4001.markdown: file: has the extension .markdown: rename it to .md',
      'many-problems/comparisons/1000-vs-1006.md: body line 7: raw HTML "<script>" is not allowed',
    ]) {
      expect(output).toContain(line);
    }
  });
});
