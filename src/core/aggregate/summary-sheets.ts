import type { CellValue } from '../cell';
import type { CitySummary, EvaluatedCase, IndicatorSummary } from './types';
import { cellText } from './text';

/**
 * The output workbook as plain grids, so that every host writes the same thing: ExcelJS in the CLI
 * and the browser, Office.js in the pane. 全区一覧 lists every case with values; 集計 lays out
 * Tables 2 and 1 as the publication does, each figure a standard COUNTIFS/SUMIFS over 全区一覧 with
 * its cached result, so any spreadsheet program recalculates it without the add-in.
 */
export interface GridFormula {
  readonly formula: string;
  readonly result: number;
}
export type GridCell = string | number | null | GridFormula;

export interface SummaryGrid {
  readonly name: string;
  readonly rows: readonly (readonly GridCell[])[];
  readonly columnWidths: readonly number[];
  /** 1-based row numbers shown as headings (bold). */
  readonly headingRows: readonly number[];
  /** Number formats by A1 address. */
  readonly formats: Readonly<Record<string, string>>;
  /** Merged ranges (A1:B1). */
  readonly merges: readonly string[];
  /** Rows kept in view when scrolling (the list's header). */
  readonly freezeRows: number;
}

export const LIST_SHEET = '全区一覧';
export const SUMMARY_SHEET = '集計';

/** The words 全区一覧 uses in its classification columns; 集計's formulas count them. */
export const ROLE_WORDS = { counted: '計上', reference: '参考', outOfScope: '対象外（全市で計上）' } as const;
export const TABLE1_WORDS = { in: '対象', out: '対象外' } as const;
export const UNJUDGED = '判定不能';
const LISTING_WORDS = { true: '記載あり', false: '記載なし' } as const;
const IMPLEMENTATION_WORDS = { full: '全て実施', partial: '一部実施', done: '実施', notDone: '未実施' } as const;

const LIST_HEADER = [
  '区名',
  '指標番号',
  '取組の方向性',
  '目標値',
  '実績',
  '実績値',
  '進捗率',
  '状況',
  '表2の区分',
  '表1の区分',
  '区運営方針への記載',
  '取組の実施状況',
  '元ファイル',
  '元のセル',
] as const;

/** Column letters of 全区一覧, named for the formulas that refer to them. */
const COL = {
  ward: 'A',
  indicator: 'B',
  actualValue: 'F',
  progress: 'G',
  status: 'H',
  role: 'I',
  table1: 'J',
  listed: 'K',
  implementation: 'L',
} as const;

export function listGrid(summary: CitySummary): SummaryGrid {
  const formats: Record<string, string> = {};
  const rows: GridCell[][] = [[...LIST_HEADER]];
  summary.cases.forEach((c, index) => {
    const row = index + 2;
    formats[`${COL.progress}${row}`] = '0.0%';
    rows.push(listRow(c));
  });
  return {
    name: LIST_SHEET,
    rows,
    columnWidths: [10, 12, 36, 30, 12, 10, 9, 18, 20, 9, 16, 14, 28, 16],
    headingRows: [1],
    formats,
    merges: [],
    freezeRows: 1,
  };
}

function listRow(c: EvaluatedCase): GridCell[] {
  const place = [c.source.sheet, c.source.cells.actual ?? c.source.cells.indicatorId ?? `${c.source.row}行`]
    .filter(Boolean)
    .join('!');
  return [
    c.ward,
    c.indicatorId,
    c.indicatorName,
    asCell(c.target),
    asCell(c.actual),
    c.actualValue,
    c.progress,
    statusWord(c),
    ROLE_WORDS[c.table2],
    c.inTable1 ? TABLE1_WORDS.in : TABLE1_WORDS.out,
    c.listedInPlan === null ? null : LISTING_WORDS[`${c.listedInPlan}`],
    c.implementation === null ? null : IMPLEMENTATION_WORDS[c.implementation],
    c.source.file,
    place,
  ];
}

function statusWord(c: EvaluatedCase): string | null {
  if (c.table2 === 'outOfScope') return null;
  return c.status ?? UNJUDGED;
}

function asCell(value: CellValue): string | number | null {
  if (typeof value === 'number' || value === null) return value;
  return cellText(value);
}

export interface SummaryTitles {
  /** e.g. 区政運営基本方針（平成27年度）. */
  readonly title: string;
  /** Indicator names by id, for the second column of Table 2. */
  readonly names: Readonly<Record<string, string>>;
}

export function summaryGrid(summary: CitySummary, titles: SummaryTitles): SummaryGrid {
  const last = Math.max(2, summary.cases.length + 1);
  const range = (col: string): string => `'${LIST_SHEET}'!$${col}$2:$${col}$${last}`;
  const countIfs = (...pairs: [string, string][]): string =>
    `COUNTIFS(${pairs.map(([col, criterion]) => `${range(col)},${criterion}`).join(',')})`;
  const q = (text: string): string => `"${text}"`;
  const formats: Record<string, string> = {};
  const headingRows: number[] = [];
  const merges: string[] = [];
  const rows: GridCell[][] = [];
  const push = (cells: GridCell[]): number => rows.push(cells);

  push([titles.title]);
  merges.push('A1:H1');
  headingRows.push(1);
  push([]);
  headingRows.push(push(['表２　成果目標値達成に向けた進捗状況']));
  headingRows.push(
    push(['指標番号', '成果指標', '件数', '概ね順調', 'うち目標達成', '必ずしも順調ではない', '未測定', '備考']),
  );

  for (const row of summary.table2.indicators) {
    const r = rows.length + 1;
    const id = `$A${r}`;
    const name = titles.names[row.id] ?? '';
    if (!row.counted) {
      const achievedHere: [string, string][] = [
        [COL.indicator, id],
        [COL.role, q(ROLE_WORDS.reference)],
        [COL.status, q('目標達成')],
      ];
      formats[`C${r}`] = '"("0")"';
      formats[`E${r}`] = '"("0"区)"';
      push([
        row.id,
        name,
        {
          formula: `SUMIFS(${range(COL.actualValue)},${achievedHere.map(([c, v]) => `${range(c)},${v}`).join(',')})`,
          result: row.referenceCases ?? 0,
        },
        null,
        { formula: countIfs(...achievedHere), result: row.referenceWards ?? 0 },
        null,
        null,
        '参考（目標を達成した区数と件数。計には含みません）',
      ]);
      continue;
    }
    const here: [string, string][] = [
      [COL.indicator, id],
      [COL.role, q(ROLE_WORDS.counted)],
    ];
    push([row.id, name, ...statusFormulas(here, row, countIfs), row.scope === 'city' ? '全市で1件として計上' : null]);
  }
  const countedRows = summary.table2.indicators.filter((row) => row.counted).length;
  const totalRow = push([
    '計',
    `${countedRows}項目`,
    ...statusFormulas([[COL.role, q(ROLE_WORDS.counted)]], summary.table2.total, countIfs),
    null,
  ]);
  headingRows.push(totalRow);
  push([]);
  push(['※ 全市で取り組む指標は、全市の1件として数えています。']);
  push([
    '※ 期間の最終年度までに達成をめざす指標は、途中では評価できないため参考として括弧書きにし、計には含みません。',
  ]);
  push(['※ 概ね順調は目標達成を含みます。未測定と判定できないものは未測定の欄に数えます。']);
  push([]);

  headingRows.push(push(['表１　取組の実施状況']));
  headingRows.push(push(['区運営方針への記載', '件数', '内訳', '件数', '内訳', '件数']));
  const t1 = summary.table1;
  const inTable1: [string, string] = [COL.table1, q(TABLE1_WORDS.in)];
  const listed: [string, string] = [COL.listed, q('記載あり')];
  const unlisted: [string, string] = [COL.listed, q('記載なし')];
  const impl = (word: string): [string, string] => [COL.implementation, q(word)];
  push([
    '記載あり',
    { formula: countIfs(inTable1, listed), result: t1.listed },
    '全て実施',
    { formula: countIfs(inTable1, listed, impl('全て実施')), result: t1.listedFull },
    '一部実施',
    { formula: countIfs(inTable1, listed, impl('一部実施')), result: t1.listedPartial },
  ]);
  push([
    '記載なし',
    { formula: countIfs(inTable1, unlisted), result: t1.unlisted },
    '実施',
    // 全て実施 on an unlisted case counts as implemented (see table1.ts), so both words are summed.
    {
      formula: `${countIfs(inTable1, unlisted, impl('実施'))}+${countIfs(inTable1, unlisted, impl('全て実施'))}`,
      result: t1.unlistedDone,
    },
    '未実施',
    { formula: countIfs(inTable1, unlisted, impl('未実施')), result: t1.unlistedNotDone },
  ]);
  headingRows.push(push(['計', { formula: countIfs(inTable1), result: t1.cases }]));

  return {
    name: SUMMARY_SHEET,
    rows,
    columnWidths: [18, 44, 9, 10, 12, 20, 9, 44],
    headingRows,
    formats,
    merges,
    freezeRows: 0,
  };
}

type Counts = Pick<IndicatorSummary, 'cases' | 'onTrack' | 'achieved' | 'behind' | 'notMeasured'>;

function statusFormulas(
  here: [string, string][],
  counts: Counts,
  countIfs: (...pairs: [string, string][]) => string,
): GridFormula[] {
  const withStatus = (status: string): string => countIfs(...here, [COL.status, `"${status}"`]);
  return [
    { formula: countIfs(...here), result: counts.cases },
    { formula: `${withStatus('概ね順調')}+${withStatus('目標達成')}`, result: counts.onTrack },
    { formula: withStatus('目標達成'), result: counts.achieved },
    { formula: withStatus('必ずしも順調ではない'), result: counts.behind },
    { formula: `${withStatus('未測定')}+${withStatus(UNJUDGED)}`, result: counts.notMeasured },
  ];
}

/** Both sheets, 集計 first: what a coordinator opens the file for. */
export function summaryGrids(summary: CitySummary, titles: SummaryTitles): SummaryGrid[] {
  return [summaryGrid(summary, titles), listGrid(summary)];
}
