import type { CitySummary, IndicatorSummary } from './types';

/**
 * Tables 2 and 1 as aligned plain text for a terminal, laid out as the publication does (seed 000
 * 表2, 表1). Alignment counts full-width characters as two columns, as terminals show them.
 */
export function table2Text(summary: CitySummary, names: Readonly<Record<string, string>>): string {
  const header = ['指標番号', '件数', '概ね順調', 'うち目標達成', '必ずしも順調ではない', '未測定', '成果指標'];
  const rows: string[][] = summary.table2.indicators.map((row) => {
    const name = names[row.id] ?? '';
    if (!row.counted) {
      return [row.id, `(${row.referenceCases ?? 0})`, '', `(${row.referenceWards ?? 0}区)`, '', '', `${name}（参考）`];
    }
    return [row.id, ...numbers(row), row.scope === 'city' ? `${name}（全市で1件）` : name];
  });
  const counted = summary.table2.indicators.filter((row) => row.counted).length;
  rows.push([`計（${counted}項目）`, ...numbers(summary.table2.total), '']);
  const t = summary.table2.total;
  const share = t.cases > 0 ? Math.round((t.onTrack / t.cases) * 100) : 0;
  const indicators = summary.table2.indicators.length;
  return [
    '表２　成果目標値達成に向けた進捗状況',
    `成果指標 ${indicators}項目 ${summary.table1.cases}件（区ごとの件数）のうち、集計の対象は ${counted}項目 ${t.cases}件。`,
    alignRows([header, ...rows], [false, true, true, true, true, true, false]),
    `概ね順調 ${t.onTrack}件（${share}%）、うち目標達成 ${t.achieved}件、必ずしも順調ではない ${t.behind}件、未測定 ${t.notMeasured}件。`,
    '括弧書きは参考（件数、目標を達成した区数）で、計には含みません。',
  ].join('\n');
}

export function table1Text(summary: CitySummary): string {
  const t = summary.table1;
  const rows = [
    ['区運営方針への記載', '件数', '内訳', '', '内訳', ''],
    ['記載あり', String(t.listed), '全て実施', String(t.listedFull), '一部実施', String(t.listedPartial)],
    ['記載なし', String(t.unlisted), '実施', String(t.unlistedDone), '未実施', String(t.unlistedNotDone)],
    ['計', String(t.cases), '', '', '', ''],
  ];
  return ['表１　取組の実施状況', alignRows(rows, [false, true, false, true, false, true])].join('\n');
}

function numbers(row: Pick<IndicatorSummary, 'cases' | 'onTrack' | 'achieved' | 'behind' | 'notMeasured'>): string[] {
  return [row.cases, row.onTrack, row.achieved, row.behind, row.notMeasured].map(String);
}

/** Columns padded to their widest cell; numeric columns right-aligned. Trailing spaces trimmed. */
export function alignRows(rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, col) =>
    Math.max(...rows.map((row) => displayWidth(row[col] ?? ''))),
  );
  return rows
    .map((row) =>
      row
        .map((cell, col) => {
          const pad = ' '.repeat((widths[col] ?? 0) - displayWidth(cell));
          return rightAligned[col] ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Terminal columns a text takes: East Asian wide and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
