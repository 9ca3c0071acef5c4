import { fromEra, type Era } from './fiscal-year';
import { scannedValue, scanNumber } from './scan';
import { canonicalUnit, PERCENT, unitAtStart } from './units';

/**
 * The pieces of a target text, found in one left-to-right pass over the normalised text:
 * fiscal years (`H29年度`, `28年度`), quantities (`50%`, `6件`) with their parenthesis depth, and
 * where each ends so the words around them (以上, から, 増) can be looked at.
 */
export interface YearToken {
  readonly kind: 'year';
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly depth: number;
}

export interface QuantityToken {
  readonly kind: 'quantity';
  /** Fraction for percentages (50% → 0.5). */
  readonly value: number;
  readonly unit: string | null;
  /** Written in points (`5ポイント`, `5pt`): a change in percentage points, never ambiguous. */
  readonly points: boolean;
  readonly start: number;
  readonly end: number;
  readonly depth: number;
}

export type TargetToken = YearToken | QuantityToken;

const YEAR_AT = /(?:(平成|令和|昭和|[HRS])\.?(元|\d{1,2})(?:年度|年(?!間))?|(元|\d{1,4})年度)/y;
const ERA_LETTERS: Readonly<Record<string, Era>> = { S: '昭和', H: '平成', R: '令和' };
const POINT_WORDS = ['ポイント', 'pt'];

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isWordChar(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Tokens of an already normalised text; `bareEra` reads years written without an era. */
export function tokenizeTarget(text: string, bareEra: Era): TargetToken[] {
  const tokens: TargetToken[] = [];
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0x3010 || code === 0x300c) {
      depth++;
      i++;
      continue;
    }
    if (code === 0x29 || code === 0x3011 || code === 0x300d) {
      depth = Math.max(0, depth - 1);
      i++;
      continue;
    }
    const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
    const startsWord = !isWordChar(previous);
    if (startsWord) {
      const year = yearAt(text, i, bareEra, depth);
      if (year !== null) {
        tokens.push(year);
        i = year.end;
        continue;
      }
    }
    const signed = code === 0x2d && startsWord && isDigit(text.charCodeAt(i + 1));
    if ((isDigit(code) && !isDigit(previous) && previous !== 0x2e) || signed) {
      const quantity = quantityAt(text, i, depth);
      if (quantity !== null) {
        tokens.push(quantity);
        i = quantity.end;
        continue;
      }
    }
    i++;
  }
  return tokens;
}

function yearAt(text: string, at: number, bareEra: Era, depth: number): YearToken | null {
  YEAR_AT.lastIndex = at;
  const match = YEAR_AT.exec(text);
  if (!match) return null;
  const [whole, eraWord, eraYear, bare] = match;
  let year: number | null;
  if (eraWord !== undefined) {
    const era = ERA_LETTERS[eraWord] ?? (eraWord as Era);
    const read = fromEra(era, eraYear === '元' ? 1 : Number(eraYear), whole);
    year = typeof read === 'number' ? read : null;
  } else if (bare !== undefined && bare.length === 4) {
    year = Number(bare);
  } else {
    const read = fromEra(bareEra, bare === '元' ? 1 : Number(bare), whole);
    year = typeof read === 'number' ? read : null;
  }
  // "H" followed by digits but no 年/年度 could be anything ("H2O"); only take letter forms with 年.
  if (year === null || (eraWord !== undefined && /^[HRS]/.test(eraWord) && !/年/.test(whole) && at > 0)) return null;
  return { kind: 'year', year, start: at, end: at + whole.length, depth };
}

function quantityAt(text: string, at: number, depth: number): QuantityToken | null {
  const scanned = scanNumber(text, at);
  if (scanned === null) return null;
  let value = scannedValue(scanned);
  if (!Number.isFinite(value)) return null;
  let end = scanned.end;
  const rest = text.slice(end);
  const pointWord = POINT_WORDS.find((word) => rest.startsWith(word));
  if (pointWord !== undefined) {
    return {
      kind: 'quantity',
      value: scannedValue(scanned, 2),
      unit: PERCENT,
      points: true,
      start: at,
      end: end + pointWord.length,
      depth,
    };
  }
  const unit = unitAtStart(rest);
  let canonical: string | null = null;
  if (unit !== null) {
    canonical = canonicalUnit(unit);
    end += unit.length;
    if (canonical === PERCENT) value = scannedValue(scanned, 2);
  }
  return { kind: 'quantity', value, unit: canonical, points: false, start: at, end, depth };
}
