import { useEffect, useState } from 'preact/hooks';
import { copyText } from './clipboard';
import { useFieldId } from './widget-context';

interface Props {
  /** The link to the current inputs (from useUrlState); read when a button is pressed. */
  url: string;
  /** Builds the Markdown summary when the button is pressed, so it always matches the results. */
  markdown(): string;
}

/**
 * "Copy link" and "Copy as Markdown". The outcome is announced in a status region; if the
 * browser refuses the clipboard, the text is shown for copying by hand.
 */
export function ShareBar({ url, markdown }: Props) {
  const id = useFieldId('share');
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  // The buttons stay disabled in the server render (no link without a browser) until hydrated.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const copy = async (what: 'link' | 'markdown') => {
    const text = what === 'link' ? url : markdown();
    const ok = await copyText(text);
    setManual(ok ? null : text);
    setStatus(
      ok
        ? what === 'link'
          ? 'Link to these inputs copied.'
          : 'Markdown summary copied, with the link.'
        : 'The browser did not allow copying. Select the text below and copy it.',
    );
  };

  return (
    <div class="kit-share">
      <div class="kit-share__buttons">
        <button type="button" class="kit-button" onClick={() => copy('link')} disabled={!ready}>
          Copy link
        </button>
        <button type="button" class="kit-button" onClick={() => copy('markdown')} disabled={!ready}>
          Copy as Markdown
        </button>
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
