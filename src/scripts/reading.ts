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

addCopyButtons(document);
window.addEventListener('beforeprint', openForPrint);
