import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { columnLetters, matchHeader, normalizeHeader, qualifiedAddress, SYNONYMS } from '../../src/core/layouts';
import { readSheet } from '../../src/core/validate';
import { deepFreeze, OPTIONS, sheetOf, STANDARD_HEADER, standardRow } from './support/workbooks';

/**
 * The layout detector (src/core/layouts) under hostile headers: the dictionary's wordings match however
 * a ward decorates them (width, blanks, line breaks, brackets), the standard layout is found wherever
 * its header sits and in any column order, and a user's (possibly tampered) mapping never breaks the
 * reader. 10,000 cases each.
 */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

const WORDINGS: readonly string[] = SYNONYMS.flatMap((entry) => entry.exact ?? []);

const FULL: Readonly<Record<string, string>> = Object.fromEntries(
  [...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch) => [
    ch,
    String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
  ]),
);

/** What ward templates do to a header: blanks and line breaks inside, full-width letters, brackets. */
const decoration = fc.record({
  breaks: fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '　', '\r\n', '・')), { maxLength: 3 }),
  fullWidth: fc.boolean(),
  // A ※ after a header marks a note below the table (目標値※); text after a ※ is the note itself.
  wrap: fc.constantFrom(['', ''], ['【', '】'], ['', '※'], ['（', '）'], [' ', ' ']),
});

type Decoration = typeof decoration extends fc.Arbitrary<infer T> ? T : never;

function decorate(text: string, d: Decoration): string {
  const chars = [...text];
  for (const [at, blank] of d.breaks) chars.splice(1 + (at % Math.max(1, chars.length - 1)), 0, blank);
  const joined = chars.join('');
  const widened = d.fullWidth ? joined.replace(/[0-9a-zA-Z]/g, (ch) => FULL[ch] ?? ch) : joined;
  return `${d.wrap[0]}${widened}${d.wrap[1]}`;
}

describe('header matching (property, 10,000 cases each)', () => {
  it('every dictionary wording matches the same field however it is decorated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDINGS), decoration, (wording, d) => {
        const plain = matchHeader(wording);
        const decorated = matchHeader(decorate(wording, d));
        return plain !== null && decorated !== null && decorated.field === plain.field;
      }),
      RUNS,
    );
  });

  it('normalizeHeader is idempotent and matchHeader never throws, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        const once = normalizeHeader(text);
        const match = matchHeader(text);
        return normalizeHeader(once) === once && (match === null || (match.score > 0 && match.score <= 1));
      }),
      RUNS,
    );
  });

  it('a header typed with a separate voicing mark matches ("めさ゛す状態" is めざす状態; NFKC leaves さ + mark)', () => {
    expect(matchHeader('めさ゛す状態')?.field).toBe(matchHeader('めざす状態')?.field);
    // 前年度までの実績 is prose in the 福島区 initiative table (issue 12); the mark must not change that.
    expect(matchHeader('前年度ま て゛の実績')?.field).toBe(matchHeader('前年度までの実績')?.field);
    expect(normalizeHeader(normalizeHeader('𝔾΄'))).toBe(normalizeHeader('𝔾΄'));
  });

  it('long cells are content, never headers (no dictionary scan over a 30,000-character cell)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDINGS), fc.integer({ min: 61, max: 400 }), (wording, length) => {
        return matchHeader(wording.padEnd(length, '。')) === null;
      }),
      RUNS,
    );
  });
});

describe('standard layout detection (property, 10,000 cases each)', () => {
  /** The standard header shuffled, decorated, below a title block, at any origin. */
  const placement = fc.record({
    order: fc.shuffledSubarray([...STANDARD_HEADER.keys()], { minLength: STANDARD_HEADER.length }),
    decorations: fc.array(decoration, { minLength: STANDARD_HEADER.length, maxLength: STANDARD_HEADER.length }),
    titleRows: fc.integer({ min: 0, max: 4 }),
    leftPad: fc.integer({ min: 0, max: 3 }),
    origin: fc.constantFrom('A1', 'B2', 'C5', 'AA10'),
    rows: fc.integer({ min: 1, max: 4 }),
  });

  it('finds the header wherever it sits and maps every column to its field', () => {
    fc.assert(
      fc.property(placement, (p) => {
        const pad = (cells: CellValue[]): CellValue[] => [...Array<CellValue>(p.leftPad).fill(null), ...cells];
        const header = p.order.map((i, at) => decorate(STANDARD_HEADER[i] ?? '', p.decorations[at] ?? decoration_none));
        const data = Array.from({ length: p.rows }, (_, r) => {
          const row = standardRow('此花区', `1-${(r % 4) + 1}-ア`, 'H29年度までに50%以上', '51.3%');
          return p.order.map((i) => row[i] ?? null);
        });
        const title: CellValue[][] = Array.from({ length: p.titleRows }, (_, r) =>
          r === 0 ? ['平成27年度 区政運営基本方針 進捗状況（此花区）'] : [],
        );
        const snapshot = deepFreeze(sheetOf('此花区', [...title, pad(header), ...data.map(pad)], { origin: p.origin }));
        const reading = readSheet(snapshot, OPTIONS);
        const table = reading.tables[0];
        if (reading.layout !== 'standard' || !table || reading.records.length !== p.rows) return false;
        const originCol = p.origin === 'AA10' ? 26 : p.origin === 'C5' ? 2 : p.origin === 'B2' ? 1 : 0;
        const originRow = p.origin === 'AA10' ? 9 : p.origin === 'C5' ? 4 : p.origin === 'B2' ? 1 : 0;
        if (table.headerRow !== originRow + p.titleRows + 1) return false;
        const fieldAt = new Map(table.columns.map((c) => [c.column, c.field]));
        const expected = [
          'ward',
          'indicatorId',
          'indicatorText',
          'target',
          'unit',
          'actual',
          'listedInPlan',
          'implementation',
          'note',
        ];
        return p.order.every((i, at) => fieldAt.get(columnLetters(originCol + p.leftPad + at)) === expected[i]);
      }),
      RUNS,
    );
  });

  it('any mapping a user (or a tampered workbook) hands back is used or refused with a finding, never thrown', () => {
    const anyMapping = fc.oneof(
      fc.anything(),
      fc.record({
        layout: fc.oneof(fc.constantFrom('standard', 'nishi', 'generic', 'nonsense'), fc.anything()),
        tables: fc.array(
          fc.record({
            headerRow: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.double(), fc.constant(1e12), fc.string()),
            headerTop: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constant(undefined)),
            columns: fc.oneof(
              fc.dictionary(
                fc.oneof(fc.constantFrom('A', 'B', 'F', 'XFD', 'ZZZZ', '1', ''), fc.string({ maxLength: 3 })),
                fc.oneof(fc.constantFrom('ward', 'actual', 'target', 'indicatorId', 'nonsense'), fc.anything()),
                { maxKeys: 5 },
              ),
              fc.anything(),
            ),
          }),
          { maxLength: 3 },
        ),
      }),
    );
    const snapshot = deepFreeze(
      sheetOf('此花区', [[...STANDARD_HEADER], standardRow('此花区', '1-1-ア', 'H29年度までに50%以上', '51.3%')]),
    );
    fc.assert(
      fc.property(anyMapping, (mapping) => {
        const reading = readSheet(snapshot, { ...OPTIONS, mapping: mapping as never });
        return reading.records.length > 0 || reading.findings.length > 0;
      }),
      RUNS,
    );
  });
});

describe('cell addresses in findings (property, 10,000 cases)', () => {
  /** Excel's own reading of "Sheet!A1": a quoted name (quotes doubled) or a bare one. */
  function parse(address: string): { sheet: string; cell: string } | null {
    const quoted = /^'((?:[^']|'')+)'!([A-Z]{1,3}[1-9]\d*)$/.exec(address);
    if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), cell: quoted[2] ?? '' };
    const bare = /^([^'!\s]+)!([A-Z]{1,3}[1-9]\d*)$/.exec(address);
    return bare ? { sheet: bare[1] ?? '', cell: bare[2] ?? '' } : null;
  }

  /** Names Excel must quote: blanks, punctuation, a leading digit, or a shape it would read as a reference. */
  function mustQuote(name: string): boolean {
    return (
      !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(?:[Rr]\d*)?(?:[Cc]\d*)?$/.test(name)
    );
  }

  it('quotes what Excel quotes ("区 一覧", "O\'Brien", "R1C1", "2015年度"), and the name reads back', () => {
    expect(qualifiedAddress('区 一覧', 2, 1)).toBe("'区 一覧'!B3");
    expect(qualifiedAddress("O'Brien", 0, 0)).toBe("'O''Brien'!A1");
    expect(qualifiedAddress('此花区', 0, 5)).toBe('此花区!F1');
    for (const name of ['R1C1', 'RC', 'R2C', 'rc3', 'C', 'R', 'A1', 'XFD1048576', '2015年度', '📊集計']) {
      expect(qualifiedAddress(name, 0, 0)).toBe(`'${name}'!A1`);
    }
    const names = fc.oneof(
      fc.string({ minLength: 1, maxLength: 31 }).filter((n) => !/[[\]:*?/\\]/.test(n)),
      fc.stringMatching(/^(?:[RrCc]\d{0,3}){1,2}$/),
      fc.stringMatching(/^[A-Za-z]{1,3}\d{1,7}$/),
      fc.constantFrom('区 一覧', "O'Brien", '此花区', 'Sheet1', 'a.b_c', '福島区 (H27)'),
    );
    fc.assert(
      fc.property(names, fc.nat({ max: 1_048_575 }), fc.nat({ max: 16_383 }), (name, row, col) => {
        const address = qualifiedAddress(name, row, col);
        const parsed = parse(address);
        return (
          parsed !== null &&
          parsed.sheet === name &&
          parsed.cell === `${columnLetters(col)}${row + 1}` &&
          (!mustQuote(name) || address.startsWith("'"))
        );
      }),
      RUNS,
    );
  });
});

const decoration_none: Decoration = { breaks: [], fullWidth: false, wrap: ['', ''] };
