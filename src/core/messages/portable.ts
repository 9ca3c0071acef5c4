import Portable from './portable.json';
import { findingTable } from './table';

/** Messages of the portable status columns (issue 14): findings about columns KUSEI wrote before. */
export const PORTABLE_MESSAGES = findingTable(Portable);

export type PortableMessageCode = keyof typeof PORTABLE_MESSAGES;
