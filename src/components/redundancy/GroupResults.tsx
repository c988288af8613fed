import { Result, ResultText, Results } from '../kit/Results';
import {
  describeRecurrence,
  downtimeInWords,
  FIGURE_FORMATS,
  NO_GROUP_OUTAGE_TEXT,
  type RedundancyResult,
} from '../../lib/redundancy/index';

interface Props {
  result: RedundancyResult;
  stale: boolean;
}

// The hours in words only where they add something: "0.25 hours", about 15 minutes.
const downtimeNote = (hours: number) => {
  const words = downtimeInWords(hours);
  return words ? `About ${words}` : undefined;
};

/** The figures for the reader's inputs, each in its own <output>. */
export function GroupResults({ result, stale }: Props) {
  const { improvement } = result;
  return (
    <Results stale={stale} label="Results for your inputs">
      <Result
        name="group-availability"
        label="Group availability"
        value={result.groupAvailability}
        {...FIGURE_FORMATS.availability(result.groupUnavailability)}
        note="Fraction of time the group is up"
      />
      <Result
        name="downtime-hours-per-year"
        label="Group downtime per year"
        value={result.downtimeHoursPerYear}
        unit="hours"
        note={downtimeNote(result.downtimeHoursPerYear)}
      />
      <Result
        name="group-outages-per-year"
        label="Group outages per year"
        value={result.groupOutagesPerYear}
        note={describeRecurrence(result.groupOutagesPerYear)}
      />
      <Result
        name="common-cause-outages-per-year"
        label="… started by a common cause"
        value={result.commonCauseOutagesPerYear}
        note="Every host down at once"
      />
      <Result
        name="independent-outages-per-year"
        label="… started by independent failures"
        value={result.independentOutagesPerYear}
        note="Too many hosts down at the same time by chance"
      />
      {improvement.kind === 'factor' ? (
        <Result
          name="improvement"
          label="Improvement over one host"
          value={improvement.factor}
          unit="×"
          note={improvement.factor < 1 ? 'Below 1: worse than one host' : 'One host’s unavailability ÷ the group’s'}
        />
      ) : (
        <ResultText
          name="improvement"
          label="Improvement over one host"
          text={NO_GROUP_OUTAGE_TEXT}
          note="Under a ten-thousandth of a second of downtime a year"
        />
      )}
      <Result
        name="single-availability"
        label="One host’s availability"
        value={result.singleAvailability}
        {...FIGURE_FORMATS.availability(result.singleUnavailability)}
        note="MTBF ÷ (MTBF + MTTR)"
      />
    </Results>
  );
}
