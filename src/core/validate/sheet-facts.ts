import { foldWidth } from '../text';
import type { Finding } from '../finding';
import type { SheetGrid } from '../layouts/grid';
import { WARD_NAMES, wardMentionedIn } from '../layouts/wards';
import { isKuseiError } from '../result';
import { readFiscalYear } from '../values/fiscal-year';
import { makeFinding } from './finding-builder';
import type { SheetFacts, WrittenFact } from './form-reader';

/** Rows above a table that may hold its title block (title, 平成27年度, ward name). */
const TITLE_ROWS = 6;

/** "平成27年度", "令和6年度", "H27年度" inside a title. */
const YEAR_IN_TEXT = /(平成|令和|[HR])\s*(元|[0-9０-９]{1,2})\s*年度/;

/** A word that looks like a ward name: a few kanji and 区, alone or in brackets ("（福嶋区）", "太正区"). */
const WARD_LIKE = /(?:^|[（(\s\u3000「])([\u4e00-\u9fff]{1,3}区)(?=$|[）)\s\u3000」役運の])/g;

/**
 * What a sheet's title block says about itself (issue 12 §1: the ward from the 表紙, the title or the
 * file name): the first cells above `before` (0-based sheet row) naming a ward — right or wrong — and a
 * fiscal year.
 */
export function titleFacts(grid: SheetGrid, before: number, rows = TITLE_ROWS): SheetFacts {
  let ward: WrittenFact | null = null;
  let reportYear: WrittenFact | null = null;
  const end = Math.min(before, grid.firstRow + rows);
  for (let row = grid.firstRow; row < end; row++) {
    for (let col = grid.firstCol; col < grid.endCol; col++) {
      const value = grid.value(row, col);
      if (typeof value !== 'string' || value.length > 200) continue;
      if (ward === null && (wardMentionedIn(value) !== null || wardLikeWords(value).length > 0)) {
        ward = { text: value, row, col };
      }
      // A target ("H29年度までに50%以上") names its own year, not the report's.
      const plain = foldWidth(value);
      if (reportYear === null && YEAR_IN_TEXT.test(plain) && !/まで|以上|以下|未満|実績/.test(plain)) {
        reportYear = { text: value, row, col };
      }
    }
  }
  return { ward, reportYear };
}

function wardLikeWords(text: string): string[] {
  return [...foldWidth(text).matchAll(WARD_LIKE)].map((m) => m[1] ?? '').filter((w) => w !== '');
}

/** The western fiscal year a written fact names, or null. */
export function yearOf(fact: WrittenFact | null): number | null {
  if (!fact) return null;
  const match = YEAR_IN_TEXT.exec(foldWidth(fact.text));
  if (!match) return null;
  const year = readFiscalYear(`${match[1] ?? ''}${match[2] ?? ''}年度`);
  return isKuseiError(year) ? null : year;
}

/** The ward a written fact names, or null (a misspelt name names none). */
export function wardNamed(fact: WrittenFact | null): string | null {
  return fact ? wardMentionedIn(fact.text) : null;
}

/** The ward a misspelt name was meant to be: one character off a ward of the same length (福嶋区 → 福島区). */
export function nearestWard(word: string): string | null {
  const near = WARD_NAMES.filter(
    (ward) => ward.length === word.length && [...ward].filter((ch, i) => ch !== word[i]).length === 1,
  );
  return near.length === 1 ? (near[0] ?? null) : null;
}

/**
 * Section 5 'unknown ward name', at its cell: a ward-like word of the title that is none of the 24
 * wards (福嶋区, 太正区). A title that names a real ward is not checked further.
 */
export function checkWardFact(fact: WrittenFact | null, sheet: string): Finding[] {
  if (!fact || wardMentionedIn(fact.text) !== null) return [];
  const unknown = wardLikeWords(fact.text).filter((word) => !WARD_NAMES.includes(word));
  const word = unknown[0];
  if (word === undefined) return [];
  const place = { sheet, row: fact.row, col: fact.col, field: 'ward' as const };
  const near = nearestWard(word);
  return [near ? makeFinding('ward.misspelt', place, word, { ward: near }) : makeFinding('ward.unknown', place, word)];
}
