/**
 * Reading comforts that need a script: a copy button on every code block (the Clipboard API, from
 * this module, within the page's script policy) and printing with collapsed lists opened.
 */
function addCopyButtons(root: ParentNode): void {
  for (const block of root.querySelectorAll<HTMLElement>('.code-block')) {
    const bar = block.querySelector('.code-bar');
    const code = block.querySelector('pre code');
    if (!bar || !code || bar.querySelector('button') || !navigator.clipboard) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy';
    const label = bar.textContent?.trim() ?? 'code';
    button.setAttribute('aria-label', `Copy ${label} code`);
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => (button.textContent = 'Copied'),
        () => (button.textContent = 'Copy failed'),
      );
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
    bar.append(button);
  }
}

function openForPrint(): void {
  const closed = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const d of closed) d.open = true;
  window.addEventListener('afterprint', () => closed.forEach((d) => (d.open = false)), { once: true });
}

/** A link to each section heading, for sharing a place in the page. */
function addHeadingLinks(): void {
  for (const h of document.querySelectorAll<HTMLElement>('.prose :is(h2, h3)[id]')) {
    const a = document.createElement('a');
    a.className = 'anchor';
    a.href = `#${h.id}`;
    a.textContent = '#';
    a.setAttribute('aria-hidden', 'true');
    a.tabIndex = -1;
    h.append(a);
  }
}

addCopyButtons(document);
addHeadingLinks();
window.addEventListener('beforeprint', openForPrint);

export {};
