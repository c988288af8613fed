import { useEffect, useState } from 'preact/hooks';
import { copyRich, copyText, downloadFile } from './clipboard';
import { retryableImport } from './recovery';
import { useFieldId } from './widget-context';
import type { ShareContent, ShareSummary } from '../../lib/share/summary';

type Formats = typeof import('../../lib/share/formats');

// The format builders load on first use (or when the pointer or focus reaches the bar), so no
// island carries them before a reader shares. One promise for the whole page.
let formats: Promise<Formats> | undefined;
const importFormats = retryableImport(() => import('../../lib/share/formats'));
const loadFormats = () => {
  formats ??= importFormats();
  formats.catch(() => {
    formats = undefined; // a failed load (offline) is retried on the next press
  });
  return formats;
};

interface Props {
  /** The link to the current inputs (from useUrlState); read when a button is pressed. */
  url: string;
  /**
   * What the page shows, as one structured summary (without the link, which the bar adds).
   * Built when a button is pressed, so it always matches the results on screen. It may be a
   * promise, so a tool can load its share wording on the first copy instead of with the island.
   */
  summary: () => ShareContent | Promise<ShareContent>;
}

type Action = 'link' | 'slack' | 'markdown' | 'rich' | 'csv' | 'json';

const DONE: Record<Exclude<Action, 'link'>, string> = {
  slack: 'Copied for Slack: the results as lines, with the link.',
  markdown: 'Copied as Markdown, with tables and the link.',
  rich: 'Copied as rich text: it pastes as a table into a wiki page, document or email.',
  csv: 'CSV file downloaded',
  json: 'JSON file downloaded',
};
const LAST_VALID_STATUS = ' It holds the last valid inputs, not the field marked in red.';

/**
 * Copy link, Copy for Slack, Copy as Markdown, Copy (rich text), Download CSV and Download JSON.
 * The outcome is announced in a status region; if the browser refuses the clipboard, the text
 * is shown for copying by hand.
 */
export function ShareBar({ url, summary }: Props) {
  const id = useFieldId('share');
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  // The buttons stay disabled in the server render (no link without a browser) until hydrated.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const refused = (text: string) => {
    setManual(text);
    setStatus('The browser did not allow copying. Select the text below and copy it.');
  };

  const run = async (action: Action) => {
    // Called within the click, with the state on screen now; a failure is reported below.
    const content = Promise.resolve().then(summary);
    content.catch(() => {});
    if (action === 'link') {
      if (!(await copyText(url))) {
        refused(url);
        return;
      }
      setManual(null);
      const lastValid = await content.then((c) => c.lastValid === true).catch(() => false);
      setStatus(lastValid ? 'Link to the last valid inputs copied.' : 'Link to these inputs copied.');
      return;
    }
    const full: Promise<ShareSummary> = content.then((c) => ({ ...c, url }));
    // Start the clipboard write within the click; the builders may still be loading.
    const built = Promise.all([loadFormats(), full]);
    const text = built.then(([b, f]) =>
      action === 'slack' ? b.slackSummary(f) : action === 'markdown' ? b.markdownSummary(f) : b.plainTextSummary(f),
    );
    text.catch(() => {}); // handled below; unused for downloads
    const lastValidNote = async () => ((await full).lastValid ? LAST_VALID_STATUS : '');
    try {
      if (action === 'csv' || action === 'json') {
        const [b, f] = await built;
        const name = `${id.replace(/-share$/, '')}.${action}`;
        downloadFile(
          name,
          action === 'csv' ? b.csvSummary(f) : b.jsonSummary(f),
          action === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
        );
        setManual(null);
        setStatus(`${DONE[action]}: ${name}.${await lastValidNote()}`);
        return;
      }
      const ok =
        action === 'rich'
          ? await copyRich(
              built.then(([b, f]) => b.htmlSummary(f)),
              text,
            )
          : await copyText(text);
      if (!ok) {
        refused(await text);
        return;
      }
      setManual(null);
      setStatus(DONE[action] + (await lastValidNote()));
    } catch {
      setStatus('The copy formats could not be loaded. Check the connection and press again.');
    }
  };

  const button = (action: Action, label: string) => (
    <button type="button" class="kit-button" onClick={() => void run(action)} disabled={!ready}>
      {label}
    </button>
  );

  return (
    <div
      class="kit-share"
      onPointerEnter={() => void loadFormats().catch(() => {})}
      onFocusIn={() => void loadFormats().catch(() => {})}
    >
      <div class="kit-share__buttons">
        {button('link', 'Copy link')}
        {button('slack', 'Copy for Slack')}
        {button('markdown', 'Copy as Markdown')}
        {button('rich', 'Copy (rich text)')}
        {button('csv', 'Download CSV')}
        {button('json', 'Download JSON')}
      </div>
      <p class="kit-share__status" role="status" id={`${id}-status`}>
        {status}
      </p>
      {manual !== null && (
        <textarea class="kit-share__manual" readOnly rows={6} aria-label="Text to copy" value={manual} />
      )}
    </div>
  );
}
