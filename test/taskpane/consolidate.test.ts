import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { consolidate, type FileProgress } from '../../src/taskpane/consolidate/run';
import { shown } from '../support/shown';

const WARDS = join(__dirname, '..', '..', 'examples', 'wards');

function input(path: string, name = path.split('/').pop() ?? path) {
  const bytes = readFileSync(path);
  return {
    name,
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  };
}

// 25 workbooks read and validated: a few seconds on a loaded 2-core machine.
jest.setTimeout(30_000);

describe('Consolidation in the pane (issues 6, 15)', () => {
  it('R8/R9: the 24 FY2015 ward workbooks give the published Tables 2 and 1 (seed 000)', async () => {
    const files = readdirSync(WARDS)
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => input(join(WARDS, name)));
    const updates: (readonly FileProgress[])[] = [];

    const view = await consolidate(files, DEFAULT_SETTINGS, (progress) => updates.push(progress));

    const { summary } = view.report;
    expect(summary.table2.indicators.filter((row) => row.counted)).toHaveLength(15);
    expect(summary.table2.total).toEqual({ cases: 337, onTrack: 304, achieved: 77, behind: 33, notMeasured: 0 });
    expect(summary.table1).toEqual({
      cases: 408,
      listed: 346,
      listedFull: 330,
      listedPartial: 16,
      unlisted: 62,
      unlistedDone: 59,
      unlistedNotDone: 3,
    });
    expect(view.files.every((file) => file.state === 'done')).toBe(true);
    expect(view.grids.map((grid) => grid.name)).toEqual(['集計', '区別状況', '文案', '全区一覧']);
    // Issue 15 §3: submission control from the same loop the CLI uses.
    expect(view.report.submissions.received).toHaveLength(24);
    expect(view.report.submissions.missing).toEqual([]);
    // Each file is reported reading, then done, in order: the pane draws a progress bar per file.
    expect(updates[0]?.map((file) => file.state).slice(0, 2)).toEqual(['reading', 'waiting']);
    expect(updates.at(-1)?.every((file) => file.state === 'done')).toBe(true);
  });

  it('reports a file that cannot be read under its name and still summarises the rest', async () => {
    const files = [
      input(join(WARDS, '此花区.xlsx')),
      { name: '壊れた.xlsx', arrayBuffer: () => Promise.resolve(new TextEncoder().encode('not a zip').buffer) },
    ];
    const view = await consolidate(files, DEFAULT_SETTINGS, () => undefined);
    const broken = view.files.find((file) => file.name === '壊れた.xlsx');
    expect(broken?.state).toBe('failed');
    expect(shown(broken?.problem)).toContain('ファイル「壊れた.xlsx」はExcelブック(.xlsx)ではありません');
    expect(view.files.find((file) => file.name === '此花区.xlsx')?.records).toBe(17);
  });
});
