import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { layoutDefinition, type LayoutId } from '../src/core/layouts/layout';
import { isPortableFormula, isStatusFormula } from '../src/core/portable/stale';
import {
  FIXTURES,
  OFFICE_JS,
  SCREENSHOTS,
  expected,
  foreignRequests,
  openFixture,
  recordPageErrors,
  recordRequests,
  seriousAccessibilityViolations,
  shownFindings,
} from './pane';

// The four layouts of the seeds (domain §7) and the KUSEI standard layout.
const SEED_LAYOUTS = ['fukushima', 'nishi', 'taisho', 'konohana', 'standard'] as const;

test('offline, office.js fails to load and the pane starts in standalone mode at once', async ({ page, baseURL }) => {
  const requests = await recordRequests(page);
  const errors = recordPageErrors(page);
  await page.goto('/taskpane.html');

  await expect(page.getByText('ブラウザ単独モード', { exact: true })).toBeVisible();
  await expect(page.getByText(/office\.js を読み込めなかったため/)).toBeVisible();
  await expect(page.getByRole('button', { name: '.xlsx ファイルを開く' })).toBeEnabled();
  expect(requests).toContain(OFFICE_JS);
  expect(foreignRequests(requests, baseURL ?? '')).toEqual([OFFICE_JS]);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  // Nothing on the page fails without Office: neither the pane nor the custom functions' bundle.
  expect(errors).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'standalone-start.png') });
});

for (const fixture of SEED_LAYOUTS) {
  test(`${fixture}: open, see the layout and findings, add status columns, download`, async ({
    page,
    baseURL,
  }, info) => {
    const want = expected(fixture);
    const requests = await recordRequests(page);
    const errors = recordPageErrors(page);
    await page.goto('/taskpane.html');
    await openFixture(page, fixture);

    await expect(
      page.getByRole('heading', { name: `様式: ${layoutDefinition(want.layout as LayoutId).name}` }),
    ).toBeVisible();
    await expect(page.getByTestId('layout-summary')).toContainText(`${want.records} 件の指標行`);
    const findings = await shownFindings(page);
    expect(findings.filter(([severity]) => severity !== 'info').map(([, code, cell]) => ({ code, cell }))).toEqual(
      want.findings.map(({ code, cell }) => ({ code, cell })),
    );

    await page.getByRole('button', { name: '状況列を追加', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    const written = page.getByText(/進捗率と状況の列を追加しました/);
    await expect(dialog.or(written)).toBeVisible();
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: '表の右端に追加する' }).click();
    await expect(written).toBeVisible();
    const header = page.getByTestId('sheet-grid').getByText('進捗率', { exact: true });
    await header.scrollIntoViewIfNeeded();
    await expect(header).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, `standalone-${fixture}.png`), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '状況列を追加したブックをダウンロード' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${fixture}_KUSEI.xlsx`);
    const saved = info.outputPath(file.suggestedFilename());
    await file.saveAs(saved);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(join(FIXTURES, `${fixture}.xlsx`));
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(saved);
    const sheetName = original.worksheets[0]?.name ?? '';
    const before = original.getWorksheet(sheetName);
    const after = result.getWorksheet(sheetName);
    // Every cell the ward wrote is still there, unchanged; the new cells are live formulas of Excel's own
    // functions (issue 14: right without the add-in), none of them KUSEI's.
    const unchanged: string[] = [];
    before?.eachRow((row) =>
      row.eachCell((cell) => {
        if (JSON.stringify(after?.getCell(cell.address).value) !== JSON.stringify(cell.value))
          unchanged.push(cell.address);
      }),
    );
    expect(unchanged).toEqual([]);
    const formulas: string[] = [];
    after?.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string } | null;
        if (value && typeof value === 'object' && typeof value.formula === 'string') formulas.push(value.formula);
      }),
    );
    expect(formulas.filter((formula) => /KUSEI\./.test(formula))).toEqual([]);
    expect(formulas.filter((formula) => !isPortableFormula(formula))).toEqual([]);
    // Year 1 of 3: the status formulas compare with 33.4% (R2), in thousandths.
    expect(formulas.some((formula) => isStatusFormula(formula) && formula.includes('>=334,"概ね順調"'))).toBe(true);

    expect(foreignRequests(requests, baseURL ?? '')).toEqual([OFFICE_JS]);
    expect(errors).toEqual([]);
  });
}

test('selecting a finding highlights its cell in the sheet view (R5 and R6, 福島区 layout)', async ({ page }) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  await openFixture(page, 'error.missing-explanation');

  expect(await shownFindings(page)).toEqual(
    expect.arrayContaining([
      ['error', 'explanation.missing', '成果指標!N10'],
      ['error', 'mark.disagrees', '成果指標!K11'],
    ]),
  );
  await expect(page.getByRole('region', { name: /エラー \(2\)/ })).toBeVisible();
  const grid = page.getByTestId('sheet-grid');
  await expect(grid.locator('td[data-address="N10"]')).toHaveAttribute('data-severity', 'error');

  await page.locator('button[data-code="explanation.missing"]').click();
  await expect(grid.locator('td[data-address="N10"]')).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('button[data-code="explanation.missing"]')).toHaveAttribute('aria-current', 'true');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'finding-selected.png'), fullPage: true });
});

test('a not-measured actual is a warning, tinted in the sheet view (R7)', async ({ page }) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  await openFixture(page, 'messy.not-measured');
  await expect(page.getByRole('region', { name: /警告 \(1\)/ })).toBeVisible();
  await page.locator('button[data-code="value.notMeasured"]').click();
  await expect(page.getByTestId('sheet-grid').locator('td[data-address="F8"]')).toHaveAttribute(
    'data-selected',
    'true',
  );
  await expect(page.getByTestId('sheet-grid').locator('td[data-address="F8"]')).toHaveAttribute(
    'data-severity',
    'warning',
  );
});

test('settings are a form on their own tab', async ({ page }) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  await openFixture(page, 'standard');
  await page.getByRole('tab', { name: '設定' }).click();
  await expect(page.getByLabel('報告年度')).toHaveValue('2015');
  await page.getByLabel('報告年度').fill('2016');
  await page.getByRole('button', { name: '設定を保存' }).click();
  await expect(page.getByText('設定をブックに保存しました。')).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'settings.png') });
});

test('office.js that loads outside Office (onReady: no host) also starts standalone mode', async ({ page }) => {
  // Serve the npm package's copy of office.js (and the files it loads) in place of the CDN.
  const officeDist = join(__dirname, '..', 'node_modules', '@microsoft', 'office-js', 'dist');
  await page.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', async (route) => {
    const file = join(officeDist, new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
    if (existsSync(file)) await route.fulfill({ path: file, contentType: 'text/javascript' });
    else await route.abort('internetdisconnected');
  });
  await page.goto('/taskpane.html');
  await expect(page.getByText('ブラウザ単独モード', { exact: true })).toBeVisible();
  await expect(page.getByText(/Excel の外で開かれています/)).toBeVisible();
  await expect(page.getByText(/office\.js を読み込めなかったため/)).toHaveCount(0);
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('object');
});

test('never proposes to write over the ward’s columns: the status columns go right of the table (福島区 layout)', async ({
  page,
}) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  await openFixture(page, 'fukushima');
  await page.getByRole('button', { name: '状況列を追加', exact: true }).click();

  // Beside the actual column (I) are 前年度 (J) and 個別 (K), the ward's own data: no question, no overwrite.
  await expect(page.getByText(/進捗率と状況の列を追加しました/)).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const grid = page.getByTestId('sheet-grid');
  await expect(grid.locator('td[data-address="J4"]')).toHaveText('前年度');
  await expect(grid.locator('td[data-address="J8"]')).toHaveText('30.3%');
  const header = grid.getByText('進捗率', { exact: true });
  await header.scrollIntoViewIfNeeded();
  await expect(header).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

test('a file that is not an .xlsx gets a clear message, not a crash', async ({ page }) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'fy2015_city.csv'));
  await expect(page.getByRole('alert')).toContainText(
    'ファイル「fy2015_city.csv」はExcelブック(.xlsx)ではありません。',
  );
  await expect(page.getByTestId('layout-summary')).toHaveCount(0);
});

test('the pane speaks English with ?lang=en', async ({ page }) => {
  await recordRequests(page);
  await page.goto('/taskpane.html?lang=en');
  await expect(page.getByText('Standalone browser mode', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open an .xlsx file' })).toBeVisible();
  await openFixture(page, 'error.unreadable-number');
  await expect(page.getByRole('button', { name: 'Check this sheet' })).toBeVisible();
  await expect(page.locator('button[data-code="value.notNumber"]')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'standalone-english.png'), fullPage: true });
});
