import type { GradeCount, GradeCounts } from '../plan/grade-counts';
import type { Trend } from '../plan/trend';
import { renderMessage, type Language, type MessageParams, type PlanCliCode, type Table2Code } from '../messages';
import { fiscalYearLabel } from '../values/fiscal-year';
import type { GridCell, SummaryGrid } from './grids';
import { isOnTrack, STATUS_WORDS, TABLE2_COLUMN_WORDS } from '../values/status-words';

/**
 * What a plan adds to the city report (issue 16): the years side by side (a trend per indicator, for
 * the text output, `--json` and a 推移 sheet) and a single-year ward plan's grades per 経営課題 and
 * per ward. Pure: the CLI and the renderers lay these out.
 */
function sayer(lang: Language) {
  return (code: PlanCliCode | Table2Code, params: MessageParams = {}): string => renderMessage(code, params, lang);
}

/** The text lines of the years side by side: one line per indicator, the total last. */
export function trendLines(trend: Trend, lang: Language): string[] {
  const say = sayer(lang);
  const years = trend.fiscalYears.map(fiscalYearLabel).join(' / ');
  const cell = (y: { cases: number; onTrack: number; achieved: number; behind: number } | null): string =>
    y ? say('planCli.trendCell', y) : '—';
  const lines = [say('planCli.trendTitle', { years })];
  for (const row of trend.indicators) {
    const id = row.counted ? row.id : `(${row.id})`;
    lines.push(`  ${id.padEnd(8)} ${row.years.map(cell).join(' | ')}`);
  }
  lines.push(`  ${say('table2.total').padEnd(8)} ${trend.totals.map(cell).join(' | ')}`);
  lines.push(say('planCli.trendWardTitle'));
  for (const ward of wardTrends(trend)) {
    const years = ward.years.map((y) => say('planCli.trendWardCell', { ...y })).join(' | ');
    lines.push(`  ${ward.ward.padEnd(5, '　')} ${years}`);
  }
  return lines;
}

export interface WardTrendYear {
  readonly fiscalYear: number;
  /** The ward's judged cases that year (its counted indicators), and those on track / behind. */
  readonly judged: number;
  readonly onTrack: number;
  readonly achieved: number;
  readonly behind: number;
}

/** Per ward, year by year: how many of its cases were on track, achieved, behind (the city's row apart). */
export function wardTrends(trend: Trend): { ward: string; years: WardTrendYear[] }[] {
  const byWard = new Map<string, WardTrendYear[]>();
  // Only the indicators Table 2 counts: reference-only ones (1-3-イ/ウ) stay out, as in the totals.
  const counted = new Set(trend.indicators.filter((i) => i.counted).map((i) => i.id));
  for (const cell of trend.wards) {
    if (!counted.has(cell.indicatorId)) continue;
    let years = byWard.get(cell.ward);
    if (!years) {
      years = trend.fiscalYears.map((fiscalYear) => ({ fiscalYear, judged: 0, onTrack: 0, achieved: 0, behind: 0 }));
      byWard.set(cell.ward, years);
    }
    cell.years.forEach((y, index) => {
      const year = years?.[index];
      if (!y || !year || y.status === null || y.status === STATUS_WORDS.notMeasured) return;
      const onTrack = isOnTrack(y.status);
      years[index] = {
        ...year,
        judged: year.judged + 1,
        onTrack: year.onTrack + (onTrack ? 1 : 0),
        achieved: year.achieved + (y.status === STATUS_WORDS.achieved ? 1 : 0),
        behind: year.behind + (onTrack ? 0 : 1),
      };
    });
  }
  return [...byWard].map(([ward, years]) => ({ ward, years }));
}

/** The `trend` of `kusei summary --json`: fiscal years, per indicator and total, per ward × indicator. */
export function trendJson(trend: Trend): unknown {
  return {
    fiscalYears: trend.fiscalYears,
    indicators: trend.indicators,
    totals: trend.totals,
    wards: trend.wards,
    byWard: wardTrends(trend),
  };
}

/** The 推移 sheet: per indicator, Table 2's counts year by year; then per ward × indicator the status. */
export function trendGrid(trend: Trend, lang: Language): SummaryGrid {
  const say = sayer(lang);
  const years = trend.fiscalYears.map(fiscalYearLabel);
  const counts =
    lang === 'en'
      ? ['cases', 'on track', 'achieved', 'behind']
      : [
          TABLE2_COLUMN_WORDS.cases,
          TABLE2_COLUMN_WORDS.onTrack,
          TABLE2_COLUMN_WORDS.achieved,
          TABLE2_COLUMN_WORDS.behind,
        ];
  const head: GridCell[] = [
    lang === 'en' ? 'indicator' : '指標',
    ...years.flatMap((y) => counts.map((c) => `${y} ${c}`)),
  ];
  const numbers = (y: { cases: number; onTrack: number; achieved: number; behind: number } | null): GridCell[] =>
    y ? [y.cases, y.onTrack, y.achieved, y.behind] : [null, null, null, null];
  const rows: GridCell[][] = [[say('planCli.trendTitle', { years: years.join(' / ') })], head];
  for (const row of trend.indicators) rows.push([row.counted ? row.id : `(${row.id})`, ...row.years.flatMap(numbers)]);
  rows.push([say('table2.total'), ...trend.totals.flatMap(numbers)]);
  rows.push([]);
  const wardHead = [lang === 'en' ? 'ward' : '区', lang === 'en' ? 'indicator' : '指標', ...years];
  const wardHeadRow = rows.length + 1;
  rows.push(wardHead);
  for (const w of trend.wards) rows.push([w.ward, w.indicatorId, ...w.years.map((y) => y?.status ?? null)]);
  return {
    name: say('planCli.trendSheet'),
    rows,
    columnWidths: [14, ...head.slice(1).map(() => 12)],
    headingRows: [1, 2, wardHeadRow],
    formats: {},
    merges: [],
    freezeRows: 2,
  };
}

/** The text lines of a ward plan's grades: per 経営課題, per ward, and the total. */
export function wardPlanLines(
  name: string,
  counts: GradeCounts,
  grades: readonly string[],
  ungraded: number,
  lang: Language,
): string[] {
  const say = sayer(lang);
  const line = (label: string, c: GradeCount): string =>
    `  ${label}: ${grades.map((g) => `${g} ${c.counts.get(g) ?? 0}`).join('、')}（${c.total}）`;
  const lines = [say('planCli.wardPlanTitle', { name, grades: grades.join('/') })];
  lines.push(`  [${say('planCli.wardPlanGroup')}]`);
  for (const c of counts.byGroup) lines.push(line(c.key || say('planCli.noGroup'), c));
  lines.push(`  [${say('planCli.wardPlanWard')}]`);
  for (const c of counts.byWard) lines.push(line(c.key, c));
  lines.push(line(say('table2.total'), counts.total));
  if (ungraded > 0) lines.push(say('planCli.wardPlanUngraded', { count: ungraded }));
  return lines;
}

function countJson(c: GradeCount): unknown {
  return { key: c.key, counts: Object.fromEntries(c.counts), total: c.total };
}

/** The `wardPlan` of `kusei summary --json`. */
export function wardPlanJson(counts: GradeCounts, grades: readonly string[], ungraded: number): unknown {
  return {
    grades,
    byGroup: counts.byGroup.map(countJson),
    byWard: counts.byWard.map(countJson),
    total: countJson(counts.total),
    ungraded,
  };
}

/** The ward plan's sheet of the summary workbook: per 経営課題, then per ward. */
export function wardPlanGrid(
  name: string,
  counts: GradeCounts,
  grades: readonly string[],
  lang: Language,
): SummaryGrid {
  const say = sayer(lang);
  const row = (label: string, c: GradeCount): GridCell[] => [
    label,
    ...grades.map((g) => c.counts.get(g) ?? 0),
    c.total,
  ];
  const total = lang === 'en' ? 'total' : '計';
  const rows: GridCell[][] = [[say('planCli.wardPlanTitle', { name, grades: grades.join('/') })]];
  rows.push([say('planCli.wardPlanGroup'), ...grades, total]);
  for (const c of counts.byGroup) rows.push(row(c.key || say('planCli.noGroup'), c));
  rows.push([]);
  const wardHead = rows.length + 1;
  rows.push([say('planCli.wardPlanWard'), ...grades, total]);
  for (const c of counts.byWard) rows.push(row(c.key, c));
  rows.push(row(say('table2.total'), counts.total));
  return {
    name: lang === 'en' ? 'Grades' : '評価集計',
    rows,
    columnWidths: [18, ...grades.map(() => 8), 8],
    headingRows: [1, 2, wardHead],
    formats: {},
    merges: [],
    freezeRows: 0,
  };
}
