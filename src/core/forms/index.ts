import type { SheetReader } from '../validate/form-reader';
import { FORM_DESCRIPTIONS } from './descriptions';
import { formReader } from './read-form';

/**
 * The form readers `readSheet` asks before reading a sheet as a table, in order (see
 * `../validate/form-reader`): one generic reader per form description (`./descriptions`, data).
 */
export const FORM_READERS: readonly SheetReader[] = FORM_DESCRIPTIONS.map(formReader);

export { FORM_DESCRIPTIONS } from './descriptions';
export type { FormDescription } from './description';
