import Report from './report.json';
import type { MessageTable } from './table';

/**
 * What the city report says (issue 15): headings, column names and the draft sentences in the
 * publication's style (seed 000 section Ⅱ), Japanese and English. `{name}` placeholders are filled
 * from params; the report model (src/core/report) is the only user. The report.s.* codes are the
 * draft sentences, in the publication's own words (seed 000 section Ⅱ); report.pane.* the pane's
 * view of the report. Table 2's column heads are table2.json.
 */
export const REPORT_MESSAGES = Report satisfies MessageTable;

export type ReportCode = keyof typeof REPORT_MESSAGES;
