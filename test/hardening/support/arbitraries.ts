import fc from 'fast-check';
import type { CellValue } from '../../../src/core/cell';
import { SYNONYMS } from '../../../src/core/layouts';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { STANDARD_HEADER } from './workbooks';

/** Generators of hostile snapshots for the validator's and consolidation's properties. */
export const EXCEL_ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!'] as const;

/** Sheet names Excel allows that need care: blanks, quotes, Japanese, emoji, digits first, look-alikes of A1. */
export const SHEET_NAMES = [
  '此花区',
  '区 一覧',
  "O'Brien",
  "'",
  '📊集計',
  '2015年度',
  'A1',
  'R1C1',
  'Sheet1',
  '福島区 (H27)',
  'a.b_c',
] as const;

const HEADER_WORDS: readonly string[] = [...STANDARD_HEADER, ...SYNONYMS.flatMap((entry) => entry.exact ?? [])];

/** Braces stay out of generated text so a message's unfilled {placeholder} can be told apart. */
const noBraces = (s: string): boolean => !s.includes('{');

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...HEADER_WORDS) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<CellValue>(
      '此花区',
      '北区',
      '架空区',
      '1-1-ア',
      '2-1-ア-①',
      '9-9-ン',
      'H29年度までに50%以上',
      '前年度以上',
      '28年度件数(6件)から10%減(5件)',
      '50%',
      '51.3%',
      '５１．３％',
      '49.6%\n61.8%',
      '120%',
      '3.5点',
      '7団体',
      '△5',
      '未測定',
      '－',
      'A',
      'B',
      'B\nB',
      '目標達成',
      '×',
      '記載あり',
      '全て実施',
      '4決算額',
      '77百万円',
      '取組項目1',
      'P',
      'C',
      '=HYPERLINK("http://x","y")',
      '<img src=x onerror=alert(1)>',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }).filter(noBraces) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).filter(noBraces) },
  { weight: 2, arbitrary: fc.oneof(fc.double(), fc.integer({ min: -10, max: 2000 })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...EXCEL_ERRORS).map((e): CellValue => ({ cellError: e })) },
);

function rectangular<T>(rows: number, cols: number, item: fc.Arbitrary<T>): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(item, { minLength: 0, maxLength: cols }), { maxLength: rows });
}

/** A small hostile snapshot: ragged rows, stray formulas and formats of other shapes, odd merges. */
export const hostileSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.constantFrom(...SHEET_NAMES),
    origin: fc.constantFrom('A1', 'B2', 'C5', 'not-an-address', 'XFD1048576'),
    values: rectangular(5, 8, cell),
    formulas: fc.option(rectangular(5, 8, fc.option(fc.constantFrom('SUM(A1:A3)', 'KUSEI.STATUS(F2,D2)', ''))), {
      nil: undefined,
    }),
    numberFormats: fc.option(rectangular(5, 8, fc.option(fc.constantFrom('0.0%', '@', '"%"0', 'General'))), {
      nil: undefined,
    }),
    merges: fc.option(
      fc.array(fc.constantFrom('A1:B1', 'A2:A3', 'C1:D2', 'B2:B9', 'A1:XFD1', 'nonsense', 'A0:B1', 'B3:A1'), {
        maxLength: 3,
      }),
      { nil: undefined },
    ),
    hiddenRows: fc.option(fc.array(fc.integer({ min: -3, max: 12 }), { maxLength: 3 }), { nil: undefined }),
    hidden: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((record) => {
    const sheet: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) if (value !== undefined) sheet[key] = value;
    return sheet as unknown as SheetSnapshot;
  });
