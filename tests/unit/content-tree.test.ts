/**
 * The content checker against broken and hostile trees: every problem is named by file and field
 * (and body line), every problem in every file comes out of one run, and nothing is passed over.
 * Each case copies the valid fixture tree into a temporary folder and breaks it one way.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentTree } from '../../src/loaders/content-tree';
import { formatProblems } from '../../src/lib/validate';

const valid = fileURLToPath(new URL('../fixtures/content/valid/', import.meta.url));
const made: string[] = [];

/** A copy of the valid tree, changed by `edit`; returns the formatted problems. */
function check(edit: (write: (path: string, text: string) => void, read: (path: string) => string, root: string) => void): string {
  const project = mkdtempSync(join(tmpdir(), 'content-tree-'));
  made.push(project);
  const root = join(project, 'content');
  cpSync(valid, root, { recursive: true });
  mkdirSync(join(project, 'src/components'), { recursive: true });
  writeFileSync(join(project, 'src/components/Callout.astro'), '<aside><slot /></aside>\n');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  edit(write, read, root);
  return formatProblems(checkContentTree(root, 'content', project).problems);
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const code1000 = readFileSync(join(valid, 'codes/1000.md'), 'utf8');
const withBody = (body: string) => code1000.replace(/\n---\n[\s\S]*$/, `\n---\n${body}`);
const sections = (fix: string) =>
  `\n## Description\n\nFixture description text.\n\n## When You See It\n\nFixture situations.\n\n## How to Fix\n\n${fix}\n`;
const swap = (field: RegExp, value: string) => code1000.replace(field, value);

describe('the valid fixture tree', () => {
  it('passes, with setext headings, long fences, an MDX file and a family', () => {
    expect(check(() => {})).toBe('');
  });
});

describe('raw HTML and links', () => {
  it.each([
    ['<script>alert(1)</script>', /body line \d+: raw HTML "<script>" is not allowed/],
    ['<img src=x onerror="alert(1)">', /raw HTML "<img src=x onerror=\\"alert\(1\)\\">" is not allowed/],
    ['Text <span style="color:red">red</span>.', /raw HTML "<span style=\\"color:red\\">" is not allowed/],
    ['<!-- a hidden remark -->', /an HTML comment is not allowed/],
    ['<details><summary>More</summary>Hidden</details>', /raw HTML "<details>" is not allowed/],
    ['Press <kbd onclick="x()">K</kbd>.', /attribute "onclick" on <kbd> is not allowed/],
  ])('refuses %s in a code page, naming the line', (html, message) => {
    expect(check((write) => write('codes/1000.md', withBody(sections(html))))).toMatch(message);
  });

  it('allows the documented harmless inline elements', () => {
    const body = sections('Press <kbd>Ctrl</kbd>+<kbd>K</kbd>; H<sub>2</sub>O; x<sup>2</sup>; <abbr title="Request for Comments">RFC</abbr>.');
    expect(check((write) => write('codes/1000.md', withBody(body)))).toBe('');
  });

  it.each([
    ['[x](javascript:alert(1))', 'javascript:alert(1)'],
    ['[x](http://example.org/)', 'http://example.org/'],
    ['[x](//evil.example/)', '//evil.example/'],
    ['[x](/\\evil.example/)', '/\\evil.example/'],
    ['[x](mailto:a@example.org)', 'mailto:a@example.org'],
    ['![x](data:image/png;base64,AAAA)', 'data:image/png;base64,AAAA'],
    ['[x][ref]\n\n[ref]: vbscript:msgbox', 'vbscript:msgbox'],
    ['see www.example.org today', 'http://www.example.org'],
  ])('refuses the link %s', (markdown, url) => {
    expect(check((write) => write('codes/1000.md', withBody(sections(markdown))))).toContain(`link ${JSON.stringify(url)}`);
  });

  it('allows https links, site paths and fragments', () => {
    const body = sections('[a](https://example.org/) [b](/codes/1006/) [c](#how-to-fix) <https://example.org/x>');
    expect(check((write) => write('codes/1000.md', withBody(body)))).toBe('');
  });

  it('refuses raw HTML in a comparison note, naming the file and line', () => {
    const out = check((write) => write('comparisons/1000-vs-1006.md', '---\nsources: []\n---\n\nA note.\n\n<iframe src="https://example.org"></iframe>\n'));
    expect(out).toMatch(/^content\/comparisons\/1000-vs-1006\.md: body line 7: raw HTML "<iframe/m);
  });
});

describe('MDX', () => {
  const mdx = (extra: string) =>
    withBody(`import Callout from '../../src/components/Callout.astro';\n\n${extra}\n${sections('<Callout>Text</Callout>')}`);

  it('may import components from src/components/', () => {
    expect(check((write) => write('codes/1001.mdx', mdx('').replace('code: 1000', 'code: 1001')))).toBe('');
  });

  it.each([
    ['export const answer = 42;', /export(named)? statements are not allowed in MDX/],
    ["import { readFileSync } from 'node:fs';", /import from "node:fs" is not allowed: MDX may import only from src\/components\//],
    ["import Evil from '../../../outside.js';", /import from "\.\.\/\.\.\/\.\.\/outside\.js" is not allowed/],
    ['{globalThis.process.exit(1)}', /expressions in braces are not allowed in MDX/],
    ['<Callout title={1 + 1}>x</Callout>', /attribute expressions are not allowed on <Callout>/],
    ['<Callout {...props}>x</Callout>', /attribute expressions are not allowed on <Callout>/],
    ['<Missing />', /component <Missing> is not imported from src\/components\//],
    ['<div>raw</div>', /raw HTML <div> is not allowed/],
  ])('refuses %s', (extra, message) => {
    expect(check((write) => write('codes/1001.mdx', mdx(extra).replace('code: 1000', 'code: 1001')))).toMatch(message);
  });
});

describe('nothing is skipped silently', () => {
  it.each([
    ['codes/1002.markdown', /content\/codes\/1002\.markdown: file: has the extension \.markdown: rename it to \.md/],
    ['codes/1002.MD', /content\/codes\/1002\.MD: file: has an upper-case extension/],
    ['codes/1002.txt', /content\/codes\/1002\.txt: file: is not a content file/],
    ['codes/.1000.md.swp', /content\/codes\/\.1000\.md\.swp: file: is an editor or system leftover/],
    ['codes/1000.md~', /content\/codes\/1000\.md~: file: is an editor or system leftover/],
    ['.DS_Store', /content\/\.DS_Store: file: is an editor or system leftover/],
    ['notes.md', /content\/notes\.md: file: is not a content file|content\/notes\.md: file: .*codes\//],
    ['drafts/1002.md', /content\/drafts\/: folder: is not a content folder/],
    ['comparisons/old/1000-vs-1006.md', /content\/comparisons\/old\/: folder: is a stray folder/],
    ['codes/example-chat/drafts/4002.md', /content\/codes\/example-chat\/drafts\/: folder: is a stray folder/],
  ])('reports %s', (path, message) => {
    expect(check((write) => write(path, code1000))).toMatch(message);
  });

  it('keeps content/README.md aside', () => {
    expect(check((write) => write('README.md', '# Notes for authors\n'))).toBe('');
  });

  it('reports a symbolic link', () => {
    expect(check((_w, _r, root) => symlinkSync('/etc/hostname', join(root, 'codes/1002.md')))).toMatch(
      /content\/codes\/1002\.md: file: is a symbolic link/,
    );
  });
});

describe('structure, read as it renders', () => {
  it('finds a missing section and one that renders empty', () => {
    const body = '\n## Description\n\nText.\n\n## When You See It\n\n### Only a sub-heading\n\n## How to Fix\n\n````md\n## Not a heading\n````\n';
    expect(check((write) => write('codes/1000.md', withBody(body)))).toBe(
      'content/codes/1000.md: body section "## When You See It": is empty',
    );
    const missing = '\n## Description\n\nText.\n\n## When You See It\n\nText.\n\n````md\n## How to Fix\n````\n';
    expect(check((write) => write('codes/1000.md', withBody(missing)))).toBe(
      'content/codes/1000.md: body section "## How to Fix": is missing',
    );
  });

  it('does not count a heading inside a tilde fence', () => {
    const body = '\n## Description\n\nText.\n\n~~~\n## When You See It\n~~~\n\n## How to Fix\n\nText.\n';
    expect(check((write) => write('codes/1000.md', withBody(body)))).toBe(
      'content/codes/1000.md: body section "## When You See It": is missing',
    );
  });

  it('reports an empty file and a file without frontmatter in one message each', () => {
    const out = check((write) => {
      write('codes/1002.md', '');
      write('codes/1003.md', '## Description\n\nNo frontmatter here.\n');
    });
    expect(out).toBe(
      'content/codes/1002.md: file: is empty: a content file needs a frontmatter block (--- … ---) and a body\n' +
        'content/codes/1003.md: file: has no frontmatter block: start the file with --- on its own line, the fields, then ---',
    );
  });

  it('reports broken YAML with its line', () => {
    expect(check((write) => write('codes/1000.md', code1000.replace('sentBy: either', 'sentBy: [either')))).toMatch(
      /content\/codes\/1000\.md: frontmatter line \d+: is not valid YAML/,
    );
  });

  it('reports every problem in every file in one run', () => {
    const out = check((write) => {
      write('codes/1000.md', swap(/summary: .*/, 'summary: "Short."').replace('## How to Fix', '## Fix'));
      write('codes/1006.md', readFileSync(join(valid, 'codes/1006.md'), 'utf8').replace(/reconnect: .*/, 'reconnect: sometimes'));
      write('comparisons/1000-vs-1006.md', '---\n---\n\n');
    });
    expect(out.split('\n')).toEqual([
      'content/codes/1000.md: summary: must be a full sentence (20 characters or more)',
      'content/codes/1000.md: body section "## How to Fix": is missing',
      expect.stringMatching(/^content\/codes\/1006\.md: reconnect: /),
      'content/comparisons/1000-vs-1006.md: body: is empty: write the note or delete the file',
    ]);
  });
});

describe('rules across files', () => {
  it('reports a code given by two files, a file naming another code and an unknown related code', () => {
    const out = check((write) => {
      write('codes/1000.mdx', code1000);
      write('codes/1002.md', code1000);
      write('codes/1006.md', readFileSync(join(valid, 'codes/1006.md'), 'utf8').replace('code: 1000, difference', 'code: 1003, difference'));
    });
    expect(out).toContain('content/codes/1000.mdx: file: repeats 1000, already in content/codes/1000.md');
    expect(out).toContain('content/codes/1002.md: code: file 1002.md says code 1000');
    expect(out).toContain('content/codes/1006.md: related[0].code: names code 1003, which has no file of its own');
  });

  it('refuses to let 1006 travel in a Close frame', () => {
    const out = check((write, read) => write('codes/1006.md', read('codes/1006.md').replace(/allowedInCloseFrame: .*/, 'allowedInCloseFrame: true')));
    expect(out).toContain('content/codes/1006.md: allowedInCloseFrame: must be false: RFC 6455 §7.4.1 forbids putting 1006 in a Close frame');
  });

  it('reports a note for a code without a file', () => {
    expect(check((write) => write('comparisons/1000-vs-1010.md', '---\n---\n\nA note.\n'))).toContain(
      'content/comparisons/1000-vs-1010.md: file name: names code 1010, which has no file of its own',
    );
  });
});

describe('clean strings', () => {
  it.each([
    [/name: .*/, 'name: " Normal Closure"', 'name: must not start or end with spaces'],
    [/name: .*/, 'name: ""', 'name: must be at least 2 characters'],
    [/summary: .*/, 'summary: "A fixture code that says one thing\u202Egnihtrehtona and exists only for tests."', 'summary: contains an invisible or direction-changing character (U+202E)'],
    [/name: .*/, 'name: "Normal\u200BClosure"', 'name: contains an invisible or direction-changing character (U+200B)'],
    [/summary: .*/, `summary: "${'A long sentence. '.repeat(11)}"`, 'summary: must be at most 160 characters'],
  ])('rejects %s', (field, value, message) => {
    expect(check((write) => write('codes/1000.md', swap(field, value)))).toContain(`content/codes/1000.md: ${message}`);
  });

  it('rejects invisible characters in constants and error texts', () => {
    const out = check((write) =>
      write(
        'codes/1000.md',
        code1000
          .replace('constants: []', 'constants:\n  - library: "ws"\n    language: "JS"\n    identifier: "CLOSE\u2066_NORMAL"\n    source: https://github.com/websockets/ws/blob/8.18.3/lib/constants.js')
          .replace('errorTexts: []', 'errorTexts:\n  - text: "closed\u200D normally"\n    library: "ws"\n    source: https://github.com/websockets/ws/blob/8.18.3/lib/websocket.js'),
      ),
    );
    expect(out).toContain('constants[0].identifier: contains an invisible or direction-changing character (U+2066)');
    expect(out).toContain('errorTexts[0].text: contains an invisible or direction-changing character (U+200D)');
  });

  it('rejects a comparison note of a code with itself, and one in the wrong order', () => {
    const out = check((write) => {
      write('comparisons/1000-vs-1000.md', '---\n---\n\nSame code.\n');
      write('comparisons/1006-vs-1000.md', '---\n---\n\nReversed.\n');
    });
    expect(out).toContain('content/comparisons/1000-vs-1000.md: file name: compares 1000 with itself');
    expect(out).toContain('content/comparisons/1006-vs-1000.md: file name: must put the lower code first: 1000-vs-1006.md');
  });
});

describe('versions of cited code', () => {
  it('requires a version for a library cited on a moving branch', () => {
    const moving = code1000.replace(
      /sources:\n/,
      'sources:\n  - title: "ws receiver"\n    url: https://github.com/websockets/ws/blob/master/lib/receiver.js\n',
    );
    expect(check((write) => write('codes/1000.md', moving))).toContain(
      'content/codes/1000.md: sources[0].url: cites a library without a version: pin the address to a commit or tag, or add `version`',
    );
    const named = moving.replace('lib/receiver.js\n', 'lib/receiver.js\n    version: "8.18.3"\n');
    expect(check((write) => write('codes/1000.md', named))).toBe('');
  });
});

describe('families', () => {
  it('reports a code folder without a family file', () => {
    expect(check((write) => write('codes/orphan/4000.md', read4000()))).toContain(
      'content/codes/orphan/: folder: has no family file: add content/families/orphan.md',
    );
  });

  it('reports a code outside its family ranges', () => {
    expect(check((write) => write('codes/example-chat/4200.md', read4000().replace('code: 4000', 'code: 4200')))).toContain(
      'content/codes/example-chat/4200.md: code: 4200 is outside the ranges of family example-chat (4000–4099)',
    );
  });

  it('reports a family with no codes', () => {
    expect(
      check((write, read) => write('families/empty-family.md', read('families/example-chat.md'))),
    ).toContain('content/families/empty-family.md: codes: has no codes: add files under content/codes/empty-family/');
  });

  it('reports a related family code that has no file', () => {
    const out = check((write) =>
      write('codes/example-chat/4001.md', read4000().replace('code: 4000', 'code: 4001').replace('  - code: 1000\n', '  - code: 4050\n    family: example-chat\n')),
    );
    expect(out).toContain('content/codes/example-chat/4001.md: related[0].code: names code 4050-example-chat, which has no file of its own');
  });
});

function read4000(): string {
  return readFileSync(join(valid, 'codes/example-chat/4000.md'), 'utf8');
}

describe('the quick-fix block', () => {
  const withQuickFix = (section: string, body: string) =>
    withBody(body).replace('\nchecked:', `\nquickFix:\n  - cause: "A proxy timed out"\n    action: "Raise its idle timeout"\n    section: ${section}\nchecked:`);
  const fixes = sections("### 1. Raise the proxy's idle timeout\n\nSet it to an hour.\n\n### Python `websockets`\n\nText.");

  it('accepts a section that names a heading of the body, as the page will render its id', () => {
    expect(check((write) => write('codes/1000.md', withQuickFix('1-raise-the-proxys-idle-timeout', fixes)))).toBe('');
    expect(check((write) => write('codes/1000.md', withQuickFix('python-websockets', fixes)))).toBe('');
  });

  it('fails the build on an anchor no heading has, naming the file and the field', () => {
    const out = check((write) => write('codes/1000.md', withQuickFix('1-raise-the-timeout', fixes)));
    expect(out).toMatch(/content\/codes\/1000\.md/);
    expect(out).toMatch(/quickFix\[0\]\.section: names #1-raise-the-timeout, which no heading in the body has \(headings here: #1-raise-the-proxys-idle-timeout\)/);
  });

  it('refuses a section written as a fragment or a sentence', () => {
    expect(check((write) => write('codes/1000.md', withQuickFix('"#how-to-fix"', fixes)))).toMatch(/quickFix\[0\]\.section: must be the id of a heading/);
  });
});
