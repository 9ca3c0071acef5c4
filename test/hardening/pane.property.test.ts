import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readSheet } from '../../src/core/validate';
import { needsConsent } from '../../src/workbook/conflicts';
import { planStatusColumns, PROGRESS_HEADER, STATUS_HEADER } from '../../src/workbook/status-plan';
import { deepFreeze, OPTIONS, sheetOf, STANDARD_HEADER, standardRow } from './support/workbooks';

/**
 * What the pane writes into a ward's sheet (src/taskpane/status-plan.ts): live formulas built from the
 * sheet's own cells. Whatever a target cell holds — quotes, commas, parentheses, line breaks, a formula
 * of its own — it is at most a string literal in the formula, never code; and the pane asks before
 * writing over anything but its own columns. 10,000 cases each.
 */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

const RULES = { progress: () => 0.5, status: () => '概ね順調' };

/** KUSEI.PROGRESS/STATUS over a cell and a cell, number or one string literal ("" doubles a quote). */
const FORMULA =
  /^=KUSEI\.(?:PROGRESS\([A-Z]{1,3}\d+,(?:[A-Z]{1,3}\d+|-?\d+(?:\.\d+)?|"(?:[^"]|"")*")\)|STATUS\([A-Z]{1,3}\d+,(?:[A-Z]{1,3}\d+|-?\d+(?:\.\d+)?|"(?:[^"]|"")*"),\d+,\d+\))$/;

/** The string literal of a formula, unescaped, or null. */
function literalOf(formula: string): string | null {
  const match = /,"((?:[^"]|"")*)"/.exec(formula);
  return match ? (match[1] ?? '').replace(/""/g, '"') : null;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '")+HYPERLINK("http://x","y")+("',
    '"),1,3)+cmd|\' /C calc\'!A0+("',
    '=1+1',
    '@SUM(A1)',
    '<img src=x onerror=alert(1)>',
    '"""',
    '\n',
    ',',
  ),
);

describe('status columns the pane writes (property, 10,000 cases each)', () => {
  it('a target written after a label, holding anything, is one string literal in the formula, never code', () => {
    // An initiative table (seed 004): the activity target sits in its cell after a label, so the
    // formula carries the target itself as a literal ("…", quotes doubled) instead of a reference.
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        fc.constantFrom('1,000件以上', '50%以上', '3.5点以上'),
        (label, before, target) => {
          const written = `${label.replace(/[:：]/g, '')}：${before.replace(/[:：]/g, '')}${target}`;
          const values: CellValue[][] = [
            ['取組内容', '業績目標', '撤退基準', '取組実績'],
            ['区民への周知', written, '600件未満', '709件'],
          ];
          const sheet = deepFreeze(sheetOf('此花区', values));
          const reading = readSheet(sheet, OPTIONS);
          // KUSEI formulas carry the target as a literal; the portable default carries only its value.
          const kusei = { ...DEFAULT_SETTINGS, statusFormulas: 'kusei' as const };
          const { plan } = planStatusColumns(sheet, reading.records, [1], kusei, 'besideActual', RULES);
          if (!plan) return false;
          const formulas = [...plan.progress.cells, ...plan.status.cells].map((cell) => cell.formula);
          return formulas.every((formula) => {
            const literal = literalOf(formula);
            return FORMULA.test(formula) && literal !== null && written.endsWith(literal);
          });
        },
      ),
      RUNS,
    );
  });

  it('columns go beside the actual or right of the table, on data rows only, with the pane’s own headers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('besideActual' as const, 'afterTable' as const),
        (rows, placement) => {
          const values: CellValue[][] = [
            [...STANDARD_HEADER],
            ...Array.from({ length: rows }, (_, i) =>
              standardRow('此花区', `1-${(i % 4) + 1}-ア`, 'H29年度までに50%以上', `${i * 10}%`),
            ),
          ];
          const sheet = sheetOf('此花区', values);
          const reading = readSheet(sheet, OPTIONS);
          const { plan } = planStatusColumns(sheet, reading.records, [1], DEFAULT_SETTINGS, placement, RULES);
          if (!plan) return false;
          const expected = placement === 'besideActual' ? ['G', 'H'] : ['J', 'K'];
          const dataRows = reading.records.map((record) => record.source.row);
          return (
            plan.progress.column === expected[0] &&
            plan.status.column === expected[1] &&
            plan.progress.headerRow === 1 &&
            plan.progress.header === PROGRESS_HEADER &&
            plan.status.header === STATUS_HEADER &&
            plan.status.cells.every((cell) => dataRows.includes(cell.row))
          );
        },
      ),
      RUNS,
    );
  });

  it('consent is asked for any content but the pane’s own header and KUSEI formulas', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constantFrom('=SUM(A1)', '51.3%', '0', ' x ')),
        (content) => {
          const asks = needsConsent(content, STATUS_HEADER);
          const own =
            content === '' ||
            (typeof content === 'string' && (content.trim() === '' || content.trim() === STATUS_HEADER)) ||
            (typeof content === 'string' && /^=?(_xldudf_)?KUSEI\.(PROGRESS|STATUS)\(/i.test(content.trim()));
          return asks === !own;
        },
      ),
      RUNS,
    );
    expect(needsConsent('=KUSEI.STATUS(F2,D2,1,3)', STATUS_HEADER)).toBe(false);
    expect(needsConsent('前年度', STATUS_HEADER)).toBe(true);
    expect(needsConsent(0, STATUS_HEADER)).toBe(true);
  });
});
