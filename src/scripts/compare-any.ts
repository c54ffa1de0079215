/**
 * The page that compares any two codes: reads ?a=…&b=…, loads /codes.json and renders the pair with
 * the same facts and key differences a static comparison page has. A pair that has a static page is
 * sent there instead. Everything from the data is written as text, never as HTML.
 */
import { keyDifferences } from '../lib/differences';
import { factRows } from '../lib/facts';
import { canonicalPair, codePath, comparePath, keySlug, parseKeySlug, type CodeKey } from '../lib/pairs';
import { hasStaticComparison } from '../lib/static-pairs';
import { REQUIRED_SECTIONS, type ReconnectAdvice, type Sender } from '../lib/vocabulary';

interface DataCode {
  code: number;
  name: string;
  summary: string;
  family?: string;
  familyName?: string;
  definedIn: { document: string; section: string; url: string };
  allowedInCloseFrame: boolean;
  sentBy: Sender;
  sendWhen: string;
  reconnect: ReconnectAdvice;
  related: { code: number; family?: string }[];
  sources: unknown[];
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

const keyOf = (c: DataCode): CodeKey => ({ code: c.code, family: c.family });
const short = (c: DataCode, sameFamily: boolean) => (c.familyName && !sameFamily ? `${c.familyName} ${c.code}` : String(c.code));
const sectionId = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function factsTable(l: DataCode, r: DataCode, sameFamily: boolean): HTMLElement {
  const facts = (c: DataCode) => factRows({ ...c, family: c.family ? { slug: c.family, name: c.familyName ?? c.family } : undefined }, true);
  const [lf, rf] = [facts(l), facts(r)];
  const table = el('table', undefined, { class: 'wrap-table' });
  const head = table.createTHead().insertRow();
  head.append(el('td'), el('th', short(l, sameFamily), { scope: 'col' }), el('th', short(r, sameFamily), { scope: 'col' }));
  const body = table.createTBody();
  lf.forEach((row, i) => {
    const tr = body.insertRow();
    const other = rf[i]!;
    if (i > 0 && row.value !== other.value) tr.className = 'differs';
    tr.append(el('th', row.label, { scope: 'row' }));
    for (const cell of [row, other]) {
      const td = tr.insertCell();
      if (cell.href) td.append(el('a', cell.value, { href: cell.href }));
      else td.textContent = cell.value;
    }
  });
  const wrap = el('div', undefined, { class: 'table-scroll' });
  wrap.append(table);
  return wrap;
}

function section(id: string, heading: string, ...content: Node[]): HTMLElement {
  const s = el('section', undefined, { 'aria-labelledby': id });
  s.append(el('h2', heading, { id }), ...content);
  return s;
}

function list(items: (Node | string)[][]): HTMLUListElement {
  const ul = el('ul');
  for (const parts of items) {
    const li = el('li');
    li.append(...parts);
    ul.append(li);
  }
  return ul;
}

export async function renderComparison(root: HTMLElement, notes: ReadonlySet<string>): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const a = parseKeySlug(params.get('a') ?? '');
  const b = parseKeySlug(params.get('b') ?? '');
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  if (!a || !b || keySlug(a) === keySlug(b)) {
    status.textContent = 'Name two different codes to compare, for example ?a=1008&b=4003-discord-gateway.';
    return;
  }
  const response = await fetch('/codes.json');
  if (!response.ok) throw new Error(`codes.json: ${response.status}`);
  const data = (await response.json()) as { codes: DataCode[]; familyCodes: DataCode[] };
  const all = [...data.codes, ...data.familyCodes];
  const find = (k: CodeKey) => all.find((c) => keySlug(keyOf(c)) === keySlug(k));
  const missing = [a, b].filter((k) => !find(k)).map(keySlug);
  if (missing.length > 0) {
    status.textContent = `No page documents ${missing.join(' or ')}. Check the numbers, or look them up in the table of all codes.`;
    return;
  }
  const info = (k: CodeKey) => ({ key: k, related: find(k)!.related.map((r) => keySlug({ code: r.code, family: r.family })) });
  if (hasStaticComparison(info(a), info(b), notes)) {
    window.location.replace(comparePath(a, b));
    return;
  }
  const pair = canonicalPair(a, b);
  const [L, R] = [find(pair.a)!, find(pair.b)!];
  const sameFamily = !!L.family && L.family === R.family;
  const title = `${short(L, sameFamily)} vs ${short(R, sameFamily)}: ${L.name} vs ${R.name}`;
  document.title = `${title} | WebSocket Close Codes`;
  root.querySelector('h1')!.textContent = title;
  status.textContent = '';

  const link = (c: DataCode, text: string, hash = '') => el('a', text, { href: `${codePath(keyOf(c))}${hash}` });
  const summaries = el('div', undefined, { class: 'summaries' });
  for (const c of [L, R]) {
    const p = el('p');
    const strong = el('strong', short(c, sameFamily));
    const a = link(c, '');
    a.append(strong);
    p.append(a, `: ${c.summary}`);
    summaries.append(p);
  }
  const differences = keyDifferences(
    { ...L, family: L.family ? { slug: L.family, name: L.familyName ?? L.family } : undefined },
    { ...R, family: R.family ? { slug: R.family, name: R.familyName ?? R.family } : undefined },
  );
  const out = root.querySelector<HTMLElement>('[data-result]')!;
  out.replaceChildren(
    summaries,
    section('side-by-side', 'Side by Side', el('p', 'Rows where the two codes differ are highlighted.', { class: 'legend' }), factsTable(L, R, sameFamily)),
    section('differences', 'Key Differences', list(differences.map((d) => [document.createTextNode(d)]))),
    ...REQUIRED_SECTIONS.map((heading) =>
      section(
        sectionId(heading),
        heading,
        list([L, R].map((c) => [link(c, `${heading}: ${short(c, sameFamily)} ${c.name}`, `#${sectionId(heading)}`)])),
      ),
    ),
    section(
      'which',
      'When to Use Which',
      list([L, R].map((c) => [el('strong', `${short(c, sameFamily)} ${c.name}`), `${c.allowedInCloseFrame ? ': ' : ' (never sent, only reported): '}${c.sendWhen}`])),
    ),
    section(
      'learn-more',
      'Learn More',
      list([L, R].map((c) => [link(c, `${short(c, sameFamily)} ${c.name}`), `: the full page, with its ${c.sources.length} sources.`])),
    ),
  );
}
