import fc from 'fast-check';
import { cellAddress } from '../../src/core/address';
import type { CellValue } from '../../src/core/cell';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import { readForm } from './helpers';

/**
 * Properties of the form reader over generated 大正区- and 此花区-like sheets (domain §7.3–§7.4): reading
 * never throws, and a value field (actual, target, mark, outlooks) never points at a label cell or a
 * narrative cell, wherever the form's parts are placed and whatever the cells hold.
 */

const VALUE_FIELDS = ['actual', 'target', 'mark', 'implementationOutlook', 'achievementOutlook', 'previous'];

/** What a clerk may type into a value cell. */
const ANY_VALUE: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    '',
    '97.60%以上',
    '現年度分　86.76%\n滞納繰越分　29.24%',
    0.9719,
    3,
    '未測定',
    '（○）実施見込み　（　）実施できない見込み',
    '☑ 目標達成　☐ 目標未達成',
    '○',
    '目標達成',
    '(実績)',
    '結果',
    '#N/A',
  ),
  fc.string({ maxLength: 30 }),
  fc.double({ noNaN: true }),
);

const NARRATIVE = fc.constantFrom(
  '・平成29年度口座振替受付件数　65件（28年度34件　27年度34件）',
  '現年度分収納率は平成30年3月末現在86.76%で推移しており、目標達成は確実な状況である。',
  '区民まつりなどで区民にアピール',
);

interface Built {
  readonly sheet: SheetSnapshot;
  /** A1 addresses the generator wrote a label or caption in. */
  readonly labels: ReadonlySet<string>;
  /** A1 addresses of narrative (context) cells. */
  readonly narrative: ReadonlySet<string>;
}

class Grid {
  readonly values: CellValue[][] = [];
  readonly merges: string[] = [];
  readonly labels = new Set<string>();
  readonly narrative = new Set<string>();

  set(row: number, col: number, value: CellValue): void {
    while (this.values.length <= row) this.values.push([]);
    const line = this.values[row] ?? [];
    while (line.length <= col) line.push(null);
    line[col] = value;
  }

  label(row: number, col: number, text: string): void {
    this.set(row, col, text);
    this.labels.add(cellAddress(row, col));
  }

  prose(row: number, col: number, text: string): void {
    this.set(row, col, text);
    this.narrative.add(cellAddress(row, col));
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
  }

  build(name: string): Built {
    const width = Math.max(...this.values.map((line) => line.length), 1);
    const values = this.values.map((line) => [...line, ...Array<CellValue>(width - line.length).fill(null)]);
    return {
      sheet: { name, origin: 'A1', values, merges: this.merges },
      labels: this.labels,
      narrative: this.narrative,
    };
  }
}

const TAISHO_BLOCK = fc.record({
  values: fc.array(ANY_VALUE, { minLength: 8, maxLength: 8 }),
  narrative: NARRATIVE,
  mergeCaptions: fc.boolean(),
  yearEndCaption: fc.constantFrom('自己評価', '年度評価'),
});

const TAISHO_SHEET = fc.record({
  top: fc.integer({ min: 0, max: 3 }),
  left: fc.integer({ min: 0, max: 2 }),
  blocks: fc.array(TAISHO_BLOCK, { minLength: 1, maxLength: 3 }),
});

type TaishoSpec = typeof TAISHO_SHEET extends fc.Arbitrary<infer T> ? T : never;

function taishoSheet(spec: TaishoSpec): Built {
  const g = new Grid();
  const c = spec.left;
  let r = spec.top;
  g.set(r, c, '平成29年度　大正区運営方針');
  r += 2;
  spec.blocks.forEach((block, index) => {
    const v = (i: number): CellValue => block.values[i] ?? null;
    g.label(r, c, `取組項目${index + 1}`);
    g.set(r + 1, c, `【取組${index + 1}】`);
    const top = r + 2;
    g.label(top, c, '計画');
    g.label(top, c + 1, '取組の方針・目標内容');
    g.label(top, c + 3, '当年度の取組内容');
    g.label(top + 1, c + 1, '(目標)');
    g.set(top + 1, c + 2, v(0));
    g.label(top + 1, c + 3, '(目標)');
    g.set(top + 1, c + 4, v(1));
    g.label(top + 2, c, '中間振り返り');
    g.label(top + 2, c + 1, '取組内容の実施見込み');
    g.set(top + 2, c + 2, v(2));
    g.label(top + 2, c + 3, '課題と改善策\n※左記が「×」の場合は必須');
    g.label(top + 3, c + 1, '目標の達成見込み');
    g.set(top + 3, c + 2, v(3));
    g.set(top + 3, c + 3, v(4));
    g.label(top + 4, c, block.yearEndCaption);
    g.label(top + 4, c + 1, '当年度の取組実績及び目標の達成状況');
    g.label(top + 4, c + 3, '課題と改善策\n※左記が「×」の場合は必須');
    g.prose(top + 5, c + 1, block.narrative);
    g.set(top + 5, c + 3, v(5));
    g.label(top + 6, c + 1, '(実績)');
    g.set(top + 6, c + 2, v(6));
    g.label(top + 7, c + 1, '(達成状況)');
    g.set(top + 7, c + 2, v(7));
    if (block.mergeCaptions) {
      g.merge(top, c, top + 1, c);
      g.merge(top + 2, c, top + 3, c);
      g.merge(top + 4, c, top + 7, c);
    }
    r = top + 9;
  });
  return g.build('取組項目');
}

const KONOHANA_SHEET = fc.record({
  top: fc.integer({ min: 0, max: 2 }),
  measures: fc.array(fc.record({ target: ANY_VALUE, result: ANY_VALUE, text: NARRATIVE }), {
    minLength: 0,
    maxLength: 3,
  }),
  items: fc.integer({ min: 1, max: 3 }),
});

type KonohanaSpec = typeof KONOHANA_SHEET extends fc.Arbitrary<infer T> ? T : never;

function konohanaSheet(spec: KonohanaSpec): Built {
  const g = new Grid();
  let r = spec.top;
  g.set(r++, 0, '１　「大きな公共を担う活力ある地域社会づくり」に向けて');
  g.set(r++, 0, '（２）多様な主体の協働の実現');
  for (let i = 0; i < spec.items; i++) g.set(r++, 0, `${'アイウ'[i] ?? 'ア'}\u3000取組の方向性`);
  r++;
  g.label(r, 0, 'P');
  g.label(r, 1, '業績目標（目標年次：29年度）');
  g.prose(r + 1, 1, '区民の割合：50%以上');
  r += 3;
  g.label(r, 0, 'C');
  g.label(r, 1, '評価');
  const top = r;
  r++;
  for (const measure of spec.measures) {
    g.prose(r, 1, measure.text);
    g.label(r + 1, 1, '目標');
    g.set(r + 1, 2, measure.target);
    g.label(r + 2, 1, '結果');
    g.set(r + 2, 2, measure.result);
    r += 3;
  }
  if (spec.measures.length === 0) g.set(r++, 1, '成果測定の対象外');
  g.merge(top, 0, r - 1, 0);
  g.label(r + 1, 0, 'A');
  g.label(r + 1, 1, '今年度反映した内容');
  return g.build('協働');
}

function valueCellsOf(built: Built): string[] {
  const reading = readForm(built.sheet);
  const addresses: string[] = [];
  for (const record of reading?.records ?? []) {
    for (const field of VALUE_FIELDS) {
      for (const ref of record.cells[field as keyof typeof record.cells] ?? []) {
        addresses.push(cellAddress(ref.row, ref.col));
      }
    }
  }
  return addresses;
}

describe('form reader properties', () => {
  it('大正区-like sheets: never throws; no value field at a label or narrative cell', () => {
    fc.assert(
      fc.property(TAISHO_SHEET, (spec) => {
        const built = taishoSheet(spec);
        for (const address of valueCellsOf(built)) {
          expect(built.labels.has(address)).toBe(false);
          expect(built.narrative.has(address)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('大正区-like sheets: every block gives its records (the form is recognised wherever it is placed)', () => {
    fc.assert(
      fc.property(TAISHO_SHEET, (spec) => {
        const reading = readForm(taishoSheet(spec).sheet);
        expect(reading?.layout).toBe('taisho-initiative');
        expect(reading?.confidence).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it('此花区-like sheets: never throws; 目標 / 結果 labels and measure texts are never values', () => {
    fc.assert(
      fc.property(KONOHANA_SHEET, (spec) => {
        const built = konohanaSheet(spec);
        for (const address of valueCellsOf(built)) {
          expect(built.labels.has(address)).toBe(false);
          expect(built.narrative.has(address)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('through the checks: no error finding ever sits on a label or narrative cell', () => {
    const options = { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE };
    fc.assert(
      fc.property(TAISHO_SHEET, KONOHANA_SHEET, (taisho, konohana) => {
        for (const built of [taishoSheet(taisho), konohanaSheet(konohana)]) {
          const report = validateWorkbook({ sheets: [built.sheet] }, options);
          for (const finding of report.findings) {
            if (finding.severity !== 'error' || finding.cell === null) continue;
            const address = finding.cell.split('!').pop() ?? '';
            expect(built.labels.has(address)).toBe(false);
            expect(built.narrative.has(address)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('any sheet of form words in any place: reading never throws', () => {
    const word = fc.oneof(
      ANY_VALUE,
      fc.constantFrom<CellValue>('取組項目1', '計画', '中間振り返り', '自己評価', '(達成状況)', '取組内容の実施見込み'),
      fc.constantFrom<CellValue>('P', 'C', '業績目標', '評価', '目標', '結果', '（１）', 'ア　x', '記入要領', '区名'),
    );
    const sheet = fc.record({
      values: fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 14 }),
      merges: fc.array(
        fc
          .tuple(fc.nat(15), fc.nat(9), fc.nat(3), fc.nat(3))
          .map(([row, col, h, w]) => `${cellAddress(row, col)}:${cellAddress(row + h, col + w)}`),
        { maxLength: 6 },
      ),
      name: fc.constantFrom('Sheet1', '表紙', '記入要領', '取組項目1'),
    });
    fc.assert(
      fc.property(sheet, ({ values, merges, name }) => {
        expect(() => readForm({ name, origin: 'A1', values, merges })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
