import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runStatus, type StatusJson } from '../../src/cli/status';
import { FY2015_CATALOGUE } from '../../src/core/catalogue/fy2015';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import { isFileReadError, readWorkbookFile } from '../../src/files';
import { shown } from '../support/shown';

/**
 * Issue 14 §1: the portable columns carry the target's value, read when they were written. When a
 * clerk edits the target text afterwards (北区 1-1-ア: 50%以上 → 60%以上), 検証 warns at both cells of
 * that row, and only there; writing the columns again clears the warning.
 */
async function stale(path: string): Promise<string[]> {
  const snapshot = await readWorkbookFile(path);
  if (isFileReadError(snapshot)) throw new Error(shown(snapshot));
  const report = validateWorkbook(snapshot, { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE });
  return report.findings
    .filter((finding) => finding.code === 'status.columnStale')
    .map((finding) => finding.cell ?? '');
}

describe('status columns that no longer match their row (issue 14 §1)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kusei-stale-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('warns at the cells of a row whose target was edited after the columns were written', async () => {
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };
    const written = join(dir, 'written.xlsx');
    expect(await runStatus(['examples/wards/北区.xlsx', '--out', written, '--json'], io)).toBe(0);
    const plan = JSON.parse(out.join('\n')) as StatusJson;
    expect(await stale(written)).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written);
    const sheet = workbook.getWorksheet(plan.sheet);
    expect(sheet?.getCell('D2').value).toBe('H29年度までに50%以上');
    sheet!.getCell('D2').value = 'H29年度までに60%以上';
    const edited = join(dir, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);

    const quoted = plan.sheet; // 北区: no quotes needed
    expect(await stale(edited)).toEqual([`${quoted}!${plan.progressColumn}2`, `${quoted}!${plan.statusColumn}2`]);

    const rewritten = join(dir, 'rewritten.xlsx');
    expect(await runStatus([edited, '--out', rewritten], io)).toBe(0);
    expect(await stale(rewritten)).toEqual([]);
  });
});
