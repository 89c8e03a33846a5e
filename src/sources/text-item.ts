/**
 * The unit the format readers (NDJSON, JSON array, CSV) hand to the schema
 * adapters: a parsed value with the line where it starts, or a reading error.
 */
import type { SourceRejectionCode } from './types.js';

/** A parsed value, or why the bytes could not be parsed. */
export type TextItem =
  | { readonly ok: true; readonly line: number | undefined; readonly value: unknown }
  | {
      readonly ok: false;
      readonly line: number | undefined;
      readonly code: SourceRejectionCode;
      readonly expected: string;
      readonly received: string;
      readonly message: string;
    };

/** Longest `received` rendering kept in a rejection. */
const MAX_RECEIVED_CHARS = 80;

/** Short, safe rendering of raw text for a rejection's `received` field. */
export function excerpt(text: string): string {
  return text.length > MAX_RECEIVED_CHARS ? `${text.slice(0, MAX_RECEIVED_CHARS)}…` : text;
}

/** The `line-too-long` item shared by every reader. */
export function tooLongItem(line: number, bytes: number, maxLineBytes: number): TextItem {
  return {
    ok: false,
    line,
    code: 'line-too-long',
    expected: `at most ${maxLineBytes} bytes`,
    received: `${bytes} bytes`,
    message: `line ${line} is ${bytes} bytes long, over maxLineBytes (${maxLineBytes}); it was skipped without being loaded`,
  };
}

/** Parse JSON text into an item (`malformed-json` when it does not parse). */
export function parseJsonItem(text: string, line: number): TextItem {
  try {
    return { ok: true, line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      line,
      code: 'malformed-json',
      expected: 'valid JSON',
      received: excerpt(text),
      message: `line ${line} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
