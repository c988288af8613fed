/**
 * Starts Starlight's Pagefind UI (see src/plugins/search-on-demand.mjs) on the reader's first
 * move towards search rather than at idle on every page, and then at once, not at the next idle
 * period. Pointer and focus on the search
 * button give the download a head start before the click; Ctrl/⌘+K opens the dialog at once,
 * so the box may arrive while the dialog is already open, and then it gets the focus that
 * Starlight gives it on open.
 */
export function whenSearchWanted(host: HTMLElement, start: () => void): void {
  const button = host.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const dialog = host.querySelector('dialog');
  const mount = host.querySelector('#starlight__search');
  const buttonTriggers = ['pointerenter', 'focus', 'touchstart', 'click'] as const;
  let started = false;

  const onShortcut = (event: KeyboardEvent) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 'k') begin();
  };

  function begin() {
    if (started) return;
    started = true;
    for (const type of buttonTriggers) button?.removeEventListener(type, begin);
    window.removeEventListener('keydown', onShortcut, true);
    if (mount && dialog) focusBoxWhenItArrives(mount, dialog);
    start();
  }

  for (const type of buttonTriggers) button?.addEventListener(type, begin, { passive: true });
  // Capture phase: runs before Starlight's own shortcut handler opens the dialog.
  window.addEventListener('keydown', onShortcut, true);
}

function focusBoxWhenItArrives(mount: Element, dialog: HTMLDialogElement) {
  const observer = new MutationObserver(() => {
    const input = mount.querySelector('input');
    if (!input) return;
    observer.disconnect();
    // Unless the reader has already moved into another text box meanwhile.
    if (dialog.open && !(document.activeElement instanceof HTMLInputElement)) input.focus();
  });
  observer.observe(mount, { childList: true, subtree: true });
}
