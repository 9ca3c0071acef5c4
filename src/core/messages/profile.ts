import Profile from './profile.json';
import type { MessageTable } from './table';

/**
 * Error values of judging under a rule profile (src/core/plan): a cell can show them, so the custom
 * functions' view of the table (value-errors.ts) carries them as well as the full table.
 */
export const PROFILE_ERROR_MESSAGES = Profile satisfies MessageTable;
