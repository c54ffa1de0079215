/**
 * Each way a content file can be wrong fails the real content sync with one message naming the
 * file and the field. Every case is a fixture tree under tests/fixtures/content/.
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
    ['sent-on-the-wire', /allowedInCloseFrame: must be false: RFC 6455 §7.4.1 forbids putting 1006/, 'sent-on-the-wire/codes/1006.md'],
    ['wrong-code', /codes\/1000\.md: code: file 1000\.md says code 1001/, 'wrong-code/codes/1000.md'],
    ['repeated-code', /codes\/1000\.mdx: code: repeats code 1000/, 'repeated-code/codes/1000.mdx'],
    ['unknown-related', /codes\/1000\.md: related\[0\]\.code: names code 1003, which has no file/, 'unknown-related/codes/1000.md'],
    ['missing-section', /codes\/1000\.md: body section "## How to Fix": is missing/, 'missing-section/codes/1000.md'],
    [
      'note-for-missing-pair',
      /comparisons\/1000-vs-1010\.md: file name: names code 1010, which has no file/,
      'note-for-missing-pair/comparisons/1000-vs-1010.md',
    ],
  ])('fails on %s, naming the file and the field', async (fixture, message, file) => {
    const { ok, output } = await sync(fixture);
    expect(ok).toBe(false);
    expect(output).toMatch(message);
    expect(output).toContain(file);
  });
});
