// Clipboard and download helpers for the share bar and the page's Markdown buttons.
//
// Text that is still being built (its code loads on first use) goes to the clipboard as a
// ClipboardItem holding a promise: the write starts inside the click, so browsers that allow
// the clipboard only during a user gesture (Safari) accept it however long the load takes.

type Pending = string | Promise<string>;

const canWriteItems = () =>
  // Older browsers lack ClipboardItem or navigator.clipboard; the DOM types say both always exist.
  typeof ClipboardItem !== 'undefined' &&
  'clipboard' in navigator &&
  'write' in navigator.clipboard &&
  window.isSecureContext;

const blob = (text: Pending, type: string) => Promise.resolve(text).then((value) => new Blob([value], { type }));

async function writeItem(parts: Record<string, Pending>): Promise<boolean> {
  if (!canWriteItems()) return false;
  try {
    const data = Object.fromEntries(Object.entries(parts).map(([type, text]) => [type, blob(text, type)]));
    await navigator.clipboard.write([new ClipboardItem(data)]);
    return true;
  } catch {
    return false;
  }
}

/** The older route: a copy command whose event we fill in ourselves. Needs a user gesture. */
function copyCommand(parts: Record<string, string>): boolean {
  const fill = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    for (const [type, text] of Object.entries(parts)) event.clipboardData.setData(type, text);
    event.preventDefault();
  };
  // execCommand('copy') needs a selection to fire; a hidden textarea gives it one.
  const area = document.createElement('textarea');
  area.value = parts['text/plain'] ?? '';
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.addEventListener('copy', fill, true);
  let copied: boolean;
  try {
    // Deprecated, but the only route left where the async Clipboard API is refused (plain http).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  document.removeEventListener('copy', fill, true);
  area.remove();
  return copied;
}

/**
 * Copy text, falling back to the copy command where the async Clipboard API is refused.
 * Rejects only if `text` itself rejects (its code failed to load).
 */
export async function copyText(text: Pending): Promise<boolean> {
  if (typeof text !== 'string' && (await writeItem({ 'text/plain': text }))) return true;
  const value = await text;
  try {
    if ('clipboard' in navigator && window.isSecureContext) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Permission refused: try the older route below.
  }
  return copyCommand({ 'text/plain': value });
}

/** Copy HTML with a plain-text fallback, so rich editors paste formatting and others the text. */
export async function copyRich(html: Pending, text: Pending): Promise<boolean> {
  if (await writeItem({ 'text/html': html, 'text/plain': text })) return true;
  const [htmlValue, textValue] = await Promise.all([html, text]);
  return copyCommand({ 'text/html': htmlValue, 'text/plain': textValue });
}

/** Save text as a file through a temporary link; the object URL is released once the click is handled. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
