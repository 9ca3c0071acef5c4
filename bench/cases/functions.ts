/**
 * Custom functions (issues 3 and 10), on the bundled build (dist-bench, as functions.js ships):
 * KUSEI.STATUS over 100,000 ward cases (a) as one spilled call over two columns against a single
 * year and period, (b) as 100,000 single-cell calls through the same wrapper, and (c) the bare core
 * loop calling status() on the same cells. The wrapper's cost is what (a) adds to (c): aim ≤ 1.3x.
 * Also the size of dist/functions.js (gzip) when a production build exists, against the 25 KB budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { status as coreStatus } from '../../src/core/rules/status';
import { KUSEI } from '../../src/functions/functions';
import { compare, type BenchRow } from '../harness';
import type { BenchCase, BenchContext } from '../case';
import { syntheticCases } from './core';

const BUDGET_KB = 25;

function sizeRow(root: string): BenchRow[] {
  const file = join(process.env.KUSEI_DIST ?? join(root, 'dist'), 'functions.js');
  if (!existsSync(file)) return [];
  const kb = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  return [
    {
      benchmark: 'dist/functions.js (gzip -9)',
      figure: 'size',
      value: kb,
      unit: 'KB',
      runs: 1,
      comparedTo: `budget (issue 10: ≤ ${BUDGET_KB} KB)`,
      comparedValue: BUDGET_KB,
      ratio: kb / BUDGET_KB,
      note: 'the production build in dist/ as it is now (npm run build first for current figures)',
    },
  ];
}

const benchCase: BenchCase = {
  name: 'Custom functions',
  run({ root, quick }: BenchContext): Promise<BenchRow[]> {
    const rows = quick ? 10_000 : 100_000;
    const runs = quick ? 3 : 15;
    const cases = syntheticCases(rows, 2016);
    const actuals = cases.map((c) => [c.actual]);
    const targets = cases.map((c) => [c.target]);
    const year = [[1]];
    const years = [[3]];

    const statusFunction = KUSEI.status;
    const spilled = (): unknown => statusFunction(actuals, targets, year, years);
    const singleCells = (): unknown => {
      const out = new Array<unknown>(rows);
      for (let i = 0; i < rows; i++)
        out[i] = statusFunction([actuals[i] ?? [null]], [targets[i] ?? [null]], year, years);
      return out;
    };
    const bareCore = (): unknown => {
      const out = new Array<unknown>(rows);
      for (let i = 0; i < rows; i++) {
        const c = cases[i];
        out[i] = c === undefined ? null : coreStatus(c.actual, c.target, 1, 3);
      }
      return out;
    };

    const nsPerRow = (ms: number): number => (ms * 1e6) / rows;
    const versusCore = compare(spilled, bareCore, runs);
    const versusSingle = compare(spilled, singleCells, runs);
    const benchmark = `KUSEI.STATUS over ${rows.toLocaleString('en-US')} rows`;
    const row = (comparedTo: string, subjectMs: number, floorMs: number, note: string): BenchRow => ({
      benchmark,
      figure: '(a) one spilled call: time per row',
      value: nsPerRow(subjectMs),
      unit: 'ns',
      runs,
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
        'ratio (a)/(c); aim ≤ 1.3x (issue 10): the positional fast path for columns and single cells',
      ),
      row(
        `(b) ${rows.toLocaleString('en-US')} single-cell calls through the wrapper`,
        versusSingle.subject.medianMs,
        versusSingle.floor.medianMs,
        'ratio (a)/(b): a whole column in one call vs one call per cell',
      ),
      ...sizeRow(root),
    ]);
  },
};

export default benchCase;
