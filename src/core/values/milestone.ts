import { normalizeText } from './normalize';

/**
 * A milestone target has no number: `平成27年度中に仕組みを立ち上げる` (1-3-ア, domain §6). Its actual
 * says whether it is done. Decision (docs/rules.md): done when the actual says so in the documents'
 * words (`構築済`, `実施済み`, `完了`, `達成`, `○`); not done when it says not (`未構築`, `未実施`,
 * `検討中`, `×`); anything else cannot be read and is an error value, never a guess.
 *
 * The words are listed here once. This reader and the portable formulas (portable/words.ts,
 * formulas.ts, which compare whole texts and endings because a formula cannot fold or match a
 * pattern) are both built from these lists.
 */

/** Marks that say done on their own. */
export const MILESTONE_DONE_MARKS: readonly string[] = ['○', '◯', '〇'];
/** Words that say done on their own. */
export const MILESTONE_DONE_WORDS: readonly string[] = ['済', '済み', '完了', '達成'];
/** The actions a milestone names (…を立ち上げる, …を設置する); the action alone says it was done. */
export const MILESTONE_DONE_ACTIONS: readonly string[] = [
  '実施',
  '構築',
  '設置',
  '開設',
  '立ち上げ',
  '立上げ',
  '策定',
  '作成',
  '選定',
  '創出',
  '開催',
];
/** What may follow a mark, word or action and still say done: 構築済, 設置した, 策定完了. */
export const MILESTONE_DONE_FOLLOWERS: readonly string[] = ['済', '済み', 'した', 'しました', '完了', '完'];
/** Endings that say done after any text: 仕組みを立ち上げました, 協議会の設置完了. */
export const MILESTONE_DONE_ENDINGS: readonly string[] = ['済', '済み', '完了', 'しました'];

/** Texts that say not done. */
export const MILESTONE_NOT_DONE_TEXTS: readonly string[] = [
  '×',
  '✕',
  'x',
  'X',
  '検討中',
  '準備中',
  '調整中',
  '実施していない',
  'なし',
  '未達成',
  '未完了',
];
/** 未 before anything says not done: 未構築, 未実施, 未設置. */
export const MILESTONE_NOT_DONE_PREFIX = '未';

const DONE_TEXTS: ReadonlySet<string> = new Set(
  [...MILESTONE_DONE_MARKS, ...MILESTONE_DONE_WORDS, ...MILESTONE_DONE_ACTIONS].flatMap((stem) => [
    stem,
    ...MILESTONE_DONE_FOLLOWERS.map((follower) => stem + follower),
  ]),
);
const NOT_DONE_TEXTS: ReadonlySet<string> = new Set(MILESTONE_NOT_DONE_TEXTS);

function notDone(text: string): boolean {
  return NOT_DONE_TEXTS.has(text) || (text.startsWith(MILESTONE_NOT_DONE_PREFIX) && text.length > 1);
}

function done(text: string): boolean {
  return DONE_TEXTS.has(text) || MILESTONE_DONE_ENDINGS.some((ending) => text.endsWith(ending));
}

export function readMilestoneActual(cell: unknown): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string') return null;
  const text = normalizeText(cell).replace(/[。.]$/, '');
  if (text === '') return null;
  if (notDone(text)) return false;
  if (done(text)) return true;
  return null;
}
