/**
 * Renders what the diagnose library reads: one card per recognised log line, the fields and verdicts
 * of a frame, the bytes of an encoded Close frame. Everything from the visitor or the data is set as
 * text, never as HTML.
 */
import { readLogLine, type LogReading, type Side } from '../lib/diagnose/log-lines';
import { decodeFrame, encodeCloseFrame, HexError, parseHex, sectionUrl, toHex, type DecodedFrame, type Verdict } from '../lib/diagnose/close-frame';
import type { DiagnoseData } from '../lib/diagnose/catalogue';
import { codePath, familyPath } from '../lib/pairs';
import { isCodeNumber } from '../lib/ranges';

type Child = Node | string;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};

const SIDES: Record<Side, string> = {
  sent: 'This side: the program that printed the line sent it',
  received: 'The other side sent it; this side received it',
  reported: 'No one: no Close frame carried it; the program reports it itself',
};

function facts(rows: [string, Child | undefined][]): HTMLDListElement {
  const dl = el('dl', { class: 'read-facts' });
  for (const [label, value] of rows) if (value !== undefined && value !== '') dl.append(el('dt', {}, label), el('dd', {}, value));
  return dl;
}

function codeLink(code: number, data: DiagnoseData): Child {
  const name = data.codes.find((c) => c.code === code)?.name;
  const text = name ? `${code} ${name}` : String(code);
  return isCodeNumber(code) ? el('a', { href: codePath(code) }, text) : text;
}

function readingCard(r: LogReading, data: DiagnoseData, index: number): HTMLLIElement {
  const heading =
    r.httpStatus !== undefined
      ? `HTTP ${r.httpStatus} before the upgrade`
      : r.code !== undefined
        ? `Close code ${r.code}`
        : 'No close code in this line';
  const id = `reading-${index + 1}`;
  const families = r.families?.length
    ? el('span', {}, ...r.families.flatMap((f, i) => [i > 0 ? ', ' : '', el('a', { href: r.code !== undefined ? codePath(r.code, f.slug) : familyPath(f.slug) }, `${f.name}${r.code !== undefined ? ` ${r.code}` : ''}`)]))
    : undefined;
  return el(
    'li',
    { class: 'reading', 'aria-labelledby': id },
    el('h3', { id }, heading),
    el('code', { class: 'line' }, r.line),
    facts([
      ['Close code', r.code !== undefined ? codeLink(r.code, data) : undefined],
      ['HTTP status', r.httpStatus !== undefined ? String(r.httpStatus) : undefined],
      ['Reason', r.reason],
      ['Sent by', r.side ? SIDES[r.side] : undefined],
      ['Printed by', r.library],
      ['Documented by', families],
      ['Text from', el('a', { href: r.source.url }, r.source.title)],
    ]),
    ...(r.explanation ? [el('p', {}, r.explanation)] : []),
  );
}

function verdictList(verdicts: readonly Verdict[]): HTMLUListElement {
  return el(
    'ul',
    { class: 'verdicts' },
    ...verdicts.map((v) =>
      el('li', {}, el('span', { class: `sev sev-${v.severity}` }, v.severity), ' ', v.text, ' ', el('a', { href: sectionUrl(v.section) }, `RFC 6455 §${v.section}`)),
    ),
  );
}

function frameCard(f: DecodedFrame, data: DiagnoseData): HTMLDivElement {
  const yes = (b: boolean | undefined) => (b === undefined ? undefined : b ? 'yes' : 'no');
  const heading = f.kind === 'close-payload' ? 'Close frame body' : `${f.opcodeName} frame`;
  return el(
    'div',
    {},
    el('h3', {}, heading),
    facts([
      ['FIN', yes(f.fin)],
      ['RSV1–3', f.rsv?.map((b) => (b ? '1' : '0')).join(' ')],
      ['Opcode', f.opcode !== undefined ? `${f.opcode} (${f.opcodeName})` : undefined],
      ['Masked', yes(f.masked)],
      ['Masking key', f.maskKey ? toHex(f.maskKey) : undefined],
      ['Payload length', f.payloadLength !== undefined ? `${f.payloadLength} bytes` : `${f.payload.length} bytes`],
      ['Close code', f.code !== undefined ? codeLink(f.code, data) : undefined],
      ['Reason', f.reason !== undefined ? (f.reason === '' ? '(none)' : f.reason) : f.reasonBytes ? `not UTF-8: ${toHex(f.reasonBytes)}` : undefined],
    ]),
    el('h4', {}, 'What RFC 6455 says'),
    verdictList(f.verdicts),
  );
}

function whenTyping(form: HTMLFormElement, field: HTMLInputElement | HTMLTextAreaElement, run: () => void): void {
  let timer: number | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  });
  if (field.value) run();
}

function attachLogReader(root: HTMLElement, data: DiagnoseData): void {
  const form = root.querySelector<HTMLFormElement>('[data-log-form]')!;
  const text = form.querySelector('textarea')!;
  const status = root.querySelector<HTMLElement>('[data-log-status]')!;
  const out = root.querySelector<HTMLOListElement>('[data-log-results]')!;
  status.textContent = 'Ready: paste a line above.';
  whenTyping(form, text, () => {
    const readings = readLogLine(text.value, { messages: data.messages });
    out.replaceChildren(...readings.map((r, i) => readingCard(r, data, i)));
    status.textContent = !text.value.trim()
      ? 'Ready: paste a line above.'
      : readings.length === 0
        ? 'No line here matches a message this page knows. If the text has a close code in it, open that code’s page from the list of all codes.'
        : `${readings.length} ${readings.length === 1 ? 'line' : 'lines'} recognised.`;
  });
}

function attachFrameDecoder(root: HTMLElement, data: DiagnoseData): void {
  const form = root.querySelector<HTMLFormElement>('[data-frame-form]')!;
  const hex = form.querySelector('textarea')!;
  const out = root.querySelector<HTMLElement>('[data-frame-results]')!;
  whenTyping(form, hex, () => {
    if (!hex.value.trim()) return out.replaceChildren();
    try {
      out.replaceChildren(frameCard(decodeFrame(parseHex(hex.value), data.codes), data));
    } catch (err) {
      if (!(err instanceof HexError)) throw err;
      out.replaceChildren(el('p', { class: 'error' }, err.message));
    }
  });
}

function attachEncoder(root: HTMLElement, data: DiagnoseData): void {
  const form = root.querySelector<HTMLFormElement>('[data-encode-form]')!;
  const code = form.querySelector<HTMLInputElement>('[name=code]')!;
  const reason = form.querySelector<HTMLInputElement>('[name=reason]')!;
  const mask = form.querySelector<HTMLInputElement>('[name=mask]')!;
  const out = root.querySelector<HTMLElement>('[data-encode-results]')!;
  whenTyping(form, code, () => {
    try {
      const maskKey = mask.value.trim() ? parseHex(mask.value) : undefined;
      const number = code.value.trim() === '' ? undefined : Number(code.value);
      const frame = encodeCloseFrame(number, reason.value, data.codes, maskKey ? { maskKey } : {});
      out.replaceChildren(
        el(
          'div',
          {},
          el('h4', {}, maskKey ? 'Masked Close frame (as a client sends it)' : 'Unmasked Close frame (as a server sends it)'),
          el('output', { class: 'bytes', for: 'encode-code encode-reason encode-mask' }, toHex(frame.bytes)),
          verdictList(frame.verdicts),
        ),
      );
    } catch (err) {
      if (!(err instanceof RangeError) && !(err instanceof HexError)) throw err;
      out.replaceChildren(el('p', { class: 'error' }, err.message));
    }
  });
}

export function attach(root: HTMLElement, data: DiagnoseData): void {
  attachLogReader(root.querySelector('[data-log-reader]')!, data);
  attachFrameDecoder(root.querySelector('[data-frame-tool]')!, data);
  attachEncoder(root.querySelector('[data-frame-tool]')!, data);
}
