import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { constants, deflateRawSync } from 'node:zlib';
import { partsOf, zipArchive } from '../test/hardening/support/zip';
import { OFFICE_JS, foreignRequests, recordRequests } from './pane';
import { isPortableFormula } from '../src/core/portable/stale';
import { STANDARD_HEADER_ROW } from '../scripts/layouts/standard';

/**
 * Hostile cell text in the built pane (standalone mode, Debian's Chromium): markup and formula-like
 * text are shown as text, never run, never turned into formulas in what the pane writes; the page
 * talks to nobody but its own origin; its Content-Security-Policy forbids eval and inline scripts.
 * Run after `npx webpack --mode production`: `npx playwright test e2e/hostile.spec.ts`.
 */
const MARKUP = '<img src=x onerror=alert(1)>';
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '+cmd', '-1+1', '@SUM(A1)'];
const HEADER = [...STANDARD_HEADER_ROW];
const IDS = ['1-1-ア', '1-2-ア', '1-2-イ', '1-4-ア', '1-4-イ'];

/** A standard-layout sheet of 此花区 whose actuals are hostile text (and a note with markup). */
async function hostileWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("O'Brien <b>区");
  sheet.addRow(HEADER);
  [MARKUP, ...FORMULA_LIKE].forEach((text, i) =>
    sheet.addRow([
      '此花区',
      IDS[i],
      `${MARKUP}取組`,
      'H29年度までに50%以上',
      '%',
      text,
      '記載あり',
      '全て実施',
      MARKUP,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('cell text with markup or formulas is shown as text, never run, never exported as a formula', async ({
  page,
  baseURL,
}, info) => {
  const origin = baseURL ?? '';
  const requests = await recordRequests(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const violations: string[] = [];
  await page.exposeFunction('kuseiReportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { kuseiReportViolation(text: string): Promise<void> }).kuseiReportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto('/taskpane.html');
  await page.getByTestId('file-input').setInputFiles({
    name: 'hostile.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await hostileWorkbook(),
  });
  await expect(page.getByTestId('layout-summary')).toBeVisible();

  // The sheet view and the findings show the text as written.
  const grid = page.getByTestId('sheet-grid');
  await expect(grid.getByText(MARKUP, { exact: true }).first()).toBeVisible();
  for (const text of FORMULA_LIKE) await expect(grid.getByText(text, { exact: true })).toBeVisible();
  await expect(page.locator('button[data-code="value.notNumber"]').first()).toBeVisible();
  await expect(page.getByText(MARKUP, { exact: false }).first()).toBeVisible();
  // Nothing became an element: no <img>, no <b> made from cell or sheet-name text, no request for "x".
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('#root b').count()).toBe(0);

  // Writing status columns, then downloading: hostile text is still text in the workbook the pane writes.
  await page.getByRole('button', { name: '状況列を追加', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  const written = page.getByText(/進捗率と状況の列を追加しました/);
  await expect(dialog.or(written)).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: '表の右端に追加する' }).click();
  await expect(written).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '状況列を追加したブックをダウンロード' }).click();
  const saved = info.outputPath('hostile_KUSEI.xlsx');
  await (await download).saveAs(saved);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(saved);
  const sheet = result.worksheets[0];
  const actuals = [2, 3, 4, 5, 6].map((row) => sheet?.getCell(`F${row}`).value);
  expect(actuals).toEqual([MARKUP, ...FORMULA_LIKE]);
  const formulas: string[] = [];
  sheet?.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as { formula?: string } | null;
      if (value && typeof value === 'object' && typeof value.formula === 'string') formulas.push(value.formula);
    }),
  );
  expect(formulas.length).toBeGreaterThan(0);
  // Only the formulas KUSEI builds: the portable status columns (issue 14), nothing from a cell.
  expect(formulas.filter((formula) => !isPortableFormula(formula))).toEqual([]);

  expect(dialogs).toEqual([]);
  expect(requests.filter((url) => url === `${origin}/x` || url.endsWith('/x'))).toEqual([]);
  expect(foreignRequests(requests, origin)).toEqual([OFFICE_JS]);
  expect(violations.filter((v) => !v.includes('appsforoffice.microsoft.com'))).toEqual([]);
});

/**
 * A zip bomb where the reader looks (issue 11: limits apply to the parts a reading inflates; a part
 * nobody reads is never inflated): the worksheet declares 300 MiB of zeros (about 300 KB on disk).
 */
function zipBomb(workbook: Buffer): Buffer {
  const mib = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const zeros = Buffer.concat([...Array.from({ length: 300 }, () => mib), Buffer.from([0x03, 0x00])]);
  const bomb = {
    name: 'xl/worksheets/sheet1.xml',
    data: zeros,
    method: 8 as const,
    crc: 0,
    uncompressedSize: 300 * 1024 * 1024,
  };
  const parts = partsOf(new Uint8Array(workbook)).filter((part) => part.name !== bomb.name);
  return Buffer.from(zipArchive([...parts, bomb]));
}

test('consolidating hostile files: names and cells shown as text, a zip bomb and a cut file refused, the rest summarised', async ({
  page,
  baseURL,
}) => {
  const requests = await recordRequests(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/taskpane.html');
  await page.getByRole('tab', { name: 'ワークブックを統合' }).click();
  const workbook = await hostileWorkbook();
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await page.getByTestId('ward-files-input').setInputFiles([
    { name: `${MARKUP}.xlsx`, mimeType: type, buffer: workbook },
    { name: 'bomb.xlsx', mimeType: type, buffer: zipBomb(workbook) },
    { name: 'cut.xlsx', mimeType: type, buffer: workbook.subarray(0, workbook.length >> 1) },
  ]);
  await expect(page.getByTestId('table2-total')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('li[data-state="done"]')).toHaveCount(1);
  await expect(page.locator('li[data-state="failed"]')).toHaveCount(2);
  await expect(page.locator('li[data-file="bomb.xlsx"]')).toContainText('展開すると大きすぎます');
  await expect(page.locator('li[data-file="cut.xlsx"]')).toContainText('途中で切れています');
  await expect(page.getByText(`${MARKUP}.xlsx`, { exact: true })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(foreignRequests(requests, baseURL ?? '')).toEqual([OFFICE_JS]);
});

test('a zip bomb opened in the pane is refused before it is inflated, with a message saying what to do', async ({
  page,
}) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  await page.getByTestId('file-input').setInputFiles({
    name: 'bomb.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: zipBomb(await hostileWorkbook()),
  });
  await expect(page.getByRole('alert')).toContainText('ファイル「bomb.xlsx」は展開すると大きすぎます');
  await expect(page.getByTestId('layout-summary')).toHaveCount(0);
});

test('the Content-Security-Policy allows only the own origin and Office’s script host, and no eval', async ({
  page,
}) => {
  await recordRequests(page);
  await page.goto('/taskpane.html');
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources] as const),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe-eval');
  expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  // Strings are never compiled into code: a timer given a string and an inline <script> added to the page
  // are both refused, each with a policy violation (code the test driver evaluates is outside the policy).
  const refused = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
          if (seen.length === 2) resolve(seen.sort());
        });
        const timer = setTimeout as unknown as (code: string, delay: number) => number;
        timer('document.title = "ran"', 0);
        const script = document.createElement('script');
        script.textContent = 'document.title = "ran"';
        document.head.appendChild(script);
      }),
  );
  expect(refused).toEqual(['script-src eval', 'script-src-elem inline']);
  expect(await page.title()).toBe('KUSEI');
});
