import type { DockerVsLxcModel, OutcomeDef } from '../../lib/docker-vs-lxc/schema';

/** What the recommended option is, its caveats, when not to pick it, and where that comes from. */
export function OutcomeDetails({ model, outcome }: { model: DockerVsLxcModel; outcome: OutcomeDef }) {
  return (
    <div class="kit-section cc-outcome">
      <p>{outcome.summary}</p>
      <p class="cc-subtitle">Caveats</p>
      <ul>
        {outcome.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <p class="cc-subtitle">Do not choose it when</p>
      <ul>
        {outcome.avoidWhen.map((situation) => (
          <li key={situation}>{situation}</li>
        ))}
      </ul>
      <p class="cc-note">
        Sources:{' '}
        {outcome.sources.map((id, index) => {
          const source = model.sources[id]!;
          return (
            <span key={id}>
              {index > 0 && '; '}
              <a href={source.url}>{source.title}</a> ({source.publisher})
            </span>
          );
        })}
      </p>
    </div>
  );
}
