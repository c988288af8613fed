import type { RejectedParam } from '../../lib/url-state/index';

/** Names the link's parameters that were ignored. Keys and reasons render as text, never HTML. */
export function UrlNotice({ rejected }: { rejected: readonly RejectedParam[] }) {
  if (rejected.length === 0) return null;
  return (
    <div class="kit-notice" role="status">
      <p class="kit-notice__title">
        Some settings in this link were ignored (the calculator uses its defaults for them):
      </p>
      <ul>
        {rejected.map((param, index) => (
          <li key={index}>
            <code>{param.key}</code>: {param.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
