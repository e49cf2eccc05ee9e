/**
 * The only search code every page loads: it turns the header's search link into a dialog opener,
 * and listens for Ctrl/⌘K and "/". The search itself is loaded on first use.
 */
export function installSearchShortcuts() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  let opener: HTMLElement | null = null;
  let mounted: Promise<unknown> | null = null;

  const open = () => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    mounted ??= import('./searchController').then(({ mountSearch }) => mountSearch(dialog.querySelector('[data-search-panel]')!));
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  };

  dialog.addEventListener('close', () => opener?.focus());
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (event) => {
    if (dialog.open) return;
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if (
      (event.key === 'k' && (event.metaKey || event.ctrlKey)) ||
      (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey)
    ) {
      event.preventDefault();
      open();
    }
  });
}
