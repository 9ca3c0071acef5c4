/**
 * Writes test/fixtures/plan/: three wards' 令和6年度 運営方針 in the 西区 form of seed 002, for the
 * single-year ward plan (issue 16). They start from the corpus's nishi-r6-plan.xlsx (the form as a
 * ward keeps it) with its planted mistakes corrected to the seed's own figures, then two other wards
 * with figures changed by hand. The expected A/B counts are written by hand in ward-plan.test.ts.
 *
 *   npx tsx scripts/make-plan-fixtures.ts
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';

type Edit = readonly [cell: string, from: string | null, to: string | number];

const CORPUS = join(__dirname, '..', 'test', 'fixtures', 'corpus', 'nishi-r6-plan.xlsx');
const OUT = join(__dirname, '..', 'test', 'fixtures', 'plan');

/** 西区 as seed 002 prints it: the corpus's four planted mistakes put back to the seed's figures. */
const NISHI: readonly Edit[] = [
  ['E32', null, 0.938],
  ['G27', null, '14百万円'],
  ['B41', '539人', '53.9%'],
  ['F42', null, 'A'],
];

/** 港区: figures changed by hand; marks written as the rules give them (R3). */
const MINATO: readonly Edit[] = [
  ...NISHI,
  ['B16', '41.2%', '49.5%'],
  ['F16', null, 'A'],
  ['B24', '63.3%', '52.0%'],
  ['B24', '90.7%', '85.0%'],
  ['F24', null, 'B'],
  ['E32', null, 0.801],
  ['F32', null, 'B'],
  ['B41', '53.9%', '61.4%'],
  ['F41', null, 'A'],
  ['B42', '83.3%', '78.2%'],
  ['F42', null, 'B'],
];

/** 大正区: every figure exactly on its target (以上 includes it), but 3-(1)'s first just under. */
const TAISHO: readonly Edit[] = [
  ...NISHI,
  ['B16', '41.2%', '48.0%'],
  ['F16', null, 'A'],
  ['B24', '63.3%', '57.0%'],
  ['B24', '90.7%', '80.0%'],
  ['E32', null, 0.85],
  ['B41', '53.9%', '59.9%'],
  ['B42', '83.3%', '80.0%'],
];

function replaceText(value: ExcelJS.CellValue, from: string, to: string): ExcelJS.CellValue {
  if (typeof value === 'string') return value.split(from).join(to);
  if (value && typeof value === 'object' && 'richText' in value) {
    return { richText: value.richText.map((run) => ({ ...run, text: run.text.split(from).join(to) })) };
  }
  return value;
}

async function write(ward: string, edits: readonly Edit[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(CORPUS);
  const ws = workbook.getWorksheet('R6運営方針');
  if (!ws) throw new Error('no R6運営方針 sheet');
  for (const [address, from, to] of edits) {
    const cell = ws.getCell(address);
    // ExcelJS, not Office.js: there is no context to sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    cell.value = from === null ? to : replaceText(cell.value, from, String(to));
  }
  // The ward is named in the title and in a few texts (西区教育会議): all become the other ward's.
  if (ward !== '西区')
    ws.eachRow((row) => row.eachCell((cell) => (cell.value = replaceText(cell.value, '西区', ward))));
  workbook.creator = 'KUSEI tests (scripts/make-plan-fixtures.ts)';
  workbook.created = new Date(Date.UTC(2025, 5, 30));
  workbook.modified = workbook.created;
  await workbook.xlsx.writeFile(join(OUT, `${ward}-R6運営方針.xlsx`));
}

void (async () => {
  await write('西区', NISHI);
  await write('港区', MINATO);
  await write('大正区', TAISHO);
  console.log(`3 workbooks written to ${OUT}`);
})();
