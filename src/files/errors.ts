/**
 * A file that cannot be read at all: an error value (the CLI exits 2 for it), with messages that say
 * what to do. Browser-safe.
 */
import { renderMessage } from '../core/messages';
import type { FileErrorCode } from '../core/messages/files';

export type { FileErrorCode } from '../core/messages/files';

export interface FileReadError {
  readonly fileError: FileErrorCode;
  readonly file: string;
  readonly message: string;
  readonly messageEn: string;
}

export function isFileReadError(value: unknown): value is FileReadError {
  return typeof value === 'object' && value !== null && typeof (value as FileReadError).fileError === 'string';
}

/** Largest workbook read: far above any ward's sheet (a few hundred KB), well below memory trouble. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function fileError(
  code: FileErrorCode,
  file: string,
  params: Record<string, string | number> = {},
): FileReadError {
  // The messages live in the one table (src/core/messages/files.ts); `detail` params (an exception's
  // text) are accepted for logs but no template shows them.
  const all = { ...params, file };
  return { fileError: code, file, message: renderMessage(code, all, 'ja'), messageEn: renderMessage(code, all, 'en') };
}
