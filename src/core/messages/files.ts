import Files from './files.json';
import type { MessageTable } from './table';

/**
 * Messages of files that cannot be read at all (the CLI exits 2 for them; the pane shows them in place
 * of the sheet). Each names what the file is and what to do. `{file}` is the file's name; no message
 * carries an exception's text (a user cannot act on "Cannot read properties of undefined").
 */
export const FILE_MESSAGES = Files satisfies MessageTable;

export type FileErrorCode = keyof typeof FILE_MESSAGES;
