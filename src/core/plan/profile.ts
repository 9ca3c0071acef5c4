import type { PlanCliCode } from '../messages/plan-cli';
import { GRADE_WORDS, STATUS_WORDS } from '../values/status-words';

/**
 * A rule profile is how a plan judges its cases (issue 16, domain §4 and §9), as data: how the progress
 * rate is computed, how the expected progress grows over the plan period, the words of each status,
 * how grades are banded, and which states are left out of the counts like 未測定 (R7).
 * The FY2015–FY2017 policy's rules R1–R4 are the default profile.
 */
export type ProgressMethod = 'ratio' | 'distance';

/** One fixed threshold: goals of at most `upToYears` years must reach `rate` (0.9 for 90%). */
export interface GoalLengthThreshold {
  readonly upToYears: number;
  readonly rate: number;
}

export type ExpectedProgress =
  /** R2: in year k of n, k/n rounded up at 0.1% (1/3 → 33.4%). */
  | { readonly kind: 'linear' }
  /** Osaka's later rule: a fixed threshold by the goal's length (66.7% for three years, 90% for one or two). */
  | { readonly kind: 'byGoalLength'; readonly thresholds: readonly GoalLengthThreshold[] };

/** What each status is called in this plan's documents. */
export interface StatusWords {
  readonly achieved: string;
  readonly onTrack: string;
  readonly behind: string;
  readonly notMeasured: string;
}

/** A grade given when the measure reaches `min` (bands are tried from the highest `min` down). */
export interface GradeBand {
  readonly grade: string;
  readonly min: number;
}

export type GradeScheme =
  /** R3: A when the actual meets the target in its direction, else B. */
  | { readonly kind: 'met'; readonly met: string; readonly notMet: string }
  /**
   * Bands over the progress rate (`rate`, actual ÷ target) or over the change from the baseline
   * (`baselineChange`, (actual − baseline) ÷ baseline: 長与町's B is within ±10% of the baseline).
   * `whenMet` is given first when the target is met (S), `below` when no band is reached.
   */
  | {
      readonly kind: 'bands';
      readonly basis: 'rate' | 'baselineChange';
      readonly whenMet: string | null;
      readonly bands: readonly GradeBand[];
      readonly below: string;
    };

/** The message of a shipped profile's name: text a user reads, so it is in the table (plan-cli.json). */
export type ProfileNameCode = Extract<PlanCliCode, `planCli.profileName.${string}`>;

export interface RuleProfile {
  readonly id: string;
  /** Its name, rendered where it is shown (`kusei plan`) in that run's language. */
  readonly nameCode: ProfileNameCode;
  readonly progress: ProgressMethod;
  readonly expected: ExpectedProgress;
  readonly statusWords: StatusWords;
  readonly grades: GradeScheme;
  /** States written instead of an actual that are excluded from counts, as 未測定 is (評価困難, 未着手, 中止). */
  readonly excludedStates: readonly string[];
}

const CITY_STATUS_WORDS: StatusWords = STATUS_WORDS;

const A_B: GradeScheme = { kind: 'met', met: GRADE_WORDS.met, notMet: GRADE_WORDS.missed };

/** R1–R4 of the FY2015–FY2017 区政運営基本方針 (seed 000): ratio, k/n rounded up, A/B. */
export const DEFAULT_PROFILE: RuleProfile = {
  id: 'kusei-2015',
  nameCode: 'planCli.profileName.kusei-2015',
  progress: 'ratio',
  expected: { kind: 'linear' },
  statusWords: CITY_STATUS_WORDS,
  grades: A_B,
  excludedStates: [],
};

/** Osaka's later policies (domain §9): 66.7% for goals of three years, 90% for goals of one or two. */
export const OSAKA_FIXED_PROFILE: RuleProfile = {
  id: 'osaka-fixed',
  nameCode: 'planCli.profileName.osaka-fixed',
  progress: 'ratio',
  expected: {
    kind: 'byGoalLength',
    thresholds: [
      { upToYears: 2, rate: 0.9 },
      { upToYears: 3, rate: 0.667 },
    ],
  },
  statusWords: CITY_STATUS_WORDS,
  grades: A_B,
  excludedStates: [],
};

/** A ward's single-year 運営方針 (seed 002 西区 令和6年度): each アウトカム指標 graded A (達成) or B (未達成). */
export const WARD_SINGLE_YEAR_PROFILE: RuleProfile = {
  id: 'ward-single-year',
  nameCode: 'planCli.profileName.ward-single-year',
  progress: 'ratio',
  expected: { kind: 'linear' },
  statusWords: {
    achieved: GRADE_WORDS.met,
    onTrack: GRADE_WORDS.met,
    behind: GRADE_WORDS.missed,
    notMeasured: STATUS_WORDS.notMeasured,
  },
  grades: A_B,
  excludedStates: [],
};

/**
 * Grades against a baseline band, as 長与町 publishes them (domain §9): S when the target is met,
 * A above +10% of the baseline, B within ±10%, C below; 評価困難 / 未着手 / 中止 are not counted.
 */
export const BASELINE_BAND_PROFILE: RuleProfile = {
  id: 'baseline-band',
  nameCode: 'planCli.profileName.baseline-band',
  progress: 'distance',
  expected: { kind: 'linear' },
  statusWords: CITY_STATUS_WORDS,
  grades: {
    kind: 'bands',
    basis: 'baselineChange',
    whenMet: 'S',
    bands: [
      { grade: 'A', min: 0.1 },
      { grade: 'B', min: -0.1 },
    ],
    below: 'C',
  },
  excludedStates: ['評価困難', '未着手', '中止'],
};

/** Profiles shipped with KUSEI, by id (a plan names one, or brings its own). */
export const PROFILES: readonly RuleProfile[] = [
  DEFAULT_PROFILE,
  OSAKA_FIXED_PROFILE,
  WARD_SINGLE_YEAR_PROFILE,
  BASELINE_BAND_PROFILE,
];

export function profileById(id: string): RuleProfile | null {
  return PROFILES.find((profile) => profile.id === id) ?? null;
}

/** A profile's grades from best to worst (A, B; or S, A, B, C), the order counts are shown in. */
export function gradeWords(profile: RuleProfile): readonly string[] {
  const scheme = profile.grades;
  if (scheme.kind === 'met') return [scheme.met, scheme.notMet];
  const bands = [...scheme.bands].sort((a, b) => b.min - a.min).map((band) => band.grade);
  return [...(scheme.whenMet === null ? [] : [scheme.whenMet]), ...bands, scheme.below];
}
