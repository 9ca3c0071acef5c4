import Forms from './forms.json';
import { findingTable } from './table';

/**
 * Findings about READING a form (大正区 取組項目 sheets, 此花区 PDCA sheets): a stage or a labelled cell
 * the form has is not where the form puts it. Never about a value: the checks say those.
 */
export const FORM_FINDING_MESSAGES = findingTable(Forms);

export type FormFindingCode = keyof typeof FORM_FINDING_MESSAGES;
