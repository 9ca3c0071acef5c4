import type { IndicatorSummary } from '../aggregate/types';
import type { WardRate } from '../aggregate/ward-view';
import { rateText } from './format';
import type { CityReport } from './model';
import { STATUS_WORDS } from '../values/status-words';

/**
 * The report for a terminal, in the model's order: submission control before the tables, then
 * Tables 2 and 1 laid out as the publication does (seed 000 表2, 表1), the wards per indicator, and
 * the draft sentences. Alignment counts full-width characters as two columns, as terminals show them.
 */
export function reportText(report: CityReport): string {
  return [
    report.title,
    report.say('report.stamp', { stamp: report.stamp }),
    '',
    submissionsText(report),
    '',
    table2Text(report),
    '',
    table1Text(report),
    '',
    wardListsText(report),
    '',
    draftText(report),
  ].join('\n');
}

export function submissionsText(report: CityReport): string {
  const { say, submissions: s } = report;
  const list = (items: readonly string[]): string => (items.length === 0 ? say('report.none') : items.join('、'));
  const lines = [
    `■ ${say('report.submissions')}`,
    `  ${say('report.expected')}: ${say('report.wardCount', { count: s.expected.length })}`,
    `  ${say('report.received')}: ${s.received.length}/${s.expected.length}`,
    `  ${say('report.missing')}: ${list(s.missing)}`,
    `  ${say('report.duplicates')}: ${s.duplicates.length === 0 ? say('report.none') : ''}`,
    ...s.duplicates.map((d) => `    ${d}`),
    `  ${say('report.otherYear')}: ${s.otherYear.length === 0 ? say('report.none') : ''}`,
    ...s.otherYear.map((o) => `    ${o}`),
  ];
  if (s.unreadable.length > 0) lines.push(`  ${say('report.unreadable')}:`, ...s.unreadable.map((u) => `    ${u}`));
  if (s.unexpected.length > 0) lines.push(`  ${say('report.unexpected')}: ${list(s.unexpected)}`);
  return lines.map((line) => line.trimEnd()).join('\n');
}

export function table2Text(report: CityReport): string {
  const { say, summary } = report;
  const header = [
    say('report.col.id'),
    say('table2.cases'),
    say('table2.onTrack'),
    say('table2.achieved'),
    say('table2.behind'),
    say('table2.notMeasured'),
    say('report.col.name'),
  ];
  const rows: string[][] = summary.table2.indicators.map((row) => {
    const name = report.names[row.id] ?? '';
    if (!row.counted) {
      return [row.id, `(${row.referenceCases ?? 0})`, '', `(${row.referenceWards ?? 0}区)`, '', '', `${name}（参考）`];
    }
    return [row.id, ...numbers(row), row.scope === 'city' ? `${name}（${say('report.cityOnce')}）` : name];
  });
  const counted = summary.table2.indicators.filter((row) => row.counted).length;
  rows.push([
    `${say('report.total')}（${say('report.items', { count: counted })}）`,
    ...numbers(summary.table2.total),
    '',
  ]);
  return [
    `■ ${say('report.table2')}`,
    alignRows([header, ...rows], [false, true, true, true, true, true, false]),
    say('report.note.reference'),
    say('report.note.onTrack'),
  ].join('\n');
}

export function table1Text(report: CityReport): string {
  const { say } = report;
  const t = report.summary.table1;
  const rows = [
    [say('report.col.listing'), say('table2.cases'), say('report.col.breakdown'), '', say('report.col.breakdown'), ''],
    [
      say('report.listed'),
      String(t.listed),
      say('report.full'),
      String(t.listedFull),
      say('report.partial'),
      String(t.listedPartial),
    ],
    [
      say('report.unlisted'),
      String(t.unlisted),
      say('report.done'),
      String(t.unlistedDone),
      say('report.notDone'),
      String(t.unlistedNotDone),
    ],
    [say('report.total'), String(t.cases), '', '', '', ''],
  ];
  return [`■ ${say('report.table1')}`, alignRows(rows, [false, true, false, true, false, true])].join('\n');
}

/** Per indicator: the wards behind (with rates), then achieved, then on track. */
export function wardListsText(report: CityReport): string {
  const { say } = report;
  const wards = (list: readonly WardRate[]): string =>
    list.map((w) => (w.progress === null ? w.ward : `${w.ward} ${rateText(w.progress, report.lang)}`)).join('、');
  const lines = [`■ ${say('report.wardLists')}`];
  for (const w of report.wardLists) {
    const total = w.achieved.length + w.onTrack.length + w.behind.length + w.notMeasured.length;
    if (total === 0) continue;
    lines.push(`${w.id} ${report.names[w.id] ?? ''}`);
    if (w.behind.length > 0)
      lines.push(`  ${say(`report.status.${STATUS_WORDS.behind}`)}（${w.behind.length}）: ${wards(w.behind)}`);
    if (w.achieved.length > 0)
      lines.push(`  ${say(`report.status.${STATUS_WORDS.achieved}`)}（${w.achieved.length}）: ${wards(w.achieved)}`);
    if (w.onTrack.length > 0)
      lines.push(`  ${say('report.segment.onTrackOnly')}（${w.onTrack.length}）: ${wards(w.onTrack)}`);
    if (w.notMeasured.length > 0)
      lines.push(
        `  ${say(`report.status.${STATUS_WORDS.notMeasured}`)}（${w.notMeasured.length}）: ${wards(w.notMeasured)}`,
      );
  }
  return lines.join('\n');
}

export function draftText(report: CityReport): string {
  const { say, draft } = report;
  const lines = [`■ ${say('report.draft')}`, say('report.draftNote'), `【${say('report.draftOverall')}】`];
  for (const s of draft.overall) lines.push(`・${s}`);
  for (const indicator of draft.indicators) {
    lines.push(`【${indicator.id} ${indicator.name}】`);
    for (const s of indicator.sentences) lines.push(`・${s}`);
  }
  return lines.join('\n');
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
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
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
