import { kuseiError } from '../messages/value-errors';
import { describeValue } from './describe';
import type { Result } from '../result';
import { isCellError } from '../cell';
import { cellErrorResult } from './quantity';
import { normalizeText } from './normalize';

/**
 * Fiscal years (年度, April to March) in the Japanese era and back (domain §2):
 * 平成 N = 1988 + N, 令和 N = 2018 + N, 昭和 N = 1925 + N; 元 is year 1.
 *
 * Decisions (docs/rules.md):
 * - FY2019 is written 令和元年度 (the city's usage: the fiscal year is named by the era in force for
 *   most of it); 平成31年度 is also read as 2019, and 平成32年度 as 2020, as plans written before
 *   the era changed wrote it.
 * - A bare year (`29年度`, `27`) has no era: it is read in the context era when one is given (the
 *   era of the plan's start year), otherwise as 平成 when it is 1–31 (the FY2015–FY2017 documents'
 *   usage). A bare year above 31 with no context is an error, never a guess.
 * - Four-digit years are western years (2015, `2015年度`, `FY2015`).
 */
export type Era = '昭和' | '平成' | '令和';

interface EraSpan {
  readonly offset: number;
  readonly first: number;
  readonly last: number;
  readonly en: string;
}

const ERAS: Readonly<Record<Era, EraSpan>> = {
  昭和: { offset: 1925, first: 1926, last: 1988, en: 'Showa' },
  平成: { offset: 1988, first: 1989, last: 2019, en: 'Heisei' },
  令和: { offset: 2018, first: 2019, last: 2200, en: 'Reiwa' },
};

const ERA_LETTERS: Readonly<Record<string, Era>> = { S: '昭和', H: '平成', R: '令和' };

export const MIN_YEAR = 1926;
export const MAX_YEAR = 2200;

/** A context for bare years: an era, or a western year whose era applies. */
export type YearContext = Era | number | null | undefined;

export function eraOfYear(year: number): Era {
  if (year >= 2019) return '令和';
  if (year >= 1989) return '平成';
  return '昭和';
}

function contextEra(context: YearContext): Era | null {
  if (context === null || context === undefined) return null;
  return typeof context === 'number' ? eraOfYear(context) : context;
}

/** The western year of era year `n` (平成, 27 → 2015). */
export function fromEra(era: Era, n: number, text: string): Result<number> {
  const span = ERAS[era];
  const year = span.offset + n;
  // 平成 ran into 2019 and plans written before the change wrote 平成32年度 for 2020; accept those.
  const last = era === '平成' ? 2030 : span.last;
  if (n < 1 || year > last) {
    return kuseiError('#NUM!', 'YEAR_OUT_OF_ERA', {
      text,
      era,
      eraEn: span.en,
      first: span.first,
      last: span.last,
    });
  }
  return year;
}

function fromBare(n: number, text: string, context: YearContext): Result<number> {
  const era = contextEra(context);
  if (era !== null) return fromEra(era, n, text);
  if (n >= 1 && n <= 31) return ERAS.平成.offset + n;
  return kuseiError('#VALUE!', 'YEAR_UNREADABLE', { text });
}

function western(year: number, text: string): Result<number> {
  if (year < MIN_YEAR || year > MAX_YEAR) return kuseiError('#NUM!', 'YEAR_OUT_OF_RANGE', { year: text });
  return year;
}

const ERA_YEAR = /^(平成|令和|昭和|[HRShrs])\.?(元|\d{1,3})(?:年度|年)?$/;
const BARE_YEAR = /^(元|\d{1,2})(?:年度|年)?$/;
const WESTERN_YEAR = /^(?:FY|fy)?(\d{4})(?:年度|年)?$/;

/**
 * Reads a fiscal year cell: `平成27年度`, `H27年度`, `H27`, `令和元年度`, `R6`, `27年度`, `2015`,
 * `FY2015`, or a number (2015; 27 read as a bare year). Returns the western year or an error value.
 */
export function readFiscalYear(cell: unknown, context?: YearContext): Result<number> {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) return kuseiError('#VALUE!', 'YEAR_UNREADABLE', { text: String(cell) });
    return cell >= 100 ? western(cell, String(cell)) : fromBare(cell, String(cell), context);
  }
  if (isCellError(cell)) return cellErrorResult(cell);
  if (typeof cell !== 'string') return kuseiError('#VALUE!', 'YEAR_UNREADABLE', { text: describeValue(cell) });
  const text = normalizeText(cell);
  const westernMatch = WESTERN_YEAR.exec(text);
  if (westernMatch) return western(Number(westernMatch[1]), cell.trim());
  const eraMatch = ERA_YEAR.exec(text);
  if (eraMatch) {
    const eraWord = eraMatch[1] ?? '';
    const era = ERA_LETTERS[eraWord.toUpperCase()] ?? (eraWord as Era);
    return fromEra(era, eraNumber(eraMatch[2]), cell.trim());
  }
  const bareMatch = BARE_YEAR.exec(text);
  if (bareMatch) return fromBare(eraNumber(bareMatch[1]), cell.trim(), context);
  return kuseiError('#VALUE!', 'YEAR_UNREADABLE', { text: cell.trim() });
}

function eraNumber(text: string | undefined): number {
  return text === '元' ? 1 : Number(text);
}

/** The Japanese name of a fiscal year: 2024 → 令和6年度, 2019 → 令和元年度, 2015 → 平成27年度. */
export function toWareki(cell: unknown): Result<string> {
  if (isCellError(cell)) return cellErrorResult(cell);
  if (typeof cell === 'string') {
    const read = readFiscalYear(cell);
    return typeof read === 'number' ? toWareki(read) : read;
  }
  if (typeof cell !== 'number') return kuseiError('#VALUE!', 'YEAR_UNREADABLE', { text: describeValue(cell) });
  if (!Number.isInteger(cell) || cell < MIN_YEAR || cell > MAX_YEAR) {
    return kuseiError('#NUM!', 'YEAR_OUT_OF_RANGE', { year: String(cell) });
  }
  const era = eraOfYear(cell);
  const n = cell - ERAS[era].offset;
  return `${era}${n === 1 ? '元' : String(n)}年度`;
}

/**
 * A fiscal year as reports, findings and the CLI print it: its 和暦 (平成27年度, 令和元年度), or the
 * western year with 年度 (2300年度) when no era covers it, so a label is always a year a reader can
 * read back (domain §2). The one spelling of the word; toWareki is the custom function's, which
 * answers an error value instead.
 */
export function fiscalYearLabel(year: number): string {
  const wareki = toWareki(year);
  return typeof wareki === 'string' ? wareki : `${year}年度`;
}
