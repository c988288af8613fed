/**
 * Where readers put what they read: samples in ms in a growable Float64Array (doubling, capped
 * at maxSamples, so a million samples cost 8 MB and no object each), and an account of every
 * line that gave no sample: rejected (with its first positions), a comment, or ignored because
 * the format says it is not a sample (a header, another metric, ping's chatter).
 */

/** Positions of rejected lines kept for display. */
export const MAX_REPORTED_POSITIONS = 20;

export class SampleSink {
  private buffer = new Float64Array(1024);
  length = 0;
  rejectedCount = 0;
  readonly positions: number[] = [];
  comments = 0;
  ignored = 0;
  truncated = false;

  private readonly maxSamples: number;

  constructor(maxSamples: number) {
    this.maxSamples = maxSamples;
  }

  /** Returns false once the sample cap is reached; the reader may stop reading. */
  accept(ms: number): boolean {
    if (this.length >= this.maxSamples) {
      this.truncated = true;
      return false;
    }
    if (this.length === this.buffer.length) {
      const grown = new Float64Array(Math.min(this.maxSamples, this.buffer.length * 2));
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = ms;
    return true;
  }

  /** Takes a value or rejects the position; null means "not a sample". */
  take(ms: number | null, position: number): void {
    if (ms === null) this.reject(position);
    else this.accept(ms);
  }

  reject(position: number): void {
    this.rejectedCount++;
    if (this.positions.length < MAX_REPORTED_POSITIONS) this.positions.push(position);
  }

  get full(): boolean {
    return this.length >= this.maxSamples;
  }

  /** The samples read, trimmed to their count (a copy: the sink may keep growing). */
  values(): Float64Array {
    return this.buffer.slice(0, this.length);
  }
}
