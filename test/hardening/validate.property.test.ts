import fc from 'fast-check';
import { aggregate } from '../../src/core/aggregate';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import type { CellValue } from '../../src/core/cell';
import type { Finding } from '../../src/core/finding';
import { MESSAGES } from '../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readSheet, validateWorkbook } from '../../src/core/validate';
import { valuePart } from '../../src/core/validate/embedded';
import { hostileSheet } from './support/arbitraries';
import { deepFreeze, OPTIONS, sheetOf, STANDARD_HEADER, standardRow } from './support/workbooks';
import { shown } from '../support/shown';

/**
 * The validator (readSheet, validateWorkbook) on snapshots no ward would write: never throws, never
 * changes its input (deep-frozen), same input same output, findings that point at real cells with the
 * sheet quoted as Excel quotes it, and — through consolidation — never a status better than the
 * numbers. Snapshots are small (≤ 8 × 10) so 10,000 of them take a second or two.
 */
const RUNS = { numRuns: 10_000 };
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

/** The sheet name back out of a finding's address, and the A1 part; null when malformed. */
function splitAddress(address: string): { sheet: string; cell: string } | null {
  const quoted = /^'((?:[^']|'')+)'!([A-Z]{1,3}[1-9]\d*)$/.exec(address);
  if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), cell: quoted[2] ?? '' };
  const plain = /^([^'!]+)!([A-Z]{1,3}[1-9]\d*)$/.exec(address);
  return plain ? { sheet: plain[1] ?? '', cell: plain[2] ?? '' } : null;
}

/** A finding is well formed: known code, its severity, messages filled in both languages, a real address. */
function wellFormed(finding: Finding, sheetNames: readonly string[]): boolean {
  // Any finding code of the one table: sheet readers (forms, plans) keep theirs beside the core's.
  const entry = (MESSAGES as Record<string, { severity?: string } | undefined>)[finding.code];
  if (!entry || entry.severity !== finding.severity) return false;
  if (!sheetNames.includes(finding.sheet) && finding.code !== 'layout.unknown') return false;
  if (shown(finding).length === 0 || shown(finding, 'en').length === 0) return false;
  if (/\{\w+\}/.test(shown(finding)) || /\{\w+\}/.test(shown(finding, 'en'))) return false;
  if (finding.cell === null) return true;
  const parts = splitAddress(finding.cell);
  return (
    parts !== null &&
    parts.sheet === finding.sheet &&
    (finding.row === null || parts.cell.endsWith(String(finding.row)))
  );
}

describe('readSheet and validateWorkbook on hostile snapshots (property, 10,000 cases each)', () => {
  it('never throw, never write to the (deep-frozen) snapshot, and read it the same way twice', () => {
    fc.assert(
      fc.property(hostileSheet, (sheet) => {
        // Frozen: a write anywhere in the snapshot throws a TypeError (test code runs in strict mode).
        const input = deepFreeze(sheet);
        const first = readSheet(input, OPTIONS);
        const again = readSheet(input, OPTIONS);
        return JSON.stringify(again) === JSON.stringify(first);
      }),
      RUNS,
    );
  });

  it('every finding has a known code, its severity, both messages filled, and an address Excel can take', () => {
    fc.assert(
      fc.property(fc.array(hostileSheet, { minLength: 1, maxLength: 2 }), (sheets) => {
        const report = validateWorkbook(deepFreeze({ sheets }), OPTIONS);
        const names = sheets.map((s) => s.name);
        return report.findings.every((f) => wellFormed(f, names));
      }),
      RUNS,
    );
  });

  it('the report adds up: errors and warnings counted, valid only without errors, every sheet reported', () => {
    fc.assert(
      fc.property(fc.array(hostileSheet, { maxLength: 2 }), (sheets) => {
        const report = validateWorkbook(deepFreeze({ sheets }), OPTIONS);
        const errors = report.findings.filter((f) => f.severity === 'error').length;
        const warnings = report.findings.filter((f) => f.severity === 'warning').length;
        return (
          report.stats.errors === errors &&
          report.stats.warnings === warnings &&
          report.valid === (errors === 0) &&
          report.sheets.length === sheets.length &&
          report.stats.records === report.records.length &&
          report.sheets.every((s) => s.findings.every((f) => report.findings.includes(f)))
        );
      }),
      RUNS,
    );
  });

  it('a record keeps its actual as written (or the value after its label): its source address holds it', () => {
    fc.assert(
      fc.property(hostileSheet, (sheet) => {
        // Without merges: a merged data cell reads its area's top-left value by design.
        const reading = readSheet(deepFreeze({ ...sheet, origin: 'A1', merges: [] }), OPTIONS);
        return reading.records.every((record) => {
          const at = record.source.cells.actual;
          if (!at || record.part) return true;
          const match = /^([A-Z]+)(\d+)$/.exec(at);
          if (!match) return false;
          const col = (match[1] ?? 'A').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const value = sheet.values[Number(match[2]) - 1]?.[col] ?? null;
          // A blank string and an empty cell are the same to the reader.
          // A labelled value ("…の割合：47.6%", seed 002) keeps the value after its label.
          const asWritten = typeof value === 'string' && value.trim() === '' ? null : valuePart(value);
          if (JSON.stringify(asWritten) === JSON.stringify(record.actual)) return true;
          // A cell of several outcomes (seed 004: "49.6%\n61.8%") gives each record one of its lines.
          return typeof value === 'string' && value.split('\n').some((line) => line.trim() === record.actual);
        });
      }),
      RUNS,
    );
  });
});

describe('never a number, nor a status, for an actual it cannot read (property, 10,000 cases each)', () => {
  // Three counted ward indicators only, so consolidation's coverage check (every ward × every indicator)
  // stays small: the property is about each case's status, not about missing cases.
  const WARD_INDICATORS = FY2015_CATALOGUE.indicators
    .filter((i) => i.scope === 'ward' && i.counting === 'counted')
    .slice(0, 3);
  const catalogue = { ...FY2015_CATALOGUE, indicators: WARD_INDICATORS };
  const options = { ...OPTIONS, catalogue };
  const unreadable = fc.oneof(
    fc.constantFrom('約半数', '概ね達成', 'およそ50%', '50%くらい', '51.3% 61.8%', '5O%', 'N/A', '#N/A', '集計中'),
    fc.stringMatching(/^[a-zA-Zぁ-んァ-ン]{1,8}$/).filter((s) => !['A', 'B', 'a', 'b'].includes(s)),
  );

  it('an unreadable actual gives a finding at its cell and no status; readable ones are judged exactly', () => {
    const rows = fc.array(
      fc.record({
        ward: fc.constantFrom('北区', '此花区', '福島区', '西区'),
        indicator: fc.constantFrom(...WARD_INDICATORS.map((i) => i.id)),
        target: fc.integer({ min: 1, max: 1000 }),
        actual: fc.oneof(
          fc.integer({ min: 0, max: 1500 }).map((tenths) => tenths as number | string),
          unreadable,
        ),
      }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(rows, (cases) => {
        const values: CellValue[][] = [
          [...STANDARD_HEADER],
          ...cases.map((c) =>
            standardRow(
              c.ward,
              c.indicator,
              `H29年度までに${c.target / 10}%以上`,
              typeof c.actual === 'number' ? `${c.actual / 10}%` : c.actual,
            ),
          ),
        ];
        const report = validateWorkbook(deepFreeze({ sheets: [sheetOf('S', values)] }), options);
        const summary = aggregate(report.records, catalogue, DEFAULT_SETTINGS);
        return summary.cases.every((evaluated) => {
          const row = evaluated.source.row;
          const written = cases[row - 2];
          if (!written) return false;
          const duplicate = cases.some(
            (other, i) => i !== row - 2 && other.ward === written.ward && other.indicator === written.indicator,
          );
          if (duplicate) return true;
          if (typeof written.actual === 'string') {
            const flagged = report.findings.some((f) => f.cell === `S!F${row}` && f.severity !== 'info');
            return evaluated.status === null && evaluated.actualValue === null && flagged;
          }
          const a = written.actual;
          const t = written.target;
          const rate = Math.floor((2000 * a + t) / (2 * t));
          const expected = a >= t ? '目標達成' : rate >= 334 ? '概ね順調' : '必ずしも順調ではない';
          return evaluated.status === expected;
        });
      }),
      RUNS,
    );
  });
});
