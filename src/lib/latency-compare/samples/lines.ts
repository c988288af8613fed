/**
 * Cuts a stream of text chunks into lines (\n, \r\n or a bare \r), whatever the chunk boundaries.
 * Only the unfinished last line is held between chunks, and a line longer than `maxLine` is not
 * kept at all: it is reported once, by number, as too long. Memory stays bounded for any input.
 */

export interface LineSink {
  /** A complete line without its line end; `number` is 1-based. */
  line(text: string, number: number): void;
  /** A line longer than maxLine, dropped unread. */
  overlong(number: number): void;
}

export class LineSplitter {
  private pending = '';
  private pendingOverlong = false;
  /** The previous chunk ended in \r: a \n opening the next chunk belongs to it. */
  private afterCr = false;
  private lineNumber = 0;

  private readonly sink: LineSink;
  private readonly maxLine: number;

  constructor(sink: LineSink, maxLine: number) {
    this.sink = sink;
    this.maxLine = maxLine;
  }

  get linesSeen(): number {
    return this.lineNumber;
  }

  push(chunk: string): void {
    let from = 0;
    const length = chunk.length;
    if (this.afterCr && length > 0) {
      if (chunk.charCodeAt(0) === 10) from = 1;
      this.afterCr = false;
    }
    // The next \r is looked up only when passed: most texts have none, and searching the whole
    // chunk for it at every line would make one large chunk quadratic.
    let cr = -1;
    while (from < length) {
      let lf = chunk.indexOf('\n', from);
      if (lf === -1) lf = length;
      if (cr < from) {
        cr = chunk.indexOf('\r', from);
        if (cr === -1) cr = length;
      }
      const end = Math.min(lf, cr);
      if (end === length) {
        this.hold(chunk, from, length);
        return;
      }
      this.hold(chunk, from, end);
      this.emit();
      if (end === cr) {
        if (cr + 1 < length) from = chunk.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        else {
          this.afterCr = true;
          from = length;
        }
      } else from = lf + 1;
    }
  }

  /** Ends the stream: the last line, if it has any text, is emitted. */
  finish(): void {
    if (this.pending !== '' || this.pendingOverlong) this.emit();
  }

  private hold(chunk: string, from: number, to: number): void {
    if (this.pendingOverlong || to === from) return;
    if (this.pending.length + (to - from) > this.maxLine) {
      this.pending = '';
      this.pendingOverlong = true;
      return;
    }
    this.pending += from === 0 && to === chunk.length ? chunk : chunk.slice(from, to);
  }

  private emit(): void {
    this.lineNumber++;
    if (this.pendingOverlong) this.sink.overlong(this.lineNumber);
    else this.sink.line(this.pending, this.lineNumber);
    this.pending = '';
    this.pendingOverlong = false;
  }
}

/** Splits a whole text into lines, the same way as LineSplitter. */
export function splitLines(text: string): string[] {
  if (text.indexOf('\r') === -1) return text.split('\n');
  return text.split(/\r\n|\r|\n/);
}
