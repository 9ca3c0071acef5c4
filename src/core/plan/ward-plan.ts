import { parseA1 } from '../address';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellText } from '../text';
import type { ListedRecord, Report } from '../validate/types';
import { normalizeText } from '../values/normalize';
import type { GradedCase } from './grade-counts';

/**
 * The cases of a ward's single-year 運営方針 (seed 002): one per judged row, graded by the rules (R3),
 * grouped under the 経営課題 heading the row stands below. A row the rules could not grade (a finding
 * says why) is returned apart, so a count never silently includes a guess.
 */
export interface WardPlanCases {
  readonly cases: readonly (GradedCase & { readonly sheet: string; readonly row: number })[];
  readonly ungraded: readonly ListedRecord[];
}

/** 経営課題1-(1), 経営課題 2－（1）… as seed 002 heads each block. */
const GROUP_HEADING = /^経営課題\s*(\d+)\s*-\s*\(\s*(\d+)\s*\)/;

export function wardPlanCases(workbook: WorkbookSnapshot, report: Report): WardPlanCases {
  const cases: (GradedCase & { sheet: string; row: number })[] = [];
  const ungraded: ListedRecord[] = [];
  for (const reading of report.sheets) {
    const sheet = workbook.sheets.find((s) => s.name === reading.sheet);
    for (const record of reading.listed ?? []) {
      if (record.computedMark === null) {
        ungraded.push(record);
        continue;
      }
      cases.push({
        ward: reading.ward ?? '',
        group: sheet ? groupAbove(sheet, record.row) : '',
        grade: record.computedMark,
        sheet: record.sheet,
        row: record.row,
      });
    }
  }
  return { cases, ungraded };
}

/** The nearest 経営課題 heading at or above a 1-based sheet row, as "経営課題1-(1)"; "" when none. */
export function groupAbove(sheet: SheetSnapshot, row: number): string {
  const origin = parseA1(sheet.origin) ?? { row: 0, col: 0 };
  for (let r = Math.min(row - 1 - origin.row, sheet.values.length - 1); r >= 0; r--) {
    for (const cell of sheet.values[r] ?? []) {
      const match = GROUP_HEADING.exec(normalizeText(cellText(cell)));
      if (match) return `経営課題${match[1] ?? ''}-(${match[2] ?? ''})`;
    }
  }
  return '';
}
