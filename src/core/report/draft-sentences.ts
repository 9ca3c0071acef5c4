import type { Catalogue, IndicatorDef } from '../catalogue';
import type { Language } from '../messages';
import type { CitySummary, IndicatorSummary } from '../aggregate/types';
import type { SubmissionControl } from '../aggregate/submissions';
import type { IndicatorWards, WardRate } from '../aggregate/ward-view';
import { rateText, type Say } from './format';
import { fiscalYearLabel } from '../values/fiscal-year';
import { STATUS_WORDS } from '../values/status-words';

/**
 * Draft 【達成状況】 sentences in the publication's style (seed 000 section Ⅱ), from the figures alone
 * (issue 15 §2). Which sentence an indicator gets follows the publication:
 * - every ward achieved: 「すべての区において、平成29年度までの目標値を達成することができました。」 (1-2-ア);
 * - none behind: 「すべての区において、進捗率が33.4％以上…概ね順調です。」 plus, when some achieved,
 *   「特に、A区をはじめN区においては…目標値を達成」 (1-1-ア);
 * - one or two behind: 「X区以外のN区においては…（X区の進捗率はY％でした）」 (1-2-イ);
 * - more behind: 「A区をはじめN区においては…概ね順調」 and 「一方で、B区をはじめM区においては…」 (1-4-ア);
 * - reference-only (1-3-イ, 1-3-ウ): 「A区をはじめ4区において…（4区計5件）」; city-wide (1-3-ア) once.
 * The ward named first (A) is the one with the highest rate; B the one with the lowest. They are the
 * draft's choice, not the publication's, and the coordinator may name another.
 */
export interface IndicatorDraft {
  readonly id: string;
  readonly name: string;
  readonly sentences: readonly string[];
}

export interface DraftSentences {
  /** Section Ⅱ's summary: Table 1 (implementation) then Table 2 (progress). */
  readonly overall: readonly string[];
  readonly indicators: readonly IndicatorDraft[];
}

export interface DraftInput {
  readonly catalogue: Catalogue;
  /** The consolidation's Tables 1 and 2. */
  readonly summary: Pick<CitySummary, 'table1' | 'table2'>;
  readonly wards: readonly IndicatorWards[];
  /** Wards expected (24) and those with no file, for an honest 「すべての区」. */
  readonly submissions: Pick<SubmissionControl, 'expected' | 'missing'>;
  /** Expected progress of the report year (0.334 in year 1 of 3). */
  readonly threshold: number;
  readonly reportYear: number;
  readonly targetYear: number;
  /** Leading ward chosen by the coordinator per indicator id, instead of the highest rate. */
  readonly lead?: Readonly<Record<string, string>>;
}

/** Few enough behind to be named one by one: 「X区以外の23区」 (seed 000, 1-2-イ). */
const NAMED_BEHIND = 2;

export function draftSentences(input: DraftInput, say: Say, lang: Language): DraftSentences {
  const common = {
    threshold: rateText(input.threshold, lang),
    targetYear: fiscalYearLabel(input.targetYear),
    targetYearEn: `FY${input.targetYear}`,
    reportYear: fiscalYearLabel(input.reportYear),
    reportYearEn: `FY${input.reportYear}`,
  };
  const rowOf = new Map(input.summary.table2.indicators.map((row) => [row.id, row]));
  const wardsOf = new Map(input.wards.map((w) => [w.id, w]));
  const indicators = input.catalogue.indicators.flatMap((indicator) => {
    const row = rowOf.get(indicator.id);
    const wards = wardsOf.get(indicator.id);
    if (!row || !wards) return [];
    const sentences =
      indicator.counting === 'reference'
        ? referenceSentences(indicator, row, wards, input, common, say)
        : indicator.scope === 'city'
          ? citySentences(row, say)
          : wardSentences(wards, input, common, say, lang);
    return [{ id: indicator.id, name: indicator.name, sentences }];
  });
  return { overall: overallSentences(input, common, say, lang), indicators };
}

type Common = Record<'threshold' | 'targetYear' | 'targetYearEn' | 'reportYear' | 'reportYearEn', string>;

function wardSentences(w: IndicatorWards, input: DraftInput, common: Common, say: Say, lang: Language): string[] {
  const onTrack = [...w.achieved, ...w.onTrack].sort((a, b) => (b.progress ?? -1) - (a.progress ?? -1));
  const judged = onTrack.length + w.behind.length;
  const out: string[] = [];
  const lead = (list: readonly WardRate[]): string => leadOf(list, input.lead?.[w.id]);
  if (w.behind.length === 0 && judged > 0) {
    if (w.achieved.length === judged) out.push(say('report.s.allAchieved', common));
    else {
      out.push(say('report.s.allOnTrack', common));
      for (const sentence of achievedSentence(w.achieved, lead, common, say)) out.push(sentence);
    }
  } else if (onTrack.length === 0 && judged > 0) {
    out.push(say('report.s.allBehind', common));
  } else if (w.behind.length <= NAMED_BEHIND && judged > 0) {
    const few = w.behind.map((b) => b.ward).join('、');
    const rates = w.behind
      .map((b) => say('report.s.rate', { ward: b.ward, rate: b.progress === null ? '—' : rateText(b.progress, lang) }))
      .join('、');
    out.push(say('report.s.allButFew', { ...common, few, count: onTrack.length, rates }));
    for (const sentence of achievedSentence(w.achieved, lead, common, say)) out.push(sentence);
  } else if (judged > 0) {
    out.push(
      onTrack.length === 1
        ? say('report.s.oneOnTrack', { ...common, lead: lead(onTrack) })
        : say('report.s.someOnTrack', { ...common, lead: lead(onTrack), count: onTrack.length }),
    );
    out.push(say('report.s.someBehind', { ...common, lead: w.behind[0]?.ward ?? '', count: w.behind.length }));
    for (const sentence of achievedSentence(w.achieved, lead, common, say)) out.push(sentence);
  }
  if (w.notMeasured.length > 0)
    out.push(say('report.s.notMeasured', { wards: w.notMeasured.map((n) => n.ward).join('、') }));
  if (input.submissions.missing.length > 0)
    out.push(
      say('report.s.missingWards', {
        count: judged + w.notMeasured.length,
        missing: input.submissions.missing.join('、'),
      }),
    );
  return out;
}

function achievedSentence(
  achieved: readonly WardRate[],
  lead: (list: readonly WardRate[]) => string,
  common: Common,
  say: Say,
): string[] {
  if (achieved.length === 0) return [];
  if (achieved.length === 1) return [say('report.s.oneAchieved', { ...common, lead: lead(achieved) })];
  return [say('report.s.someAchieved', { ...common, lead: lead(achieved), count: achieved.length })];
}

/** The coordinator's choice when it is in the list, else the first (the highest rate). */
function leadOf(list: readonly WardRate[], chosen: string | undefined): string {
  if (chosen !== undefined && list.some((w) => w.ward === chosen)) return chosen;
  return list[0]?.ward ?? '';
}

function referenceSentences(
  indicator: IndicatorDef,
  row: IndicatorSummary,
  w: IndicatorWards,
  input: DraftInput,
  common: Common,
  say: Say,
): string[] {
  // The ward with the most cases created leads (seed 000: 「東成区をはじめ4区…（4区計5件）」).
  const achieved = [...w.achieved].sort((a, b) => (b.actualValue ?? 0) - (a.actualValue ?? 0));
  const params = {
    ...common,
    target: indicator.target,
    cases: row.referenceCases ?? 0,
    count: row.referenceWards ?? 0,
  };
  const first =
    achieved.length === 0
      ? say('report.s.referenceNone', params)
      : achieved.length === 1
        ? say('report.s.referenceOne', { ...params, lead: leadOf(achieved, input.lead?.[indicator.id]) })
        : say('report.s.referenceSome', { ...params, lead: leadOf(achieved, input.lead?.[indicator.id]) });
  return [first, say('report.s.referenceNote')];
}

function citySentences(row: IndicatorSummary, say: Say): string[] {
  if (row.achieved > 0) return [say('report.s.cityAchieved')];
  const status = STATUS_WORDS[row.onTrack > 0 ? 'onTrack' : row.behind > 0 ? 'behind' : 'notMeasured'];
  return [say('report.s.cityNotAchieved', { status, statusEn: say(`report.status.${status}`) })];
}

function overallSentences(input: DraftInput, common: Common, say: Say, lang: Language): string[] {
  const t1 = input.summary.table1;
  const t2 = input.summary.table2;
  const counted = t2.indicators.filter((row) => row.counted);
  const names = new Map(input.catalogue.indicators.map((i) => [i.id, i.name]));
  const quote = (ids: readonly string[]): string =>
    ids
      .map((id) => (lang === 'ja' ? `「${names.get(id) ?? id}」` : `"${names.get(id) ?? id}"`))
      .join(lang === 'ja' ? 'や' : ' and ');
  const top = (pick: (row: IndicatorSummary) => number, n: number): string[] =>
    [...counted]
      .filter((row) => pick(row) > 0)
      .sort((a, b) => pick(b) - pick(a))
      .slice(0, n)
      .map((row) => row.id);
  const share = (part: number): { ja: string; en: string } => {
    const fraction = t2.total.cases > 0 ? part / t2.total.cases : 0;
    return {
      ja: say('report.share', { tenths: Math.round(fraction * 10), percent: Math.round(fraction * 100) }),
      en: `${Math.round(fraction * 100)}%`,
    };
  };
  const onTrackShare = share(t2.total.onTrack);
  const achievedShare = share(t2.total.achieved);
  const out = [
    say('report.s.overallListing', {
      ...common,
      indicators: input.catalogue.indicators.length,
      wards: input.submissions.expected.length,
      cases: t1.cases,
      listed: t1.listed,
      unlisted: t1.unlisted,
    }),
    say('report.s.overallImplementation', {
      listed: t1.listed,
      full: t1.listedFull,
      partial: t1.listedPartial,
      done: t1.unlistedDone,
      notDone: t1.unlistedNotDone,
    }),
  ];
  const base = {
    ...common,
    counted: counted.length,
    cases: t2.total.cases,
    onTrack: t2.total.onTrack,
    achieved: t2.total.achieved,
    share: onTrackShare.ja,
    shareEn: onTrackShare.en,
    achievedShare: achievedShare.ja,
    achievedShareEn: achievedShare.en,
  };
  out.push(
    t2.total.achieved > 0
      ? say('report.s.overallOnTrack', { ...base, leaders: quote(top((r) => r.achieved, 2)) })
      : say('report.s.overallOnTrackNoneAchieved', base),
  );
  out.push(
    t2.total.behind > 0
      ? say('report.s.overallBehind', { behind: t2.total.behind, leaders: quote(top((r) => r.behind, 1)) })
      : say('report.s.overallNoneBehind'),
  );
  return out;
}
