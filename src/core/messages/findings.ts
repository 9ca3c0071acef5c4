import Findings from './findings.json';
import { findingTable } from './table';

export type { MessageParams } from './table';
export type { FindingMessage } from './table';

/**
 * Every validation finding (domain §5), with its severity and messages that say what to write
 * instead. `{name}` placeholders are filled from the finding's params. Documented in docs/findings.md.
 * The codes from column.contentDisagrees on came with issue 12 (reading sheets as the wards keep them).
 */
export const FINDING_MESSAGES = findingTable(Findings);

export type FindingCode = keyof typeof FINDING_MESSAGES;

export const FINDING_CODES = Object.keys(FINDING_MESSAGES) as FindingCode[];
