import type { SheetReader } from '../validate/form-reader';

/**
 * The form readers `readSheet` asks before reading a sheet as a table, in order (see
 * `../validate/form-reader`). Created empty by H4 (sheet reader); the forms' owner (H4b) fills it.
 */
export const FORM_READERS: readonly SheetReader[] = [];
