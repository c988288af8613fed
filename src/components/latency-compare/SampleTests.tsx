import { ResultText, Results } from '../kit/Results';
import type { ComparisonView } from '../../lib/latency-compare/model';

interface Props {
  view: ComparisonView;
  stale: boolean;
}

/**
 * The rank test beside the median interval, and the cautions that go with the verdict: the two
 * disagree, or a side looks like more than one population. Loaded with the sample parts.
 */
export function SampleTests({ view, stale }: Props) {
  if (view.rankP === null && view.cautions.length === 0) return null;
  return (
    <section class="kit-section" aria-labelledby="latency-tests-title">
      <p class="kit-section__title" id="latency-tests-title">
        Rank test and shape
      </p>
      {view.rankP !== null && view.probBSlower !== null && (
        <Results stale={stale} label="Mann–Whitney U test">
          <ResultText
            name="mann-whitney-p"
            label="Mann–Whitney U test, two-sided"
            text={view.rankP}
            note="small p: one side's requests tend to be slower"
          />
          <ResultText
            name="prob-b-slower"
            label="Chance a request from B is slower than one from A"
            text={view.probBSlower}
            note="50 % if neither tends to be slower"
          />
        </Results>
      )}
      {view.cautions.length > 0 && (
        <ul class="latency-cautions" data-testid="latency-cautions">
          {view.cautions.map((text) => (
            <li key={text} class="latency-note latency-note--warning">
              {text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
