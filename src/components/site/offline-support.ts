import { Workbox } from 'workbox-window';

/**
 * Registers the service worker (src/plugins/offline.mjs) and tells the reader what it means:
 * - a line in the footer, "Saved for offline reading", once the whole site is cached (a worker
 *   is active only after it has precached every file of its build);
 * - a small notice when a newer build has been downloaded and waits: "Reload" lets it take
 *   over (the page reloads once it controls the page), so pages and scripts always come from
 *   one build. A page whose worker was replaced from another tab gets the same notice.
 * Registration failures (private modes, a blocked worker) leave the site as it was, online only.
 */
export function startOfflineSupport(): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  let reloadAsked = false;

  const offerReload = () => {
    showUpdateNotice(() => {
      reloadAsked = true;
      workbox.messageSkipWaiting();
    });
  };
  workbox.addEventListener('waiting', offerReload);
  workbox.addEventListener('controlling', (event) => {
    if (reloadAsked) window.location.reload();
    else if (event.isExternal) showUpdateNotice(() => window.location.reload());
  });

  workbox
    .register()
    .then((registration) => {
      if (!registration) return;
      return navigator.serviceWorker.ready.then(showSavedOffline);
    })
    .catch((error: unknown) => console.warn('Offline reading is not available here:', error));
}

function showSavedOffline(): void {
  const line = document.querySelector<HTMLElement>('[data-offline-status]');
  if (line) line.textContent = 'Available offline: the whole site is saved on this device.';
}

function showUpdateNotice(reload: () => void): void {
  if (document.querySelector('[data-update-notice]')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.dataset.updateNotice = '';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'These notes have been updated.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    reload();
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Later';
  later.addEventListener('click', () => notice.remove());
  notice.append(text, button, later);
  document.body.append(notice);
}
