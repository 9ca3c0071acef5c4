import type { CitySummary, IndicatorSummary } from '../core/aggregate/types';
import type { SummaryTitles } from '../core/aggregate/summary-sheets';

/** One input file as the report lists it (the `files` of `kusei summary --json`). */
export interface ReportFile {
  readonly file: string;
  readonly ward: string | null;
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface ReportInput {
  readonly summary: CitySummary;
  readonly titles: SummaryTitles;
  readonly files: readonly ReportFile[];
  /** When the report was made, as the caller wants it shown (kept out of here so this stays pure). */
  readonly generatedAt?: string;
}

/**
 * A standalone HTML report: Tables 2 and 1 as the publication lays them out and a stacked bar chart of
 * the statuses per indicator, in inline SVG. No scripts, no network: it reads the same from a mail
 * attachment as from a web server. Every piece of text from the inputs is escaped.
 */
export function summaryHtml(input: ReportInput): string {
  const { summary, titles } = input;
  return [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(titles.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(titles.title)}</h1>`,
    input.generatedAt ? `<p class="meta">作成: ${escapeHtml(input.generatedAt)}（KUSEI）</p>` : '',
    '<h2>表２　成果目標値達成に向けた進捗状況</h2>',
    table2Html(summary, titles),
    '<h2>状況の内訳（指標ごと）</h2>',
    statusChartSvg(summary.table2.indicators),
    '<h2>表１　取組の実施状況</h2>',
    table1Html(summary),
    filesHtml(input.files),
    findingsHtml(summary),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STYLE = [
  'body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,sans-serif;margin:2em;color:#222}',
  'table{border-collapse:collapse;margin:0.5em 0 1.5em}',
  'th,td{border:1px solid #999;padding:0.25em 0.6em}',
  'td:first-child,th{white-space:nowrap}',
  'th{background:#eef2f6}',
  'td.n{text-align:right;font-variant-numeric:tabular-nums}',
  'tr.total td{font-weight:bold;background:#f6f6f6}',
  'tr.reference td{color:#555}',
  '.meta,.note{color:#555;font-size:0.9em}',
  'svg text{font-size:12px}',
].join('\n');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function td(value: string | number, numeric = false): string {
  return `<td${numeric ? ' class="n"' : ''}>${escapeHtml(String(value))}</td>`;
}

function table2Html(summary: CitySummary, titles: SummaryTitles): string {
  const head =
    '<tr><th>指標番号</th><th>成果指標</th><th>件数</th><th>概ね順調</th><th>うち目標達成</th><th>必ずしも順調ではない</th><th>未測定</th></tr>';
  const rows = summary.table2.indicators.map((row) => {
    const name = titles.names[row.id] ?? '';
    if (!row.counted) {
      return `<tr class="reference">${td(row.id)}${td(name)}${td(`(${row.referenceCases ?? 0})`, true)}${td('')}${td(`(${row.referenceWards ?? 0}区)`, true)}${td('')}${td('')}</tr>`;
    }
    return `<tr>${td(row.id)}${td(row.scope === 'city' ? `${name}（全市で1件）` : name)}${counts(row)}</tr>`;
  });
  const counted = summary.table2.indicators.filter((row) => row.counted).length;
  const total = `<tr class="total">${td('計')}${td(`${counted}項目`)}${counts(summary.table2.total)}</tr>`;
  return [
    '<table>',
    head,
    ...rows,
    total,
    '</table>',
    '<p class="note">括弧書きは参考（目標を達成した区数と件数）で、計には含みません。概ね順調は目標達成を含みます。</p>',
  ].join('\n');
}

function counts(row: Pick<IndicatorSummary, 'cases' | 'onTrack' | 'achieved' | 'behind' | 'notMeasured'>): string {
  return [row.cases, row.onTrack, row.achieved, row.behind, row.notMeasured].map((n) => td(n, true)).join('');
}

function table1Html(summary: CitySummary): string {
  const t = summary.table1;
  return [
    '<table>',
    '<tr><th>区運営方針への記載</th><th>件数</th><th colspan="2">内訳</th><th colspan="2">内訳</th></tr>',
    `<tr>${td('記載あり')}${td(t.listed, true)}${td('全て実施')}${td(t.listedFull, true)}${td('一部実施')}${td(t.listedPartial, true)}</tr>`,
    `<tr>${td('記載なし')}${td(t.unlisted, true)}${td('実施')}${td(t.unlistedDone, true)}${td('未実施')}${td(t.unlistedNotDone, true)}</tr>`,
    `<tr class="total">${td('計')}${td(t.cases, true)}${td('')}${td('')}${td('')}${td('')}</tr>`,
    '</table>',
  ].join('\n');
}

const SEGMENTS = [
  { label: '目標達成', color: '#1b7837', ink: '#ffffff', value: (r: IndicatorSummary) => r.achieved },
  {
    label: '概ね順調（未達成）',
    color: '#a6dba0',
    ink: '#000000',
    value: (r: IndicatorSummary) => r.onTrack - r.achieved,
  },
  { label: '必ずしも順調ではない', color: '#e08214', ink: '#000000', value: (r: IndicatorSummary) => r.behind },
  { label: '未測定', color: '#bababa', ink: '#000000', value: (r: IndicatorSummary) => r.notMeasured },
] as const;

/** Horizontal stacked bars, one per counted indicator, scaled to the largest number of cases. */
export function statusChartSvg(indicators: readonly IndicatorSummary[]): string {
  const rows = indicators.filter((row) => row.counted);
  const labelWidth = 110;
  const barWidth = 480;
  const rowHeight = 22;
  const top = 30;
  const height = top + rows.length * rowHeight + 10;
  const scale = barWidth / Math.max(1, ...rows.map((row) => row.cases));
  const parts: string[] = [];
  let legendX = labelWidth;
  for (const segment of SEGMENTS) {
    parts.push(`<rect x="${legendX}" y="6" width="12" height="12" fill="${segment.color}"/>`);
    parts.push(`<text x="${legendX + 16}" y="16">${escapeHtml(segment.label)}</text>`);
    legendX += 30 + segment.label.length * 12;
  }
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(row.id)}</text>`);
    let x = labelWidth;
    for (const segment of SEGMENTS) {
      const n = segment.value(row);
      if (n <= 0) continue;
      const width = n * scale;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 2}" width="${width.toFixed(1)}" height="${rowHeight - 6}" fill="${segment.color}"><title>${escapeHtml(`${row.id} ${segment.label}: ${n}件`)}</title></rect>`,
      );
      if (width >= 18)
        parts.push(
          `<text x="${(x + width / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" fill="${segment.ink}">${n}</text>`,
        );
      x += width;
    }
  });
  const alt = `指標ごとの状況（${rows.length}指標）`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(alt)}" width="${labelWidth + barWidth + 40}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 40} ${height}">\n${parts.join('\n')}\n</svg>`;
}

function filesHtml(files: readonly ReportFile[]): string {
  if (files.length === 0) return '';
  const rows = files.map(
    (f) =>
      `<tr>${td(f.file)}${td(f.ward ?? '')}${td(f.records, true)}${td(f.errors, true)}${td(f.warnings, true)}</tr>`,
  );
  return [
    '<h2>集計したファイル</h2>',
    '<table>',
    '<tr><th>ファイル</th><th>区</th><th>件数</th><th>エラー</th><th>警告</th></tr>',
    ...rows,
    '</table>',
  ].join('\n');
}

function findingsHtml(summary: CitySummary): string {
  if (summary.findings.length === 0) return '<p class="note">集計上の指摘はありません。</p>';
  const rows = summary.findings.map((f) => {
    const place = [f.file ?? '', f.sheet, f.cell ?? ''].filter(Boolean).join(' ');
    return `<tr>${td(f.severity === 'error' ? 'エラー' : f.severity === 'warning' ? '警告' : '情報')}${td(f.code)}${td(place)}${td(f.message)}</tr>`;
  });
  return [
    '<h2>集計上の指摘</h2>',
    '<table>',
    '<tr><th>種別</th><th>コード</th><th>場所</th><th>内容</th></tr>',
    ...rows,
    '</table>',
  ].join('\n');
}
