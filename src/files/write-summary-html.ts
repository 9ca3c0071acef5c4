import type { IndicatorSummary } from '../core/aggregate/types';
import type { WardRate } from '../core/aggregate/ward-view';
import { rateText } from '../core/report/format';
import type { GradeCount, GradeCounts } from '../core/plan/grade-counts';
import type { Trend } from '../core/plan/trend';
import type { Language } from '../core/messages';
import { renderMessage } from '../core/messages';
import { fiscalYearLabel } from '../core/values/fiscal-year';
import { SEGMENT_COLOURS, statusWord, type ChartModel, type CityReport, type Tone } from '../core/report/model';
import { STATUS_WORDS } from '../core/values/status-words';

/**
 * A standalone HTML report rendered from the report model: submission control first, the draft
 * sentences (marked as a draft), Tables 2 and 1 as the publication lays them out, a stacked bar chart
 * in inline SVG, the ward × indicator matrix (click a heading to sort; one small inline script, no
 * network) and the wards per indicator. It reads the same from a mail attachment as from a web
 * server. Every piece of text from the inputs is escaped; no internal code reaches the reader.
 */
export function summaryHtml(report: CityReport, extraSections: readonly string[] = []): string {
  const { say } = report;
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="meta">${escapeHtml(say('report.stamp', { stamp: report.stamp }))}</p>`,
    submissionsHtml(report),
    `<h2>${escapeHtml(say('report.table2'))}</h2>`,
    table2Html(report),
    `<h2>${escapeHtml(report.chart.title)}</h2>`,
    statusChartSvg(report.chart),
    `<h2>${escapeHtml(say('report.table1'))}</h2>`,
    table1Html(report),
    draftHtml(report),
    `<h2>${escapeHtml(say('report.matrix'))}</h2>`,
    matrixHtml(report),
    `<h2>${escapeHtml(say('report.wardLists'))}</h2>`,
    wardListsHtml(report),
    ...extraSections,
    filesHtml(report),
    findingsHtml(report),
    `<script>${SORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const TONE_CLASS: Readonly<Record<Tone, string>> = {
  achieved: 't-achieved',
  onTrackOnly: 't-ontrack',
  behind: 't-behind',
  notMeasured: 't-none',
  none: 't-empty',
};

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
  '.draft{border:2px dashed #c60;padding:0.5em 1em;background:#fffaf3}',
  '.draft h2::after{content:"";}',
  '.submissions th{text-align:left}',
  '.bad{color:#a00;font-weight:bold}',
  'table.matrix{font-size:0.8em}',
  'table.matrix th{cursor:pointer}',
  'table.matrix td{white-space:nowrap;text-align:center}',
  '.t-achieved{background:#b7e1b0}',
  '.t-ontrack{background:#e3f4df}',
  '.t-behind{background:#f9d3a8}',
  '.t-none{background:#e0e0e0}',
  'svg text{font-size:12px}',
  '@media print{body{margin:0.5cm}table.matrix{font-size:0.6em}}',
].join('\n');

/** Sorts a table.matrix by the clicked column: numbers by value, text by its order. */
export const SORT_SCRIPT = [
  'document.querySelectorAll("table.matrix th").forEach(function(th,i){th.addEventListener("click",function(){',
  'var t=th.closest("table"),b=t.tBodies[0],r=Array.from(b.rows),d=th.dataset.dir==="a"?-1:1;th.dataset.dir=d>0?"a":"d";',
  'r.sort(function(x,y){var p=x.cells[i].dataset.v,q=y.cells[i].dataset.v;',
  'return (p!==undefined&&q!==undefined?(+p)-(+q):x.cells[i].textContent.localeCompare(y.cells[i].textContent,"ja"))*d;});',
  'r.forEach(function(row){b.appendChild(row);});});});',
].join('');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function td(value: string | number, numeric = false): string {
  return `<td${numeric ? ' class="n"' : ''}>${escapeHtml(String(value))}</td>`;
}

function th(value: string): string {
  return `<th>${escapeHtml(value)}</th>`;
}

function submissionsHtml(report: CityReport): string {
  const { say, submissions: s } = report;
  const list = (items: readonly string[], bad: boolean): string =>
    items.length === 0
      ? escapeHtml(say('report.none'))
      : `<span${bad ? ' class="bad"' : ''}>${items.map(escapeHtml).join('<br>')}</span>`;
  const rows = [
    [say('report.received'), escapeHtml(`${s.received.length}/${s.expected.length}`)],
    [say('report.missing'), list(s.missing, true)],
    [say('report.duplicates'), list(s.duplicates, true)],
    [say('report.otherYear'), list(s.otherYear, true)],
    ...(s.unreadable.length > 0 ? [[say('report.unreadable'), list(s.unreadable, true)]] : []),
    ...(s.unexpected.length > 0 ? [[say('report.unexpected'), list(s.unexpected, true)]] : []),
  ];
  return [
    `<h2>${escapeHtml(say('report.submissions'))}</h2>`,
    '<table class="submissions" data-section="submissions">',
    ...rows.map(([head, body]) => `<tr>${th(head ?? '')}<td>${body ?? ''}</td></tr>`),
    '</table>',
  ].join('\n');
}

const TABLE2_HEAD = [
  'report.col.id',
  'report.col.name',
  'table2.cases',
  'table2.onTrack',
  'table2.achieved',
  'table2.behind',
  'table2.notMeasured',
] as const;

function table2Html(report: CityReport): string {
  const { say, summary } = report;
  const head = `<tr>${TABLE2_HEAD.map((code) => th(say(code))).join('')}</tr>`;
  const rows = summary.table2.indicators.map((row) => {
    const name = report.names[row.id] ?? '';
    if (!row.counted) {
      return `<tr class="reference">${td(row.id)}${td(name)}${td(`(${row.referenceCases ?? 0})`, true)}${td('')}${td(`(${row.referenceWards ?? 0}区)`, true)}${td('')}${td('')}</tr>`;
    }
    return `<tr>${td(row.id)}${td(row.scope === 'city' ? `${name}（${say('report.cityOnce')}）` : name)}${counts(row)}</tr>`;
  });
  const counted = summary.table2.indicators.filter((row) => row.counted).length;
  const total = `<tr class="total">${td(say('report.total'))}${td(say('report.items', { count: counted }))}${counts(summary.table2.total)}</tr>`;
  return [
    '<table data-section="table2">',
    head,
    ...rows,
    total,
    '</table>',
    `<p class="note">${escapeHtml(say('report.note.reference'))}<br>${escapeHtml(say('report.note.onTrack'))}</p>`,
  ].join('\n');
}

function counts(row: Pick<IndicatorSummary, 'cases' | 'onTrack' | 'achieved' | 'behind' | 'notMeasured'>): string {
  return [row.cases, row.onTrack, row.achieved, row.behind, row.notMeasured].map((n) => td(n, true)).join('');
}

function table1Html(report: CityReport): string {
  const { say } = report;
  const t = report.summary.table1;
  return [
    '<table data-section="table1">',
    `<tr>${th(say('report.col.listing'))}${th(say('table2.cases'))}<th colspan="2">${escapeHtml(say('report.col.breakdown'))}</th><th colspan="2">${escapeHtml(say('report.col.breakdown'))}</th></tr>`,
    `<tr>${td(say('report.listed'))}${td(t.listed, true)}${td(say('report.full'))}${td(t.listedFull, true)}${td(say('report.partial'))}${td(t.listedPartial, true)}</tr>`,
    `<tr>${td(say('report.unlisted'))}${td(t.unlisted, true)}${td(say('report.done'))}${td(t.unlistedDone, true)}${td(say('report.notDone'))}${td(t.unlistedNotDone, true)}</tr>`,
    `<tr class="total">${td(say('report.total'))}${td(t.cases, true)}${td('')}${td('')}${td('')}${td('')}</tr>`,
    '</table>',
  ].join('\n');
}

function draftHtml(report: CityReport): string {
  const { say, draft } = report;
  const items = (sentences: readonly string[]): string =>
    `<ul>${sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;
  return [
    '<section class="draft" data-section="draft">',
    `<h2>${escapeHtml(say('report.draft'))}</h2>`,
    `<p class="note">${escapeHtml(say('report.draftNote'))}</p>`,
    `<h3>${escapeHtml(say('report.draftOverall'))}</h3>`,
    items(draft.overall),
    ...draft.indicators.map((i) => `<h3>${escapeHtml(`${i.id} ${i.name}`)}</h3>${items(i.sentences)}`),
    '</section>',
  ].join('\n');
}

function matrixHtml(report: CityReport): string {
  const { matrix, say } = report;
  const head = `<thead><tr>${th(say('report.col.ward'))}${matrix.indicators.map(th).join('')}</tr></thead>`;
  const body = matrix.wards.map((ward, w) => {
    const cells = matrix.indicators.map((_, i) => {
      const cell = matrix.shown[w]?.[i];
      if (!cell) return '<td></td>';
      const value = cell.progress === null ? '' : ` data-v="${cell.progress}"`;
      const text = escapeHtml(cell.word) + (cell.rate ? `<br>${escapeHtml(cell.rate)}` : '');
      const title = escapeHtml(`${ward} ${matrix.indicators[i] ?? ''}: ${cell.word} ${cell.rate}`);
      return `<td class="${TONE_CLASS[cell.tone]}"${value} title="${title}">${text}</td>`;
    });
    return `<tr>${td(ward)}${cells.join('')}</tr>`;
  });
  return [
    `<p class="note">${escapeHtml(matrix.note)}</p>`,
    `<table class="matrix" data-section="matrix">${head}<tbody>${body.join('\n')}</tbody></table>`,
  ].join('\n');
}

function wardListsHtml(report: CityReport): string {
  const { say } = report;
  const wards = (list: readonly WardRate[]): string =>
    list
      .map((w) => escapeHtml(w.progress === null ? w.ward : `${w.ward} ${rateText(w.progress, report.lang)}`))
      .join('、');
  const rows = report.wardLists
    .filter((w) => w.achieved.length + w.onTrack.length + w.behind.length + w.notMeasured.length > 0)
    .map(
      (w) =>
        `<tr>${td(w.id)}<td class="t-behind">${wards(w.behind)}</td><td class="t-achieved">${wards(w.achieved)}</td><td>${wards(w.onTrack)}</td><td>${wards(w.notMeasured)}</td></tr>`,
    );
  return [
    '<table data-section="wards">',
    `<tr>${th(say('report.col.id'))}${th(statusWord(STATUS_WORDS.behind, say))}${th(statusWord(STATUS_WORDS.achieved, say))}${th(say('report.segment.onTrackOnly'))}${th(statusWord(STATUS_WORDS.notMeasured, say))}</tr>`,
    ...rows,
    '</table>',
  ].join('\n');
}

/** Horizontal stacked bars, one per counted indicator, scaled to the largest number of cases. */
export function statusChartSvg(chart: ChartModel): string {
  const labelWidth = 110;
  const barWidth = 480;
  const rowHeight = 22;
  const top = 30;
  const height = top + chart.bars.length * rowHeight + 10;
  const totalOf = (bar: ChartModel['bars'][number]): number =>
    chart.segments.reduce((sum, s) => sum + bar.values[s.key], 0);
  const scale = barWidth / Math.max(1, ...chart.bars.map(totalOf));
  const parts: string[] = [];
  let legendX = labelWidth;
  for (const segment of chart.segments) {
    const colour = SEGMENT_COLOURS[segment.key];
    parts.push(`<rect x="${legendX}" y="6" width="12" height="12" fill="${colour.fill}"/>`);
    parts.push(`<text x="${legendX + 16}" y="16">${escapeHtml(segment.label)}</text>`);
    legendX += 30 + segment.label.length * 12;
  }
  chart.bars.forEach((bar, index) => {
    const y = top + index * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.id)}</text>`);
    let x = labelWidth;
    for (const segment of chart.segments) {
      const n = bar.values[segment.key];
      if (n <= 0) continue;
      const colour = SEGMENT_COLOURS[segment.key];
      const width = n * scale;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 2}" width="${width.toFixed(1)}" height="${rowHeight - 6}" fill="${colour.fill}"><title>${escapeHtml(`${bar.id} ${segment.label}: ${n}`)}</title></rect>`,
      );
      if (width >= 18)
        parts.push(
          `<text x="${(x + width / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" fill="${colour.ink}">${n}</text>`,
        );
      x += width;
    }
  });
  const width = Math.max(labelWidth + barWidth + 40, legendX);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(chart.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n${parts.join('\n')}\n</svg>`;
}

function filesHtml(report: CityReport): string {
  const { say } = report;
  if (report.files.length === 0) return '';
  const rows = report.files.map(
    (f) =>
      `<tr>${td(f.file)}${td(f.ward)}${td(f.layout)}${td(f.records, true)}${td(f.errors, true)}${td(f.warnings, true)}${td(f.remark)}</tr>`,
  );
  return [
    `<h2>${escapeHtml(say('report.files'))}</h2>`,
    '<table data-section="files">',
    `<tr>${[say('report.col.file'), say('report.col.ward'), say('report.col.layout'), say('table2.cases'), say('report.col.errors'), say('report.col.warnings'), say('report.col.note')].map(th).join('')}</tr>`,
    ...rows,
    '</table>',
  ].join('\n');
}

function findingsHtml(report: CityReport): string {
  const { say } = report;
  if (report.findings.length === 0) return `<p class="note">${escapeHtml(say('report.noFindings'))}</p>`;
  const rows = report.findings.map((f) => `<tr>${td(f.severity)}${td(f.place)}${td(f.message)}</tr>`);
  return [
    `<h2>${escapeHtml(say('report.findings'))}</h2>`,
    '<table data-section="findings">',
    `<tr>${th(say('report.col.severity'))}${th(say('report.col.place'))}${th(say('report.col.message'))}</tr>`,
    ...rows,
    '</table>',
  ].join('\n');
}

/**
 * Years side by side (issue 16): per indicator a small multiple — a sparkline of the share on track
 * (概ね順調 ÷ 件数) year by year — beside its counts, so a reader sees which indicators moved.
 */
export function trendHtml(trend: Trend, lang: Language): string {
  const years = trend.fiscalYears.map(fiscalYearLabel);
  const title = renderMessage('planCli.trendTitle', { years: years.join(' / ') }, lang).replace(/^■\s*/, '');
  const cell = (y: { cases: number; onTrack: number; achieved: number; behind: number } | null): string =>
    y ? td(renderMessage('planCli.trendCell', y, lang)) : td('—');
  const head = `<tr>${th(lang === 'en' ? 'indicator' : '指標')}${th(lang === 'en' ? 'on track' : '順調の割合')}${years.map(th).join('')}</tr>`;
  const rows = trend.indicators.map(
    (row) =>
      `<tr${row.counted ? '' : ' class="reference"'}>${td(row.counted ? row.id : `(${row.id})`)}<td>${sparkline(
        row.years.map((y) => (y && y.cases > 0 ? y.onTrack / y.cases : null)),
      )}</td>${row.years.map(cell).join('')}</tr>`,
  );
  const total = `<tr class="total">${td(renderMessage('table2.total', {}, lang))}<td>${sparkline(
    trend.totals.map((y) => (y.cases > 0 ? y.onTrack / y.cases : null)),
  )}</td>${trend.totals.map(cell).join('')}</tr>`;
  return [`<h2>${escapeHtml(title)}</h2>`, '<table class="trend">', head, ...rows, total, '</table>'].join('\n');
}

/** An inline SVG line over the years (0–100%), a dot per year; a gap where a year has no figure. */
function sparkline(shares: readonly (number | null)[]): string {
  const w = 90;
  const h = 24;
  const step = shares.length > 1 ? (w - 8) / (shares.length - 1) : 0;
  const points = shares.map((v, i) => (v === null ? null : { x: 4 + i * step, y: 4 + (1 - v) * (h - 8) }));
  const line = points
    .filter((p): p is { x: number; y: number } => p !== null)
    .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
  const label = shares.map((v) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`)).join(' → ');
  const dots = points
    .filter((p): p is { x: number; y: number } => p !== null)
    .map((p) => `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="2" fill="#2b6cb0"/>`)
    .join('');
  return `<svg width="${w}" height="${h}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title><polyline points="${line}" fill="none" stroke="#2b6cb0" stroke-width="1.5"/>${dots}</svg>`;
}

/** A single-year ward plan's grades per 経営課題 and per ward, as a standalone HTML page. */
export function wardPlanHtml(name: string, counts: GradeCounts, grades: readonly string[], lang: Language): string {
  const say = (code: Parameters<typeof renderMessage>[0], params = {}): string => renderMessage(code, params, lang);
  const title = say('planCli.wardPlanTitle', { name, grades: grades.join('/') }).replace(/^■\s*/, '');
  const total = lang === 'en' ? 'total' : '計';
  const row = (label: string, c: GradeCount, cls = ''): string =>
    `<tr${cls}>${td(label)}${grades.map((g) => td(c.counts.get(g) ?? 0, true)).join('')}${td(c.total, true)}</tr>`;
  const table = (heading: string, list: readonly GradeCount[], withTotal: boolean): string =>
    [
      '<table>',
      `<tr>${th(heading)}${grades.map(th).join('')}${th(total)}</tr>`,
      ...list.map((c) => row(c.key || say('planCli.noGroup'), c)),
      ...(withTotal ? [row(say('table2.total'), counts.total, ' class="total"')] : []),
      '</table>',
    ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    table(say('planCli.wardPlanGroup'), counts.byGroup, true),
    table(say('planCli.wardPlanWard'), counts.byWard, true),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
