/**
 * The words a case's status and marks are written in (domain §2; §4 R2, R3, R4, R7, R8; seed 000's
 * Table 2): the one place code spells them. Everyone else reads and writes them through this module.
 *
 * They live in values, below rules, because the readers need them as much as the rules do: the
 * not-measured reader (R7) reads 未測定 in an actual cell, validation reads a status the sheet
 * declares (R6), the portable formulas write them into cells and the report counts them. The rules
 * (rules/status.ts, withdrawal.ts, grade.ts) type their answers with them.
 *
 * Cell text, not UI text: a workbook keeps these words whatever its reader's language; the message
 * table renders them for a user (report.status.*).
 */

/** R2 with R7: the four statuses of a case in the city's words (seed 000 ※3, Table 2). */
export const STATUS_WORDS = {
  achieved: '目標達成',
  onTrack: '概ね順調',
  behind: '必ずしも順調ではない',
  notMeasured: '未測定',
} as const;

/** A status by its English name (the keys of STATUS_WORDS), as the counts and the report name it. */
export type StatusKey = keyof typeof STATUS_WORDS;
export type Status = (typeof STATUS_WORDS)[StatusKey];

/** Best first, the order Table 2 reads them in. */
export const STATUSES: readonly Status[] = [
  STATUS_WORDS.achieved,
  STATUS_WORDS.onTrack,
  STATUS_WORDS.behind,
  STATUS_WORDS.notMeasured,
];

// A Map, not an object literal: a cell reading "constructor" must not find Object.prototype's.
const KEY_OF: ReadonlyMap<string, StatusKey> = new Map(
  (Object.keys(STATUS_WORDS) as StatusKey[]).map((key) => [STATUS_WORDS[key], key]),
);

/** The status a cell's text names, spaces around it ignored; null for any other text. */
export function readStatus(text: string): Status | null {
  const key = KEY_OF.get(text.trim());
  return key === undefined ? null : STATUS_WORDS[key];
}

/** The English name of a status; a case that could not be judged (null) is counted as not measured (R7, R8). */
export function statusKey(status: Status | null): StatusKey {
  return status === null ? 'notMeasured' : (KEY_OF.get(status) ?? 'notMeasured');
}

/** On track counts the achieved too (seed 000 ※3: 77 achieved are among the 304 on track). */
export function isOnTrack(status: Status | null): boolean {
  return status === STATUS_WORDS.achieved || status === STATUS_WORDS.onTrack;
}

/** R4: an activity target with a withdrawal criterion (撤退基準), seed 004. */
export const WITHDRAWAL_WORDS = {
  achieved: STATUS_WORDS.achieved,
  missed: '目標未達成',
  rebuild: '撤退基準未達成',
} as const;

export type WithdrawalStatus = (typeof WITHDRAWAL_WORDS)[keyof typeof WITHDRAWAL_WORDS];

/** R3: the single-year grade, A (達成) or B (未達成), seed 002. */
export const GRADE_WORDS = { met: 'A', missed: 'B' } as const;

export type Grade = (typeof GRADE_WORDS)[keyof typeof GRADE_WORDS];

/** R8: Table 2's column heads as seed 000 writes them (件数, 概ね順調, うち目標達成, 必ずしも順調ではない). */
export const TABLE2_COLUMN_WORDS = {
  cases: '件数',
  onTrack: STATUS_WORDS.onTrack,
  achieved: `うち${STATUS_WORDS.achieved}`,
  behind: STATUS_WORDS.behind,
  notMeasured: STATUS_WORDS.notMeasured,
} as const;
