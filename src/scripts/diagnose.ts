/**
 * <diagnose-tool>: loads the readers and the site's code data once the page is up, then answers
 * each form as the visitor types or pastes. Until then, and without JavaScript, the page is a document.
 */
class DiagnoseTool extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-log-status]');
    Promise.all([import('./diagnose-ui'), fetch('/diagnose/data.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error(`data.json: ${r.status}`))))])
      .then(([ui, data]) => ui.attach(this, data))
      .catch(() => {
        if (status) status.textContent = 'The reader could not load. Reload the page, or look your code up in the list of all codes.';
      });
  }
}

customElements.define('diagnose-tool', DiagnoseTool);
