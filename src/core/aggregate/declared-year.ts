import { columnLetters, parseA1 } from '../address';
import type { WorkbookSnapshot } from '../snapshot';
import type { Report } from '../validate/types';
import { fromEra, type Era } from '../values/fiscal-year';
import { normalizeText } from '../values/normalize';

/**
 * The fiscal year a ward's file says it reports (issue 15 §3), read from what a person would look at:
 * the file name, the sheet names, the title block above the first table (「平成28年度 区政運営基本方針…」)
 * and the header cells of the actual (「28年度実績」). A target year (「H29年度までに」「平成27年度中に」)
 * and a plan's span (「平成27年度〜平成29年度」) say nothing of the report year and are skipped.
 */
export interface DeclaredYear {
  /** Western fiscal year (2016 for 平成28年度). */
  readonly year: number;
  /** The words as found, e.g. 平成28年度 or 28年度実績. */
  readonly text: string;
  /** Where: the file name, a sheet name, or sheet!A1. */
  readonly where: string;
}

/** Title rows read above a sheet's first table (or from the top when no table was recognised). */
const TITLE_ROWS = 6;

const ERA_LETTER: Readonly<Record<string, Era>> = { H: '平成', R: '令和', 平成: '平成', 令和: '令和' };
/** 平成28年度, H28年度, R6, 令和元年度; 2016年度; and, in an actual's header only, a bare 28年度実績. */
const ERA_YEAR = /(平成|令和|H|R)(元|\d{1,2})(年度|年)?/g;
const WESTERN_YEAR = /(20\d\d)年度/g;
const BARE_ACTUAL = /(?<![\dHR平成令和])(\d{1,2})年度(?:の)?実績/g;
/** A year followed by these words is a target or a span, not the year reported. */
const NOT_REPORT_YEAR = /^(?:まで|中|~|〜|-|から)/;
const AFTER_SPAN = /(?:~|〜|-)$/;

export function declaredYears(snapshot: WorkbookSnapshot, report: Report, planStartYear: number): DeclaredYear[] {
  const found: DeclaredYear[] = [];
  const add = (text: string, where: string, header: boolean): void => {
    for (const year of yearsIn(text, header, planStartYear)) found.push({ ...year, where });
  };
  if (snapshot.fileName) add(snapshot.fileName.replace(/\.(xlsx|csv)$/i, ''), snapshot.fileName, false);
  for (const sheet of snapshot.sheets) {
    add(sheet.name, sheet.name, false);
    const origin = parseA1(sheet.origin) ?? { row: 0, col: 0 };
    const reading = report.sheets.find((r) => r.sheet === sheet.name);
    const firstTable = reading?.tables[0];
    const titleEnd = firstTable ? Math.min(firstTable.headerTop - 1, TITLE_ROWS) : TITLE_ROWS;
    const headerRows = new Set((reading?.tables ?? []).flatMap((t) => range(t.headerTop, t.headerRow)));
    sheet.values.forEach((row, r) => {
      const sheetRow = origin.row + r + 1;
      const title = sheetRow <= titleEnd;
      const header = headerRows.has(sheetRow);
      if (!title && !header) return;
      row.forEach((value, c) => {
        if (typeof value !== 'string') return;
        if (header && !value.includes('実績')) return;
        add(value, `${sheet.name}!${columnLetters(origin.col + c)}${sheetRow}`, header);
      });
    });
  }
  return found;
}

/** The distinct years declared, in order of first appearance. */
export function distinctYears(declared: readonly DeclaredYear[]): number[] {
  return [...new Set(declared.map((d) => d.year))];
}

function yearsIn(raw: string, header: boolean, planStartYear: number): { year: number; text: string }[] {
  const text = normalizeText(raw);
  const years: { year: number; text: string }[] = [];
  const keep = (match: RegExpExecArray, year: unknown): void => {
    if (typeof year !== 'number') return;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    if (NOT_REPORT_YEAR.test(after) || AFTER_SPAN.test(before)) return;
    years.push({ year, text: match[0] });
  };
  for (const match of text.matchAll(ERA_YEAR)) {
    const era = ERA_LETTER[match[1] ?? ''];
    // A letter followed by digits is a year only when 年度/年 follows or it stands alone (R6運営方針).
    if (!era || (match[1]?.length === 1 && !match[3] && /[A-Za-z]$/.test(text.slice(0, match.index)))) continue;
    keep(match, fromEra(era, match[2] === '元' ? 1 : Number(match[2]), match[0]));
  }
  for (const match of text.matchAll(WESTERN_YEAR)) keep(match, Number(match[1]));
  if (header) {
    // A bare year in a plan's documents is in the era of the plan's start (domain §2: 29年度 = 平成29年度).
    const era: Era = planStartYear >= 2019 ? '令和' : '平成';
    for (const match of text.matchAll(BARE_ACTUAL)) keep(match, fromEra(era, Number(match[1]), match[0]));
  }
  return years;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
