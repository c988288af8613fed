import { STORY_ASSUMPTIONS, STORY_FACTS } from '../../lib/ipsec-headroom/index';

/** Keeps what the record says apart from what the preset assumes. */
export function StoryNote() {
  return (
    <div class="ipsec-story">
      <p class="kit-section__title">Starting point: the story</p>
      <p>From the record:</p>
      <ul>
        {STORY_FACTS.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <p>Assumed here, because the record does not say:</p>
      <ul>
        {STORY_ASSUMPTIONS.map((assumption) => (
          <li key={assumption}>{assumption}</li>
        ))}
      </ul>
    </div>
  );
}
