import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OFFICE_JS, SCREENSHOTS, foreignRequests, recordRequests, seriousAccessibilityViolations } from './pane';

const WARDS = join(__dirname, '..', 'examples', 'wards');

test('consolidates the 24 FY2015 ward workbooks into the published Tables 2 and 1 and downloads them (issue 6)', async ({
  page,
  baseURL,
}, info) => {
  const requests = await recordRequests(page);
  await page.goto('/taskpane.html');
  await page.getByRole('tab', { name: 'ワークブックを統合' }).click();

  const files = readdirSync(WARDS)
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => join(WARDS, name));
  await page.getByTestId('ward-files-input').setInputFiles(files);

  // R8/R9, seed 000: 337 cases counted, 304 on track, 77 achieved, 33 behind; Table 1 408 / 346 (330 + 16) / 62 (59 + 3).
  await expect(page.getByTestId('table2-total')).toHaveText(
    '表２（計上 15 項目・337 件）: 概ね順調 304 件（うち目標達成 77 件）、必ずしも順調ではない 33 件、未測定 0 件',
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('table1-total')).toHaveText(
    '表１（408 件）: 記載あり 346 件（全て実施 330・一部実施 16）、記載なし 62 件（実施 59・未実施 3）',
  );
  await expect(page.getByRole('progressbar')).toHaveCount(files.length);
  await expect(page.locator('li[data-state="done"]')).toHaveCount(files.length);
  await expect(page.locator('li[data-file="福島区.xlsx"]')).toContainText('福島区 · ');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'consolidate.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '集計ブックをダウンロード' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('city-summary.xlsx');
  const saved = info.outputPath('city-summary.xlsx');
  await file.saveAs(saved);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['集計', '区別状況', '文案', '全区一覧']);
  const summary = workbook.getWorksheet('集計');
  const total = summary?.getRows(1, summary.rowCount)?.find((row) => row.getCell(1).value === '計');
  const result = (column: number) => (total?.getCell(column).value as { result?: number } | null)?.result;
  expect([result(3), result(4), result(5), result(6)]).toEqual([337, 304, 77, 33]);
  expect((total?.getCell(3).value as { formula?: string }).formula).toMatch(/^COUNTIFS\('全区一覧'!/);
  const header = summary?.getRows(1, 20)?.find((row) => row.getCell(1).value === '指標番号');
  expect(header?.getCell(10).value).toBe('指標番号');
  // 全区一覧: a header and one row per case, 24 wards x 17 indicators plus 全市's city-wide 1-3-ア.
  const list = workbook.getWorksheet('全区一覧');
  expect(list?.rowCount).toBe(1 + 24 * 17 + 1);
  const wards = new Set<unknown>();
  list?.eachRow((row, number) => {
    if (number > 1) wards.add(row.getCell(1).value);
  });
  expect(wards.size).toBe(25);

  expect(foreignRequests(requests, baseURL ?? '')).toEqual([OFFICE_JS]);
});

test('a file that cannot be read is listed with its reason and the rest are still summarised', async ({ page }) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  await page.getByRole('tab', { name: 'ワークブックを統合' }).click();
  await page.getByTestId('ward-files-input').setInputFiles([
    { name: '此花区.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(join(WARDS, '此花区.xlsx')) },
    { name: '壊れた.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') },
  ]);
  await expect(page.locator('li[data-file="壊れた.xlsx"]')).toHaveAttribute('data-state', 'failed');
  await expect(page.locator('li[data-file="壊れた.xlsx"]')).toContainText(
    'ファイル「壊れた.xlsx」はExcelブック(.xlsx)ではありません',
  );
  await expect(page.locator('li[data-file="此花区.xlsx"]')).toContainText('此花区 · ');
  await expect(page.getByTestId('table2-total')).toBeVisible();
});

test('the city report in a 400 px task pane: submission control, Table 2, chart, wards of an indicator, draft (issue 15 §1–§4)', async ({
  page,
}) => {
  await recordRequests(page);
  // An Excel task pane is 320–450 px wide.
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto('/taskpane.html');
  await page.getByRole('tab', { name: 'ワークブックを統合' }).click();
  await page.getByTestId('ward-files-input').setInputFiles([join(__dirname, '..', 'examples', 'fy2015_city.csv')]);
  // Submission control first, then Table 2 (R8, seed 000: 337/304/77/33), the chart, the wards and the draft.
  await expect(page.getByTestId('submissions-received')).toHaveText('提出あり: 24/24', { timeout: 30_000 });
  await expect(page.getByTestId('submissions-missing')).toHaveText('未提出: なし');
  await expect(page.getByTestId('table2').locator('tr[data-indicator="total"]')).toContainText('337304773');
  await expect(page.getByTestId('chart')).toBeVisible();
  await page.getByLabel('指標', { exact: true }).selectOption('1-2-イ');
  await page.getByLabel('状況で絞り込む', { exact: true }).selectOption('behind');
  await expect(page.getByTestId('indicator-wards').locator('tbody tr')).toHaveText([
    '都島区必ずしも順調ではない31.2％',
  ]);
  await expect(page.getByTestId('draft')).toContainText('都島区以外の23区においては');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'consolidate-pane.png'), fullPage: true });
});
