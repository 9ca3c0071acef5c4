import fc from 'fast-check';
import { isKuseiError } from '../../src/core/result';
import { grade, progress, status } from '../../src/core/rules';
import { readValue } from '../../src/core/values';
import { FunctionError } from '../../src/functions/excel-errors';
import { KUSEI } from '../../src/functions/functions';

/**
 * The custom functions as Excel calls them, with anything a sheet can hand them: ranges of any shape
 * (ragged, empty, a bare value, omitted), error cells, NaN and ±∞, objects. They never throw, always
 * return a rectangle of cells Excel can show, and say exactly what the core says for one cell.
 * 10,000 cases each.
 */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

const domain = fc.constantFrom(
  '51.3%',
  '５１．３％',
  'H29年度までに50%以上',
  '3.5点以上',
  '1,000件以上',
  '600件未満',
  '前年度以上',
  '未測定',
  '－',
  '平成27年度',
  'R6',
  '約半数',
  '=HYPERLINK("http://x","y")',
  '<img src=x onerror=alert(1)>',
  '',
);

/** One cell as Excel (or a careless script) may pass it. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  domain,
  fc.string({ maxLength: 10 }),
  fc.double(),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!').map((code) => ({ code })),
  fc.constantFrom({}, [], { errorCode: '#REF!' }, new Date(0)),
);

/** An argument: a range of any shape (ragged too), a 1-D array, a bare value, or omitted (null). */
const anyArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.array(anyCell, { maxLength: 2 }), { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.array(anyCell, { maxLength: 3 }) },
  { weight: 1, arbitrary: anyCell },
);

type Wrapper = (...args: unknown[][][]) => unknown[][];
const WRAPPERS: Readonly<Record<string, Wrapper>> = Object.fromEntries(
  Object.entries(KUSEI)
    .filter(([, fn]) => typeof fn === 'function')
    .map(([name, fn]) => [name, fn as unknown as Wrapper]),
);

function showable(cell: unknown): boolean {
  return (
    typeof cell === 'string' ||
    typeof cell === 'boolean' ||
    (typeof cell === 'number' && Number.isFinite(cell)) ||
    cell instanceof FunctionError
  );
}

/** One cell's result, as comparable text: the value, or the Excel error kind. */
function shown(cell: unknown): string {
  return cell instanceof FunctionError ? cell.code : JSON.stringify(cell);
}

function core(result: unknown): string {
  return isKuseiError(result) ? result.error : JSON.stringify(result);
}

describe('custom functions on anything a sheet can pass (property, 10,000 cases each)', () => {
  it('every function returns a non-empty rectangle of cells Excel can show, and never throws', () => {
    expect(Object.keys(WRAPPERS).length).toBeGreaterThanOrEqual(10);
    fc.assert(
      fc.property(fc.array(anyArgument, { minLength: 4, maxLength: 4 }), (args) =>
        Object.values(WRAPPERS).every((wrapper) => {
          const out = wrapper(...(args as unknown[][][]));
          const width = out[0]?.length ?? 0;
          return out.length > 0 && width > 0 && out.every((row) => row.length === width && row.every(showable));
        }),
      ),
      RUNS,
    );
  });

  it('one cell in, the core function out: PROGRESS, STATUS, GRADE and VALUE are exactly the core', () => {
    fc.assert(
      fc.property(anyCell, anyCell, fc.integer({ min: 1, max: 3 }), (a, t, k) => {
        const cell = (v: unknown): unknown[][] => [[v]];
        const value = (v: unknown): unknown => (v === '' || v === undefined ? null : v);
        if (typeof a === 'object' || typeof t === 'object') return true; // error objects: next property
        return (
          shown(KUSEI.progress(cell(a), cell(t))[0]?.[0]) === core(progress(value(a), value(t))) &&
          shown(KUSEI.status(cell(a), cell(t), cell(k), cell(3))[0]?.[0]) === core(status(value(a), value(t), k, 3)) &&
          shown(KUSEI.grade(cell(a), cell(t))[0]?.[0]) === core(grade(value(a), value(t))) &&
          shown(KUSEI.number(cell(a))[0]?.[0]) === core(readValue(value(a)))
        );
      }),
      RUNS,
    );
  });

  it('an error cell in gives an error cell out, never a status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!'),
        domain,
        (code, other) =>
          KUSEI.status([[{ code }]], [[other]])[0]?.[0] instanceof FunctionError &&
          KUSEI.progress([[other]], [[{ code }]])[0]?.[0] instanceof FunctionError,
      ),
      RUNS,
    );
  });

  it('a column against one target is the column of single-cell results (broadcasting)', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { minLength: 1, maxLength: 6 }), domain, (actuals, target) => {
        const column = KUSEI.status(
          actuals.map((a) => [a]),
          [[target]],
          [[1]],
          [[3]],
        );
        return actuals.every(
          (a, i) => shown(column[i]?.[0]) === shown(KUSEI.status([[a]], [[target]], [[1]], [[3]])[0]?.[0]),
        );
      }),
      RUNS,
    );
  });
});
