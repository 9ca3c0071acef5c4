import type { CellValue } from '../cell';
import { columnLetters } from '../address';
import type { EvaluatedCase, IndicatorSummary } from '../aggregate/types';
import type { ImplementationStatus } from '../record';
import { cellText } from '../text';
import { implementationWord, LISTING_WORDS, listingWord } from '../values/listing-words';
import { STATUS_WORDS } from '../values/status-words';
import { SEGMENT_COLOURS, type CityReport, type Tone } from './model';

/**
 * The summary workbook as plain grids, rendered from the report model, so that every host writes the
 * same thing: ExcelJS in the CLI and the browser, Office.js in the pane. 集計 holds submission control,
 * Tables 2 and 1 (each figure a standard COUNTIFS/SUMIFS over 全区一覧 with its cached result, so any
 * spreadsheet program recalculates it) and the chart's data beside Table 2; 区別状況 is the ward ×
 * indicator matrix; 文案 the draft sentences; 全区一覧 every case. Each grid says how it prints
 * (A4 landscape, one page wide, header rows repeated) and what is filtered and frozen.
 */
export interface GridFormula {
  readonly formula: string;
  readonly result: number;
}
export type GridCell = string | number | null | GridFormula;

export interface GridPrint {
  /** Rows repeated on every printed page, e.g. "1:1". */
  readonly titleRows?: string;
  /** What prints, e.g. "A1:H40" (the chart's data beside Table 2 does not). */
  readonly area?: string;
}

export interface ChartBlock {
  /** 0-based column of the block's first column. */
  readonly column: number;
  /** 1-based row of the block's header (Table 2's header row). */
  readonly headerRow: number;
  /** Header then one row per counted indicator. */
  readonly rows: readonly (readonly GridCell[])[];
  /** The block's A1 range, the chart's source. */
  readonly range: string;
  readonly title: string;
}

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
  readonly freezeColumns?: number;
  /** The range given an autofilter (header row included). */
  readonly autoFilter?: string;
  /** Background colours (#rrggbb) by A1 address: the status colours. */
  readonly fills?: Readonly<Record<string, string>>;
  /** In-cell data bars (#rrggbb) over ranges of numbers. */
  readonly dataBars?: readonly { readonly range: string; readonly color: string }[];
  /** Columns (0-based) whose text wraps. */
  readonly wrapColumns?: readonly number[];
  readonly print?: GridPrint;
  /** The native chart a host that can draw one adds (Office.js); ExcelJS writes its data only. */
  readonly chart?: ChartBlock;
}

export const LIST_SHEET = '全区一覧';
export const SUMMARY_SHEET = '集計';
export const MATRIX_SHEET = '区別状況';
export const DRAFT_SHEET = '文案';

/** The words 全区一覧 uses in its classification columns; 集計's formulas count them. */
export const ROLE_WORDS = { counted: '計上', reference: '参考', outOfScope: '対象外（全市で計上）' } as const;
export const TABLE1_WORDS = { in: '対象', out: '対象外' } as const;
export const UNJUDGED = '判定不能';

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

const TONE_FILL: Readonly<Record<Tone, string | null>> = {
  achieved: '#b7e1b0',
  onTrackOnly: '#e3f4df',
  behind: '#f9d3a8',
  notMeasured: '#e0e0e0',
  none: null,
};

export function listGrid(report: CityReport): SummaryGrid {
  const formats: Record<string, string> = {};
  const rows: GridCell[][] = [[...LIST_HEADER]];
  report.summary.cases.forEach((c, index) => {
    formats[`${COL.progress}${index + 2}`] = '0.0%';
    rows.push(listRow(c));
  });
  const last = rows.length;
  return {
    name: LIST_SHEET,
    rows,
    columnWidths: [10, 12, 36, 30, 12, 10, 9, 18, 20, 9, 16, 14, 28, 16],
    headingRows: [1],
    formats,
    merges: [],
    freezeRows: 1,
    freezeColumns: 2,
    autoFilter: `A1:N${last}`,
    print: { titleRows: '1:1' },
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
    c.table2 === 'outOfScope' ? null : (c.status ?? UNJUDGED),
    ROLE_WORDS[c.table2],
    c.inTable1 ? TABLE1_WORDS.in : TABLE1_WORDS.out,
    c.listedInPlan === null ? null : listingWord(c.listedInPlan),
    c.implementation === null ? null : implementationWord(c.implementation),
    c.source.file,
    place,
  ];
}

function asCell(value: CellValue): string | number | null {
  if (typeof value === 'number' || value === null) return value;
  return cellText(value);
}

/** Columns of 集計 that print (A:H); the chart's data block sits beside them, from J. */
const SUMMARY_COLUMNS = 8;

export function summaryGrid(report: CityReport): SummaryGrid {
  const { say, summary } = report;
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

  push([report.title]);
  merges.push('A1:H1');
  headingRows.push(1);
  push([say('report.stamp', { stamp: report.stamp })]);
  headingRows.push(push([say('report.submissions')]));
  for (const line of submissionLines(report)) push(line);
  push([]);
  headingRows.push(push([say('report.table2')]));
  const headerRow = push([
    say('report.col.id'),
    say('report.col.name'),
    say('table2.cases'),
    say('table2.onTrack'),
    say('table2.achieved'),
    say('table2.behind'),
    say('table2.notMeasured'),
    say('report.col.note'),
  ]);
  headingRows.push(headerRow);

  for (const row of summary.table2.indicators) {
    const r = rows.length + 1;
    const id = `$A${r}`;
    const name = report.names[row.id] ?? '';
    if (!row.counted) {
      const achievedHere: [string, string][] = [
        [COL.indicator, id],
        [COL.role, q(ROLE_WORDS.reference)],
        [COL.status, q(STATUS_WORDS.achieved)],
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
        say('report.reference'),
      ]);
      continue;
    }
    const here: [string, string][] = [
      [COL.indicator, id],
      [COL.role, q(ROLE_WORDS.counted)],
    ];
    push([row.id, name, ...statusFormulas(here, row, countIfs), row.scope === 'city' ? say('report.cityOnce') : null]);
  }
  const lastIndicatorRow = rows.length;
  const countedRows = summary.table2.indicators.filter((row) => row.counted).length;
  headingRows.push(
    push([
      say('report.total'),
      say('report.items', { count: countedRows }),
      ...statusFormulas([[COL.role, q(ROLE_WORDS.counted)]], summary.table2.total, countIfs),
      null,
    ]),
  );
  push([]);
  push([say('report.note.city')]);
  push([say('report.note.reference')]);
  push([say('report.note.onTrack')]);
  push([]);

  headingRows.push(push([say('report.table1')]));
  headingRows.push(
    push([
      say('report.col.listing'),
      say('table2.cases'),
      say('report.col.breakdown'),
      say('table2.cases'),
      say('report.col.breakdown'),
      say('table2.cases'),
    ]),
  );
  const t1 = summary.table1;
  const inTable1: [string, string] = [COL.table1, q(TABLE1_WORDS.in)];
  const listed: [string, string] = [COL.listed, q(LISTING_WORDS.true)];
  const unlisted: [string, string] = [COL.listed, q(LISTING_WORDS.false)];
  const impl = (implementation: ImplementationStatus): [string, string] => [
    COL.implementation,
    q(implementationWord(implementation)),
  ];
  push([
    say('report.listed'),
    { formula: countIfs(inTable1, listed), result: t1.listed },
    say('report.full'),
    { formula: countIfs(inTable1, listed, impl('full')), result: t1.listedFull },
    say('report.partial'),
    { formula: countIfs(inTable1, listed, impl('partial')), result: t1.listedPartial },
  ]);
  push([
    say('report.unlisted'),
    { formula: countIfs(inTable1, unlisted), result: t1.unlisted },
    say('report.done'),
    // 全て実施 on an unlisted case counts as implemented (see table1.ts), so both words are summed.
    {
      formula: `${countIfs(inTable1, unlisted, impl('done'))}+${countIfs(inTable1, unlisted, impl('full'))}`,
      result: t1.unlistedDone,
    },
    say('report.notDone'),
    { formula: countIfs(inTable1, unlisted, impl('notDone')), result: t1.unlistedNotDone },
  ]);
  headingRows.push(push([say('report.total'), { formula: countIfs(inTable1), result: t1.cases }]));
  const printedRows = rows.length;

  const chart = chartBlock(report, rows, headerRow, lastIndicatorRow);
  chart.rows.forEach((cells, offset) => {
    const row = rows[chart.headerRow - 1 + offset];
    if (!row) return;
    while (row.length < chart.column) row.push(null);
    for (const cell of cells) row.push(cell);
  });

  return {
    name: SUMMARY_SHEET,
    rows,
    columnWidths: [18, 44, 9, 10, 12, 20, 9, 40, 2, 12, 10, 24, 20, 8],
    headingRows: [...headingRows, chart.headerRow],
    formats,
    merges,
    freezeRows: 0,
    dataBars: [
      { range: `D${headerRow + 1}:D${lastIndicatorRow}`, color: SEGMENT_COLOURS.achieved.fill },
      { range: `F${headerRow + 1}:F${lastIndicatorRow}`, color: SEGMENT_COLOURS.behind.fill },
    ],
    wrapColumns: [],
    print: { titleRows: `${headerRow}:${headerRow}`, area: `A1:${columnLetters(SUMMARY_COLUMNS - 1)}${printedRows}` },
    chart,
  };
}

function submissionLines(report: CityReport): GridCell[][] {
  const { say, submissions: s } = report;
  const list = (items: readonly string[]): string => (items.length === 0 ? say('report.none') : items.join('、'));
  const lines: GridCell[][] = [
    [say('report.received'), `${s.received.length}/${s.expected.length}`],
    [say('report.missing'), list(s.missing)],
    [say('report.duplicates'), list(s.duplicates)],
    [say('report.otherYear'), list(s.otherYear)],
  ];
  if (s.unreadable.length > 0) lines.push([say('report.unreadable'), list(s.unreadable)]);
  if (s.unexpected.length > 0) lines.push([say('report.unexpected'), list(s.unexpected)]);
  return lines;
}

/**
 * The data behind the chart of statuses per indicator, beside Table 2: one row per counted indicator,
 * its four statuses as disjoint parts (so the bars stack to the indicator's cases). Each cell is a
 * formula over Table 2's own cells, so the chart follows 全区一覧 like the table does.
 */
function chartBlock(
  report: CityReport,
  rows: readonly (readonly GridCell[])[],
  headerRow: number,
  lastIndicatorRow: number,
): ChartBlock {
  const column = SUMMARY_COLUMNS + 1;
  const header: GridCell[] = [report.say('report.col.id'), ...report.chart.segments.map((s) => s.label)];
  const block: GridCell[][] = [header];
  for (let r = headerRow + 1; r <= lastIndicatorRow; r++) {
    const row = rows[r - 1] ?? [];
    const bar = report.chart.bars.find((b) => b.id === row[0]);
    if (!bar) continue;
    block.push([
      bar.id,
      { formula: `E${r}`, result: bar.values.achieved },
      { formula: `D${r}-E${r}`, result: bar.values.onTrackOnly },
      { formula: `F${r}`, result: bar.values.behind },
      { formula: `G${r}`, result: bar.values.notMeasured },
    ]);
  }
  // Rows of reference-only indicators have no bar; the block is compacted, one row per bar.
  const letters = (offset: number): string => columnLetters(column + offset);
  return {
    column,
    headerRow,
    rows: block,
    range: `${letters(0)}${headerRow}:${letters(header.length - 1)}${headerRow + block.length - 1}`,
    title: report.chart.title,
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
    { formula: `${withStatus(STATUS_WORDS.onTrack)}+${withStatus(STATUS_WORDS.achieved)}`, result: counts.onTrack },
    { formula: withStatus(STATUS_WORDS.achieved), result: counts.achieved },
    { formula: withStatus(STATUS_WORDS.behind), result: counts.behind },
    { formula: `${withStatus(STATUS_WORDS.notMeasured)}+${withStatus(UNJUDGED)}`, result: counts.notMeasured },
  ];
}

/**
 * 区別状況: one row per ward, one column per indicator. A cell holds the progress rate as a number
 * (so it sorts and filters as one) shown with its status word by the cell's own number format
 * (「概ね順調 45.2%」), and the status colour as its fill; a case without a rate holds the word.
 */
export function matrixGrid(report: CityReport): SummaryGrid {
  const { matrix, say } = report;
  const formats: Record<string, string> = {};
  const fills: Record<string, string> = {};
  const rows: GridCell[][] = [[say('report.matrix')], [matrix.note], [say('report.col.ward'), ...matrix.indicators]];
  const headerRow = rows.length;
  matrix.wards.forEach((ward, w) => {
    const r = rows.length + 1;
    const cells: GridCell[] = [ward];
    matrix.indicators.forEach((_, i) => {
      const shown = matrix.shown[w]?.[i];
      const address = `${columnLetters(i + 1)}${r}`;
      if (!shown) return cells.push(null);
      const fill = TONE_FILL[shown.tone];
      if (fill) fills[address] = fill;
      if (shown.progress === null) return cells.push(shown.word);
      formats[address] = `"${shown.word.replace(/"/g, '')} "0.0%`;
      return cells.push(shown.progress);
    });
    rows.push(cells);
  });
  const lastColumn = columnLetters(matrix.indicators.length);
  return {
    name: MATRIX_SHEET,
    rows,
    columnWidths: [10, ...matrix.indicators.map(() => 25)],
    headingRows: [1, headerRow],
    formats,
    merges: [],
    freezeRows: headerRow,
    freezeColumns: 1,
    autoFilter: `A${headerRow}:${lastColumn}${rows.length}`,
    fills,
    print: { titleRows: `${headerRow}:${headerRow}` },
  };
}

/** 文案: the draft sentences, marked as a draft, one sentence per row. */
export function draftGrid(report: CityReport): SummaryGrid {
  const { say, draft } = report;
  const rows: GridCell[][] = [[`${say('report.draft')}\u3000${report.title}`], [say('report.draftNote')], []];
  const headingRows = [1];
  headingRows.push(rows.push([say('report.draftOverall')]));
  for (const sentence of draft.overall) rows.push(['', `・${sentence}`]);
  for (const indicator of draft.indicators) {
    rows.push([]);
    headingRows.push(rows.push([indicator.id, indicator.name]));
    for (const sentence of indicator.sentences) rows.push(['', `・${sentence}`]);
  }
  return {
    name: DRAFT_SHEET,
    rows,
    columnWidths: [12, 120],
    headingRows,
    formats: {},
    merges: [],
    freezeRows: 0,
    wrapColumns: [1],
    print: { titleRows: '1:1' },
  };
}

/** Every sheet, 集計 first (what a coordinator opens the file for), 全区一覧 last (what 集計 counts). */
export function summaryGrids(report: CityReport): SummaryGrid[] {
  return [summaryGrid(report), matrixGrid(report), draftGrid(report), listGrid(report)];
}
