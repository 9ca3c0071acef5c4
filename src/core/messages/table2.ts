import Table2 from './table2.json';
import type { MessageTable } from './table';

/**
 * Table 2's column heads (R8, seed 000 表2) and its total row, for a user in either language: one set
 * for KUSEI.SUMMARY, the city report (its tables, the pane's view, the HTML and the workbook; Table 1
 * reuses 件数) and the years side by side. In the functions' view too, since KUSEI.SUMMARY writes them.
 * The report's own total row keeps the publication's 計 (report.total).
 */
export const TABLE2_MESSAGES = Table2 satisfies MessageTable;

export type Table2Code = keyof typeof TABLE2_MESSAGES;
