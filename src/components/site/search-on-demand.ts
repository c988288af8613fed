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
    void whenIndexReachable(host).then(start);
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

const OFFLINE_NOTE =
  'You are offline, and the search index is not saved on this device yet. Search works offline once a page of this site has been opened with a connection and the footer says it is available offline. Search will start when the connection is back.';

/**
 * Resolves when Pagefind can load its index: at once online, or offline when the service worker
 * has it cached (src/plugins/offline.mjs). Otherwise the dialog says so plainly, instead of an
 * empty box, and search starts when the connection is back.
 */
async function whenIndexReachable(host: HTMLElement): Promise<void> {
  if (navigator.onLine || (await indexCached())) return;
  const note = document.createElement('p');
  note.className = 'search-offline-note';
  note.setAttribute('role', 'status');
  note.dataset.searchOfflineNote = '';
  host.querySelector('.dialog-frame')?.prepend(note);
  // Set after insertion, so screen readers announce it.
  requestAnimationFrame(() => {
    note.textContent = OFFLINE_NOTE;
  });
  await new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
  note.remove();
}

async function indexCached(): Promise<boolean> {
  if (!('caches' in window)) return false;
  const entry = new URL(
    `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-entry.json`,
    window.location.href,
  );
  // The precache keys carry a revision parameter.
  return Boolean(await caches.match(entry.href, { ignoreSearch: true }).catch(() => undefined));
}
