/**
 * Formats that are one JSON document (HAR, hyperfine's export, k6's summary): the text is
 * gathered up to a cap and parsed once at the end. They are small in practice; a larger one
 * is refused with `truncated` rather than exhausting memory.
 */
import { NO_COLUMN, resolveUnit, type FormatReader, type ReaderContext, type ReaderOutcome } from './reader.ts';

/** 64 Mi characters: a HAR of tens of thousands of requests; JSON.parse needs several times this. */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

export abstract class DocumentReader implements FormatReader {
  private readonly parts: string[] = [];
  private size = 0;
  private tooLarge = false;

  protected readonly ctx: ReaderContext;

  constructor(ctx: ReaderContext) {
    this.ctx = ctx;
  }

  push(chunk: string): void {
    if (this.tooLarge) return;
    this.size += chunk.length;
    if (this.size > MAX_DOCUMENT_CHARS) {
      this.tooLarge = true;
      this.parts.length = 0;
      return;
    }
    this.parts.push(chunk);
  }

  finish(): ReaderOutcome {
    if (this.tooLarge) {
      this.ctx.sink.truncated = true;
      return this.failed();
    }
    let document: unknown;
    try {
      document = JSON.parse(this.parts.join(''));
    } catch {
      this.ctx.sink.reject(1);
      return this.failed();
    }
    this.parts.length = 0;
    return this.read(document);
  }

  /** Nothing readable: the format stays named, with no column. */
  protected failed(): ReaderOutcome {
    return {
      format: this.format,
      ...NO_COLUMN,
      ...resolveUnit(this.ctx.options.unit, 's'),
      summary: null,
      curlTimings: null,
      positionKind: 'entry',
    };
  }

  protected abstract readonly format: ReaderOutcome['format'];
  protected abstract read(document: unknown): ReaderOutcome;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
