import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { SheetGrid } from '../../src/core/layouts/grid';
import { findHeaderBlocks } from '../../src/core/layouts/header';
import { matchHeader } from '../../src/core/layouts/match';
import { recognizeLayout } from '../../src/core/layouts/layout';
import { STANDARD_HEADER_ROW } from '../../scripts/layouts/standard';

function grid(values: CellValue[][], merges?: string[]): SheetGrid {
  return new SheetGrid({ name: 'S', origin: 'A1', values, ...(merges ? { merges } : {}) });
}

const STANDARD_HEADER = [...STANDARD_HEADER_ROW];

describe('synonym dictionary', () => {
  it.each([
    ['27年度実績', 'actual'],
    ['２７年度\n実績', 'actual'],
    ['令和6年度実績', 'actual'],
    ['アウトカムの\n達成状況', 'actual'],
    ['区　名', 'ward'],
    ['今後の対応方向\n・改善策', 'improvement'],
    ['課題と改善策\n左記が「×」の場合は必須', 'explanation'],
    ['業績目標の達成状況', 'mark'],
    // Issue 12: a narrative of earlier years (seed 004 具体的取組), context, never a value.
    ['前年度までの実績', 'context'],
    ['撤退基準', 'withdrawalCriterion'],
    ['4決算額', 'budget'],
    ['区運営方針への記載', 'listedInPlan'],
    ['戦略の\n進捗状況', 'strategyMark'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it('reads an exact wording by its first entry, above any containment of other entries', () => {
    // The merged caption entry (span over the figure and the mark) comes before the plain mark entry
    // that contains the same wording, and before 業績目標's containment.
    expect(matchHeader('業績目標の達成状況')).toEqual({ field: 'mark', score: 1, span: ['actual', 'mark'] });
    // Exact for 課題 (explanation); improvement only contains 改善策 (0.75).
    expect(matchHeader('課題と改善策')).toEqual({ field: 'explanation', score: 1, span: null });
    // No exact wording: 改善策 is contained in a 10-character header, 0.6 + 0.3 × 3/10 = 0.69.
    const contained = matchHeader('来年度に向けた改善策');
    expect(contained).toMatchObject({ field: 'improvement', span: null });
    expect(contained?.score).toBeCloseTo(0.69, 10);
  });

  it('does not read content as a header', () => {
    expect(matchHeader('51.3%')).toBeNull();
    expect(matchHeader('北区')).toBeNull();
    expect(matchHeader('x'.repeat(30_000))).toBeNull();
  });
});

describe('header detection', () => {
  it('finds the header under a title block', () => {
    const blocks = findHeaderBlocks(
      grid([['令和6年度 進捗'], [null], ['作成: 区政企画'], STANDARD_HEADER, ['北区', '1-1-ア']]),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.top).toBe(3);
    expect(blocks[0]?.columns.map((c) => c.field)).toEqual([
      'ward',
      'indicatorId',
      'indicatorText',
      'target',
      'unit',
      'actual',
      'listedInPlan',
      'implementation',
      'note',
    ]);
    expect(blocks[0]?.confidence).toBeGreaterThan(0.9);
  });

  it('reads a merged two-column header by its span (seed 004: 項目 over the id and the name)', () => {
    const blocks = findHeaderBlocks(
      grid([['項目', null, '成果指標と目標値', null, 'アウトカムの達成状況', '個別']], ['A1:B1', 'C1:D1']),
    );
    expect(blocks[0]?.columns.map((c) => [c.col, c.field])).toEqual([
      [0, 'indicatorId'],
      [1, 'indicatorText'],
      [2, 'measure'],
      [3, 'target'],
      [4, 'actual'],
      [5, 'mark'],
    ]);
  });

  it('joins a two-row header: the deeper row is the more specific', () => {
    const blocks = findHeaderBlocks(
      grid(
        [
          ['区名', '目標', null, '実績'],
          [null, '目標値', '単位', null],
          ['北区', '50%以上', '%', '30.4%'],
        ],
        ['A1:A2', 'B1:C1', 'D1:D2'],
      ),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.columns.map((c) => c.field)).toEqual(['ward', 'target', 'unit', 'actual']);
  });

  it('finds several tables on one sheet', () => {
    const blocks = findHeaderBlocks(grid([STANDARD_HEADER, ['北区'], [null], ['都島区'], STANDARD_HEADER, ['都島区']]));
    expect(blocks.map((b) => b.top)).toEqual([0, 4]);
  });

  it('reports a column whose field is already taken as a duplicate', () => {
    const blocks = findHeaderBlocks(grid([['区名', '実績', '27年度実績', '目標値']]));
    expect(blocks[0]?.duplicates.map((d) => d.col)).toEqual([2]);
  });

  it('property: never throws and gives the same blocks for the same sheet', () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(...STANDARD_HEADER, '項目', '個別', '計画', 'P', null, '', '51.3%'),
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant<CellValue>({ cellError: '#N/A' }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        fc.array(fc.constantFrom('A1:B1', 'A1:A2', 'C2:D3', 'Z9:A1', 'bad'), { maxLength: 3 }),
        (values, merges) => {
          const first = findHeaderBlocks(grid(values, merges));
          expect(findHeaderBlocks(grid(values, merges))).toEqual(first);
        },
      ),
    );
  });
});

describe('layout recognition', () => {
  it('recognises the standard layout by its ward and id columns', () => {
    expect(recognizeLayout(new Set(['ward', 'indicatorId', 'target', 'actual', 'unit']), new Set()).layout).toBe(
      'standard',
    );
  });

  it('recognises 福島区 tables by 全体/戦略 marks and by 撤退基準', () => {
    expect(
      recognizeLayout(
        new Set(['indicatorId', 'outcome', 'actual', 'mark', 'overallMark', 'strategyMark']),
        new Set(['sectionHeading']),
      ).layout,
    ).toBe('fukushima-indicator');
    expect(
      recognizeLayout(
        new Set(['indicatorId', 'activityTarget', 'withdrawalCriterion', 'actual', 'mark']),
        new Set(['sectionHeading']),
      ).layout,
    ).toBe('fukushima-initiative');
  });

  it('falls back to generic with no certainty when nothing fits', () => {
    expect(recognizeLayout(new Set(), new Set())).toEqual({ layout: 'generic', certainty: 0 });
  });
});
