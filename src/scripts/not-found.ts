/** Suggests, on the 404 page, the page nearest the address that was not found. */
import { nearestPage } from '../lib/nearest-page';

function suggest(): void {
  const box = document.querySelector<HTMLElement>('[data-nearest]');
  if (!box) return;
  const families = new Map(
    (box.dataset['families'] ?? '')
      .split('|')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  const found = nearestPage(location.pathname, families, Number(box.dataset['lowest']), Number(box.dataset['highest']));
  if (!found) return;
  const link = document.createElement('a');
  link.href = found.href;
  link.textContent = found.label;
  box.append('Did you mean ', link, '?');
  box.hidden = false;
}

suggest();
