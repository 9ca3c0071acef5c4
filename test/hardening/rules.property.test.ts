import fc from 'fast-check';
import { isKuseiError } from '../../src/core/result';
import { explain, grade, progress, status, threshold, withdrawal } from '../../src/core/rules';

/**
 * Status is never better than the numbers allow (R1–R4, seed 000 ※3): checked against an independent
 * oracle in exact integer arithmetic. Values are written as the documents write them (whole counts,
 * percentages to 0.1%), so every rate is a ratio of two integers and its rounding to 0.1% is exact.
 * 10,000 cases each.
 */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

/** round(1000·a/t) half up, exactly (a, t ≥ 0 integers, t > 0). */
function permille(a: number, t: number): number {
  return Math.floor((2000 * a + t) / (2 * t));
}

/** ceil(1000·k/n), exactly: R2's threshold (1/3 → 334). */
function thresholdPermille(k: number, n: number): number {
  return Math.floor((1000 * k + n - 1) / n);
}

function expectedStatus(a: number, t: number, k: number, n: number): string {
  if (a >= t) return '目標達成';
  return permille(a, t) >= thresholdPermille(k, n) ? '概ね順調' : '必ずしも順調ではない';
}

const period = fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n)));

/** A percentage written to 0.1% ("20.8%"), as tenths of a per cent. */
const tenths = fc.integer({ min: 0, max: 1500 });
const positiveTenths = fc.integer({ min: 1, max: 1000 });

function pct(tenthsOfPercent: number): string {
  return `${tenthsOfPercent / 10}%`;
}

describe('status is never better than the numbers allow (oracle, 10,000 cases each)', () => {
  it('percentages: status(a%, "t%以上", k, n) is exactly what a/t and ceil(k/n) at 0.1% give', () => {
    fc.assert(
      fc.property(tenths, positiveTenths, period, (a, t, [k, n]) => {
        return status(pct(a), `H29年度までに${pct(t)}以上`, k, n) === expectedStatus(a, t, k, n);
      }),
      RUNS,
    );
  });

  it('counts: status("a件", "t件以上", k, n) likewise, up to 100,000', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        period,
        (a, t, [k, n]) => status(`${a}件`, `${t}件以上`, k, n) === expectedStatus(a, t, k, n),
      ),
      RUNS,
    );
  });

  it('rates a hair either side of a 0.1% rounding boundary round as exact arithmetic does (targets up to 10^8)', () => {
    // 770,547 of 1,000,061 is 77.0499999…%: 77.0%, not 77.1% (a fixed 1e-9 nudge once rounded it up).
    expect(progress('770547件', '1000061件以上')).toBe(0.77);
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 100_000_000 }),
        fc.integer({ min: 0, max: 998 }),
        fc.boolean(),
        period,
        (t, p, above, [k, n]) => {
          const boundary = ((p + 0.5) * t) / 1000;
          const a = above ? Math.ceil(boundary) : Math.floor(boundary);
          fc.pre(a < t);
          const rate = progress(`${a}件`, `${t}件以上`);
          return (
            typeof rate === 'number' &&
            Math.round(rate * 1000) === permille(a, t) &&
            status(`${a}件`, `${t}件以上`, k, n) === expectedStatus(a, t, k, n)
          );
        },
      ),
      RUNS,
    );
  });

  it('an actual below the threshold share of the target is never 概ね順調 nor 目標達成', () => {
    fc.assert(
      fc.property(positiveTenths, period, fc.integer({ min: 1, max: 1000 }), (t, [k, n], shortfall) => {
        // The largest actual (in tenths) whose rounded rate is still below the threshold, minus some.
        const limit = thresholdPermille(k, n);
        let a = Math.max(0, Math.floor(((limit - 0.5) * t) / 1000) - (shortfall % 5));
        while (a > 0 && permille(a, t) >= limit) a--;
        fc.pre(permille(a, t) < limit && a < t);
        return status(pct(a), `${pct(t)}以上`, k, n) === '必ずしも順調ではない';
      }),
      RUNS,
    );
  });

  it('目標達成 only when the target is met: one 0.1% short is never achieved (R2, R3)', () => {
    fc.assert(
      fc.property(positiveTenths, period, (t, [k, n]) => {
        const short = status(pct(t - 1), `${pct(t)}以上`, k, n);
        const met = status(pct(t), `${pct(t)}以上`, k, n);
        return short !== '目標達成' && met === '目標達成' && grade(pct(t - 1), `${pct(t)}以上`) === 'B';
      }),
      RUNS,
    );
  });

  it('one short of a large target is never met: counts and yen up to 10^12 (was: within 10⁻⁹ counted as met)', () => {
    expect(status('999999999件', '1000000000件以上', 1, 3)).toBe('概ね順調');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000_000 }), fc.constantFrom('件', '円', '人'), (t, unit) => {
        return (
          status(`${t - 1}${unit}`, `${t}${unit}以上`) !== '目標達成' &&
          grade(`${t - 1}${unit}`, `${t}${unit}以上`) === 'B' &&
          grade(`${t}${unit}`, `${t}${unit}以上`) === 'A' &&
          grade(`${t + 1}${unit}`, `${t}${unit}以下`) === 'B' &&
          grade(`${t}${unit}`, `${t}${unit}未満`) === 'B'
        );
      }),
      RUNS,
    );
  });

  it('lower-is-better ("t件以下", "t件未満"): met only at or under the target; 未満 excludes t itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (a, t) => {
        const atMost = status(`${a}件`, `${t}件以下`);
        const under = status(`${a}件`, `${t}件未満`);
        return (atMost === '目標達成') === a <= t && (under === '目標達成') === a < t;
      }),
      RUNS,
    );
  });

  it('progress is the published rounding of a/t (R1), and 目標達成 ⇔ grade A on the same numbers', () => {
    fc.assert(
      fc.property(tenths, positiveTenths, (a, t) => {
        const rate = progress(pct(a), `${pct(t)}以上`);
        if (typeof rate !== 'number') return false;
        const achieved = status(pct(a), `${pct(t)}以上`) === '目標達成';
        return Math.round(rate * 1000) === permille(a, t) && achieved === (grade(pct(a), `${pct(t)}以上`) === 'A');
      }),
      RUNS,
    );
  });

  it('withdrawal (R4): 撤退基準未達成 only below the criterion, 目標達成 only at the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        (a, t, c) => {
          fc.pre(c <= t);
          const result = withdrawal(`${a}件`, `${t}件以上`, `${c}件未満`);
          if (a >= t) return result === '目標達成';
          return result === (a < c ? '撤退基準未達成' : '目標未達成');
        },
      ),
      RUNS,
    );
  });

  it('threshold(k, n) is ceil(k/n) at 0.1%, never below k/n, and 100% in the last year', () => {
    fc.assert(
      fc.property(period, ([k, n]) => {
        const value = threshold(k, n);
        return (
          typeof value === 'number' &&
          Math.round(value * 1000) === thresholdPermille(k, n) &&
          value >= k / n - 1e-12 &&
          (k !== n || value === 1)
        );
      }),
      RUNS,
    );
  });

  it('explain names the same status as status() for the same arguments', () => {
    fc.assert(
      fc.property(tenths, positiveTenths, period, (a, t, [k, n]) => {
        const said = explain(pct(a), `${pct(t)}以上`, k, n);
        const judged = status(pct(a), `${pct(t)}以上`, k, n);
        return typeof said === 'string' && typeof judged === 'string' && said.endsWith(`→ ${judged}`);
      }),
      RUNS,
    );
  });

  it('progress is a finite rate or an error value, never ±Infinity (1e300 against 1e-300 is #NUM!)', () => {
    expect(progress(1e300, 1e-300)).toMatchObject({ error: '#NUM!' });
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, t) => {
        const rate = progress(a, t);
        return isKuseiError(rate) || Number.isFinite(rate);
      }),
      RUNS,
    );
  });

  it('units that do not compare (件 against %, 点 against 件) are an error, never a status', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(['件', '%'], ['%', '件'], ['点', '件'], ['団体', '点'], ['千円', '件']),
        (a, t, [actualUnit, targetUnit]) => isKuseiError(status(`${a}${actualUnit}`, `${t}${targetUnit}以上`, 1, 3)),
      ),
      RUNS,
    );
  });
});
