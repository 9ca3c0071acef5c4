/**
 * A file that cannot be read at all: an error value (the CLI exits 2 for it) carrying its message's
 * code and parameters; the pane and the CLI render it (messages/render.ts) in their language.
 * Browser-safe.
 */
import type { MessageParams } from '../core/messages';
import type { FileErrorCode } from '../core/messages/files';

export type { FileErrorCode } from '../core/messages/files';

export interface FileReadError {
  /** What went wrong; it tells a file error from a snapshot, and is the message's code too. */
  readonly fileError: FileErrorCode;
  readonly code: FileErrorCode;
  readonly file: string;
  readonly params: MessageParams;
}

export function isFileReadError(value: unknown): value is FileReadError {
  return typeof value === 'object' && value !== null && typeof (value as FileReadError).fileError === 'string';
}

/** Largest workbook read: far above any ward's sheet (a few hundred KB), well below memory trouble. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function fileError(code: FileErrorCode, file: string, params: MessageParams = {}): FileReadError {
  // The messages live in the one table (src/core/messages/files.ts); `detail` params (an exception's
  // text) are kept for logs but no template shows them.
  return { fileError: code, code, file, params: { ...params, file } };
}
