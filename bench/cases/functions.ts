/**
 * Custom functions suite (issue 3): KUSEI.STATUS over 100,000 ward cases (a) as one spilled call
 * over two columns, (b) as 100,000 single-cell calls through the same wrapper, and (c) the bare
 * core loop calling status() on the same cells. The wrapper's cost is what (a) adds to (c): the
 * aim is (a) within 1.5x of (c).
 */
import { status as coreStatus } from '../../src/core';
import { KUSEI } from '../../src/functions/functions';
import { compare, type BenchRow } from '../harness';
import type { BenchCase } from '../case';
import { syntheticCases } from './core';

const ROWS = 100_000;
const RUNS = 7;

const benchCase: BenchCase = {
  name: 'Custom functions',
  run(): Promise<BenchRow[]> {
    const cases = syntheticCases(ROWS, 2016);
    const actuals = cases.map((c) => [c.actual]);
    const targets = cases.map((c) => [c.target]);
    const year = [[1]];
    const years = [[3]];

    const statusFunction = KUSEI.status;
    const spilled = (): unknown => statusFunction(actuals, targets, year, years);
    const singleCells = (): unknown => {
      const out = new Array<unknown>(ROWS);
      for (let i = 0; i < ROWS; i++)
        out[i] = statusFunction([actuals[i] ?? [null]], [targets[i] ?? [null]], year, years);
      return out;
    };
    const bareCore = (): unknown => {
      const out = new Array<unknown>(ROWS);
      for (let i = 0; i < ROWS; i++) {
        const c = cases[i];
        out[i] = c === undefined ? null : coreStatus(c.actual, c.target, 1, 3);
      }
      return out;
    };

    const nsPerRow = (ms: number): number => (ms * 1e6) / ROWS;
    const versusCore = compare(spilled, bareCore, RUNS);
    const versusSingle = compare(spilled, singleCells, RUNS);
    const benchmark = `KUSEI.STATUS over ${ROWS.toLocaleString('en-US')} rows`;
    const row = (comparedTo: string, subjectMs: number, floorMs: number, note: string): BenchRow => ({
      benchmark,
      figure: '(a) one spilled call: time per row',
      value: nsPerRow(subjectMs),
      unit: 'ns',
      runs: RUNS,
      comparedTo,
      comparedValue: nsPerRow(floorMs),
      ratio: subjectMs / floorMs,
      note,
    });
    return Promise.resolve([
      row(
        '(c) bare core loop, status() per row',
        versusCore.subject.medianMs,
        versusCore.floor.medianMs,
        'ratio (a)/(c); aim: within 1.5x',
      ),
      row(
        `(b) ${ROWS.toLocaleString('en-US')} single-cell calls through the wrapper`,
        versusSingle.subject.medianMs,
        versusSingle.floor.medianMs,
        'ratio (a)/(b): a whole column in one call vs one call per cell',
      ),
    ]);
  },
};

export default benchCase;
