import type { CodedMessage } from '../messages/render';
import type { CaseRecord } from '../record';
import type { KuseiSettings } from '../settings';
import { fiscalYearLabel } from '../values/fiscal-year';
import type { AggregateFinding } from './types';
import type { DeclaredYear } from './declared-year';
import { distinctYears } from './declared-year';
import { aggregateFinding } from './findings';
import { isCityWard } from '../layouts/wards';
import { plainKey } from '../text';

/**
 * Submission control (issue 15 §3; domain §9 "a coordinator's first questions"): which wards sent a
 * file, which did not, which sent two (and which file is used, and why), and which files are of
 * another fiscal year or plan (left out, with the year they declare). Decided before counting, so a
 * ward's two versions are never mixed case by case and a 平成28年度 file is never counted into 平成27年度.
 */
export type DuplicateReason = 'moreCases' | 'fewerErrors' | 'firstGiven';

export interface DuplicateWard {
  readonly ward: string;
  /** The file whose rows of this ward are counted. */
  readonly used: string;
  /** The other files naming the ward; their rows of this ward are not counted. */
  readonly ignored: readonly string[];
  readonly reason: DuplicateReason;
}

export interface OtherYearFile {
  readonly file: string;
  /** `otherPlan` when every year found lies outside the plan period. */
  readonly kind: 'otherYear' | 'otherPlan';
  readonly years: readonly DeclaredYear[];
}

export interface SubmissionControl {
  readonly expected: readonly string[];
  /** Expected wards with the file counted for them, in the expected order. */
  readonly received: readonly { readonly ward: string; readonly file: string }[];
  readonly missing: readonly string[];
  readonly duplicates: readonly DuplicateWard[];
  readonly otherYear: readonly OtherYearFile[];
  readonly unreadable: readonly { readonly file: string; readonly problem: CodedMessage }[];
  /** Wards counted that are not expected (a misspelt or another city's ward shows here and as a finding). */
  readonly unexpected: readonly string[];
  /** Files holding the city's own rows (全市). */
  readonly cityFiles: readonly string[];
}

/** One file as submission control sees it. */
export interface SubmittedFile {
  readonly file: string;
  readonly records: readonly CaseRecord[];
  readonly errors: number;
  readonly declared: readonly DeclaredYear[];
  readonly problem: CodedMessage | null;
}

export interface SubmissionDecision {
  readonly control: SubmissionControl;
  /** The records to count. */
  readonly records: readonly CaseRecord[];
  readonly findings: readonly AggregateFinding[];
  /** Files left out whole, by name. */
  readonly excluded: ReadonlyMap<string, OtherYearFile['kind']>;
}

export function decideSubmissions(
  files: readonly SubmittedFile[],
  expected: readonly string[],
  settings: KuseiSettings,
): SubmissionDecision {
  const findings: AggregateFinding[] = [];
  const otherYear = files.flatMap((f) => otherYearOf(f, settings));
  const excluded = new Map(otherYear.map((o) => [o.file, o.kind] as const));
  for (const o of otherYear) findings.push(otherYearFinding(o, settings));

  const candidates = new Map<string, { file: SubmittedFile; cases: number; order: number }[]>();
  const cityFiles: string[] = [];
  files.forEach((file, order) => {
    if (excluded.has(file.file) || file.problem !== null) return;
    // Cases are distinct indicators, not rows: 100,000 rows of one made-up indicator for 北区 must not
    // outweigh 北区's own workbook of 17 cases (issue 13, found by the hostile-file summary test).
    const indicators = new Map<string, Set<string>>();
    for (const record of file.records) {
      if (record.kind === 'initiative' || record.ward === null) continue;
      const ward = plainKey(record.ward);
      if (ward === '') continue;
      if (isCityWard(ward)) {
        if (!cityFiles.includes(file.file)) cityFiles.push(file.file);
        continue;
      }
      const ids = indicators.get(ward) ?? new Set<string>();
      ids.add(plainKey(record.indicatorId ?? ''));
      indicators.set(ward, ids);
    }
    for (const [ward, ids] of indicators)
      candidates.set(ward, [...(candidates.get(ward) ?? []), { file, cases: ids.size, order }]);
  });

  const winner = new Map<string, string>();
  const duplicates: DuplicateWard[] = [];
  for (const [ward, list] of candidates) {
    const ranked = [...list].sort((a, b) => b.cases - a.cases || a.file.errors - b.file.errors || a.order - b.order);
    const [first, second] = ranked;
    if (!first) continue;
    winner.set(ward, first.file.file);
    if (!second) continue;
    const reason: DuplicateReason =
      first.cases !== second.cases
        ? 'moreCases'
        : first.file.errors !== second.file.errors
          ? 'fewerErrors'
          : 'firstGiven';
    const duplicate = { ward, used: first.file.file, ignored: ranked.slice(1).map((c) => c.file.file), reason };
    duplicates.push(duplicate);
    findings.push(duplicateFinding(duplicate, ranked));
  }

  const records = files.flatMap((file) => {
    if (excluded.has(file.file)) return [];
    return file.records.filter((record) => {
      if (record.ward === null) return true;
      const ward = plainKey(record.ward);
      const used = winner.get(ward);
      return used === undefined || used === file.file;
    });
  });
  const expectedKeys = expected.map(plainKey);
  const control: SubmissionControl = {
    expected,
    received: expectedKeys.flatMap((ward) => {
      const file = winner.get(ward);
      return file === undefined ? [] : [{ ward, file }];
    }),
    missing: expectedKeys.filter((ward) => !winner.has(ward)),
    duplicates,
    otherYear,
    unreadable: files.flatMap((f) => (f.problem === null ? [] : [{ file: f.file, problem: f.problem }])),
    unexpected: [...winner.keys()].filter((ward) => !expectedKeys.includes(ward)),
    cityFiles,
  };
  return { control, records, findings, excluded };
}

/** A file that declares years, none of them the report year, is of another year (or plan). */
function otherYearOf(file: SubmittedFile, settings: KuseiSettings): OtherYearFile[] {
  const years = distinctYears(file.declared);
  if (years.length === 0 || years.includes(settings.reportYear)) return [];
  const last = settings.planStartYear + settings.planYears - 1;
  const outside = years.every((year) => year < settings.planStartYear || year > last);
  return [{ file: file.file, kind: outside ? 'otherPlan' : 'otherYear', years: file.declared }];
}

function otherYearFinding(o: OtherYearFile, settings: KuseiSettings): AggregateFinding {
  const first = o.years[0];
  const found = distinctYears(o.years).map(fiscalYearLabel).join('、');
  const params = {
    file: o.file,
    found,
    foundEn: distinctYears(o.years)
      .map((y) => `FY${y}`)
      .join(', '),
    where: first ? `${first.where}「${first.text}」` : '',
    report: fiscalYearLabel(settings.reportYear),
    reportEn: `FY${settings.reportYear}`,
    plan: `${fiscalYearLabel(settings.planStartYear)}〜${fiscalYearLabel(settings.planStartYear + settings.planYears - 1)}`,
  };
  const code = o.kind === 'otherPlan' ? 'aggregate.otherPlanFile' : 'aggregate.otherYearFile';
  return aggregateFinding(code, 'warning', { source: null, field: null, file: o.file }, found, params);
}

function duplicateFinding(
  d: DuplicateWard,
  ranked: readonly { file: SubmittedFile; cases: number }[],
): AggregateFinding {
  const describe = (c: { file: SubmittedFile; cases: number }): string =>
    `${c.file.file}（${c.cases}件、エラー${c.file.errors}）`;
  const code =
    d.reason === 'moreCases'
      ? 'aggregate.duplicateWardMoreCases'
      : d.reason === 'fewerErrors'
        ? 'aggregate.duplicateWardFewerErrors'
        : 'aggregate.duplicateWardFirstGiven';
  return aggregateFinding(code, 'warning', { source: null, field: null, file: d.ignored[0] ?? null }, d.ward, {
    ward: d.ward,
    used: d.used,
    ignored: d.ignored.join('」「'),
    files: ranked.map(describe).join('、'),
  });
}
