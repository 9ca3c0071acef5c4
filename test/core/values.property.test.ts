import fc from 'fast-check';
import { isNotMeasured, readFiscalYear, readQuantity, readTarget, toWareki } from '../../src/core/values';
import { explain, grade, progress, status, withdrawal } from '../../src/core/rules';
import { isKuseiError } from '../../src/core/result';

/** Any value a cell (or a careless caller) can hand the core. */
const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ cellError: fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!') }),
  fc.constantFrom(
    '５１．３％',
    '△5',
    '15,914千円',
    '未測定',
    '－',
    'H29年度までに50%以上',
    '前年度以上',
    '構築済',
    '3.5点',
  ),
);

/** Strings built from the documents' own characters, to reach deep into the readers. */
const domainText = fc
  .array(
    fc.constantFrom(
      ...'0123456789０１２３４５６７８９.,．，%％△-－()（）点件団体名回千円百万以上以下未満超増減前年度比にべてからまで中HR平成令和元年度未測定 　\n'.split(
        '',
      ),
    ),
    { maxLength: 24 },
  )
  .map((chars) => chars.join(''));

const text = fc.oneof(fc.string(), domainText);

describe('readers never throw and never guess (property)', () => {
  it('readQuantity never throws and returns a finite number or an error value', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, domainText), fc.option(fc.string(), { nil: undefined }), (cell, format) => {
        const result = readQuantity(cell, format);
        if (!isKuseiError(result)) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });

  it('text with no digit never reads as a number', () => {
    fc.assert(
      fc.property(text, (cell) => {
        fc.pre(!/[0-9０-９]/.test(cell) && !/[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]/.test(cell));
        expect(isKuseiError(readQuantity(cell))).toBe(true);
      }),
    );
  });

  it('text with extra words after the number never reads as a number', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom('以上', 'くらい', 'です', '程度'),
        (n, word) => {
          expect(isKuseiError(readQuantity(`${n}${word}`))).toBe(true);
        },
      ),
    );
  });

  it('a written percentage reads back as its fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const written = `${tenths / 10}%`;
        expect(readQuantity(written)).toEqual({ value: Number((tenths / 1000).toPrecision(15)), unit: '%' });
      }),
    );
  });

  it('readTarget, readFiscalYear, toWareki and isNotMeasured never throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, domainText), (cell) => {
        readTarget(cell);
        readTarget(cell, { ambiguousIncrease: 'relative' });
        readFiscalYear(cell);
        toWareki(cell);
        expect(typeof isNotMeasured(cell)).toBe('boolean');
      }),
    );
  });

  it('every rule returns a value or an error value on any input, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, domainText), fc.oneof(anyCell, domainText), anyCell, anyCell, (a, t, x, y) => {
        progress(a, t, x, y);
        status(a, t, x, y);
        grade(a, t);
        withdrawal(a, t, x);
        explain(a, t, x, y);
      }),
    );
  });

  it('same input, same output', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, domainText), fc.oneof(anyCell, domainText), (a, t) => {
        expect(status(a, t, 1, 3)).toEqual(status(a, t, 1, 3));
        expect(progress(a, t)).toEqual(progress(a, t));
        expect(readQuantity(a)).toEqual(readQuantity(a));
      }),
    );
  });
});

const RANK: Readonly<Record<string, number>> = { 必ずしも順調ではない: 0, 概ね順調: 1, 目標達成: 2 };

describe('status is monotone in the actual value (property)', () => {
  const targets = fc.constantFrom('H29年度までに50%以上', '60%以上', 'H29年度までに3.5点以上', '1件以上', '80%');
  const period = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n)));

  it('higher-is-better: a larger actual never gets a worse status', () => {
    fc.assert(
      fc.property(
        targets,
        period,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (target, [k, n], x, y) => {
          const unit = target.includes('点') ? '点' : target.includes('件') ? '件' : '%';
          const scale = unit === '%' ? 10 : 100;
          const [low, high] = x <= y ? [x, y] : [y, x];
          const lowStatus = status(`${low / scale}${unit}`, target, k, n);
          const highStatus = status(`${high / scale}${unit}`, target, k, n);
          expect(RANK[lowStatus as string]).toBeLessThanOrEqual(RANK[highStatus as string] ?? -1);
        },
      ),
    );
  });

  it('lower-is-better with a baseline: a smaller actual never gets a worse status', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), ([k, n], x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const target = '28年度件数(12件)から50%減(6件)';
        const lowStatus = status(`${low}件`, target, k, n);
        const highStatus = status(`${high}件`, target, k, n);
        expect(RANK[lowStatus as string]).toBeGreaterThanOrEqual(RANK[highStatus as string] ?? 99);
      }),
    );
  });
});
