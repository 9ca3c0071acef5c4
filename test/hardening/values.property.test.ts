import fc from 'fast-check';
import { errorMessageEn } from '../../src/core/messages';
import { isKuseiError } from '../../src/core/result';
import {
  isNotMeasured,
  normalizeText,
  readFiscalYear,
  readQuantity,
  readTarget,
  toWareki,
} from '../../src/core/values';

/**
 * Hardening properties of the value readers (domain §3), beyond those in test/core/values.property.test.ts:
 * every way the documents write a number reads back as that number, half- and full-width alike; text
 * around a number is never dropped to make a number out of it; targets keep their direction and year;
 * fiscal years round-trip through 和暦. 10,000 cases each.
 */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '0': '０',
  '1': '１',
  '2': '２',
  '3': '３',
  '4': '４',
  '5': '５',
  '6': '６',
  '7': '７',
  '8': '８',
  '9': '９',
  '.': '．',
  ',': '，',
  '%': '％',
};

function toFullWidth(text: string): string {
  return text.replace(/[0-9.,%]/g, (ch) => FULL_WIDTH[ch] ?? ch);
}

function grouped(integer: number): string {
  return String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number as the documents write it: up to 2 decimals, maybe grouped, full-width, △ for minus. */
const written = fc.record({
  integer: fc.integer({ min: 0, max: 9_999_999 }),
  decimals: fc.integer({ min: 0, max: 2 }),
  fraction: fc.integer({ min: 0, max: 99 }),
  negative: fc.boolean(),
  minus: fc.constantFrom('-', '△', '▲', '－', '−'),
  grouping: fc.boolean(),
  fullWidth: fc.boolean(),
  unit: fc.constantFrom('', '%', '％', ' %', '件', '点', '団体', '名', '千円', '百万円', '回', '校区等地域'),
});

type Written = typeof written extends fc.Arbitrary<infer T> ? T : never;

function render(w: Written): { text: string; value: number; unit: string | null } {
  const fraction = w.decimals === 0 ? '' : `.${String(w.fraction).padStart(2, '0').slice(0, w.decimals)}`;
  const digits = `${w.grouping ? grouped(w.integer) : String(w.integer)}${fraction}`;
  const magnitude = Number(`${w.integer}${fraction}`);
  const isPercent = w.unit.trim() === '%' || w.unit === '％';
  const body = w.fullWidth ? toFullWidth(digits) : digits;
  const signed = w.negative && magnitude !== 0;
  const text = `${signed ? w.minus : ''}${body}${w.fullWidth ? toFullWidth(w.unit) : w.unit}`;
  const value = (signed ? -magnitude : magnitude) / (isPercent ? 100 : 1);
  return { text, value, unit: isPercent ? '%' : w.unit === '' ? null : w.unit };
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('value readers: what is written is what is read (property, 10,000 cases each)', () => {
  it('every written form of a number (grouped, full-width, △▲－− minus, with a unit) reads back exactly', () => {
    fc.assert(
      fc.property(written, (w) => {
        const { text, value, unit } = render(w);
        const read = readQuantity(text);
        return !isKuseiError(read) && sameNumber(read.value, value) && read.unit === unit;
      }),
      RUNS,
    );
  });

  it('full-width and half-width spellings of any domain text read the same', () => {
    const domainChars = fc
      .array(fc.constantFrom(...'0123456789.,%△点件以上以下未満前年度比増減H平成令和元 ()'.split('')), {
        maxLength: 16,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(domainChars, (text) => {
        const half = readQuantity(text);
        const full = readQuantity(toFullWidth(text));
        return (
          JSON.stringify(isKuseiError(half) ? half.code : half) ===
          JSON.stringify(isKuseiError(full) ? full.code : full)
        );
      }),
      RUNS,
    );
  });

  it('words before a number are never dropped to make a number ("約50%", "およそ3点", "目標50%")', () => {
    fc.assert(
      fc.property(fc.constantFrom('約', 'およそ', '目標', 'about ', '概ね', 'x', '※'), written, (word, w) =>
        isKuseiError(readQuantity(`${word}${render(w).text}`)),
      ),
      RUNS,
    );
  });

  it('two numbers in one cell are never read as one ("51.3% 61.8%", "3点、4点")', () => {
    fc.assert(
      fc.property(written, written, fc.constantFrom(' ', '、', '/', '・', '～'), (a, b, separator) => {
        return isKuseiError(readQuantity(`${render(a).text}${separator}${render(b).text}`));
      }),
      RUNS,
    );
  });

  it('a number with an unknown word after it is an error naming it, not a silent unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.stringMatching(/^[a-zA-Z]{1,6}$/), (n, word) => {
        const read = readQuantity(`${n}${word}`);
        return isKuseiError(read) && read.message.length > 0;
      }),
      RUNS,
    );
  });

  it('a real number cell formatted as percent reads as the fraction it holds, with unit %', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('0%', '0.0%', '0.00%', '#,##0.0%'),
        (n, format) => {
          const read = readQuantity(n, format);
          return !isKuseiError(read) && read.value === n && read.unit === '%';
        },
      ),
      RUNS,
    );
  });
});

describe('kana typed with a separate voicing mark (property, 10,000 cases)', () => {
  /** Kana that take ゛ or ゜, with the spacing marks old input methods typed after them (U+309B, U+309C). */
  const voiced = fc.constantFrom(
    ...[...'かきくけこさしすせそたちつてとはひふへほカキクケコサシスセソタチツテトハヒフヘホ'].flatMap((kana) => [
      [kana, '゛'],
      ...('はひふへほハヒフヘホ'.includes(kana) ? [[kana, '゜']] : []),
    ]),
  );

  it('"ホ゜イント" folds to "ポイント" as NFKC alone would not (ホ + space + combining mark)', () => {
    expect(normalizeText('5ホ゜イント増')).toBe('5ポイント増');
    const spaced = readTarget('前年度比5ホ゜イント増');
    const composed = readTarget('前年度比5ポイント増');
    expect(spaced).toEqual({ ...composed, text: '前年度比5ホ゜イント増' });
  });

  it('any kana followed by a spacing voicing mark folds to the composed kana', () => {
    fc.assert(
      fc.property(voiced, fc.string({ maxLength: 4 }), ([kana, mark], rest) => {
        const composed = `${kana}${mark === '゛' ? '\u3099' : '\u309A'}`.normalize('NFC');
        return normalizeText(`${kana}${mark}${rest}`) === normalizeText(`${composed}${rest}`);
      }),
      RUNS,
    );
  });
});

describe('30,000-character cells (property, 10,000 cases)', () => {
  const long = fc
    .tuple(
      fc.constantFrom('1年度', '約', '51.3%以上', 'H29年度までに', 'あ', '1,'),
      fc.integer({ min: 201, max: 30_000 }),
    )
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

  it('error messages quote at most 200 characters of what was written, in both languages', () => {
    fc.assert(
      fc.property(long, (text) =>
        [readQuantity(`x${text}`), readTarget(text), readFiscalYear(text)].every(
          (result) => !isKuseiError(result) || (result.message.length < 400 && errorMessageEn(result).length < 500),
        ),
      ),
      RUNS,
    );
  });
  it('a target over 1,000 characters is not a target: unreadable as a whole, as validation treats such a cell', () => {
    const padded = readTarget(`${'x'.repeat(1_200)}50%以上`);
    expect(isKuseiError(padded) && padded.code).toBe('TARGET_UNREADABLE');
    expect(isKuseiError(readTarget(`${'x'.repeat(900)}50%以上`))).toBe(false);
  });
});

describe('target reader (property, 10,000 cases each)', () => {
  const percentTenths = fc.integer({ min: 1, max: 1000 });

  it('"H{n}年度までに X%以上" keeps value, unit, direction and year; 以下/未満 turn the direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        percentTenths,
        fc.constantFrom('以上', '以下', '未満'),
        fc.boolean(),
        (heisei, tenths, word, fullWidth) => {
          const written = `H${heisei}年度までに${tenths / 10}%${word}`;
          const target = readTarget(fullWidth ? toFullWidth(written) : written);
          if (isKuseiError(target)) return false;
          return (
            sameNumber(target.value ?? Number.NaN, tenths / 1000) &&
            target.unit === '%' &&
            target.direction === (word === '以上' ? 'higher' : 'lower') &&
            target.strict === (word === '未満') &&
            target.targetYear === 1988 + heisei
          );
        },
      ),
      RUNS,
    );
  });

  it('a target with no number is never given a value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'以上以下未満前年度比増減にべてからまで平成令和年度の割合を目標とする'.split('')), {
          maxLength: 20,
        }),
        (chars) => {
          const target = readTarget(chars.join(''));
          // A milestone or relative target may have no value; a value target without a number cannot exist.
          return isKuseiError(target) || target.value === null || target.kind !== 'value';
        },
      ),
      RUNS,
    );
  });
});

describe('fiscal years (property, 10,000 cases)', () => {
  it('令和100年度 (2118), which toWareki writes, reads back (was YEAR_UNREADABLE: era years had 2 digits)', () => {
    expect(toWareki(2118)).toBe('令和100年度');
    expect(readFiscalYear('令和100年度')).toBe(2118);
    expect(readFiscalYear('R182年度')).toBe(2200);
    expect(isKuseiError(readFiscalYear('R183年度'))).toBe(true);
  });

  it('every western year 1989–2200 survives 和暦 and back; 平成/H/R spellings name the same year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2200 }), (year) => {
        const wareki = toWareki(year);
        if (typeof wareki !== 'string' || readFiscalYear(wareki) !== year) return false;
        if (year <= 2018 && readFiscalYear(`H${year - 1988}年度`) !== year) return false;
        if (year >= 2019 && readFiscalYear(`R${year - 2018}年度`) !== year) return false;
        return readFiscalYear(toFullWidth(`平成${year - 1988}年度`)) === year || year > 2018;
      }),
      RUNS,
    );
  });

  it('not-measured words are recognised whatever blanks and width surround them, and never as values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('未測定', '成果測定の対象外', '－', '-', '', ' ', '　'),
        fc.constantFrom('', ' ', '　'),
        (word, pad) => {
          const cell = `${pad}${word}${pad}`;
          return isNotMeasured(cell) && isKuseiError(readQuantity(cell));
        },
      ),
      RUNS,
    );
  });
});
