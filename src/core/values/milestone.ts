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

/** The words of a milestone actual, by what they say and where they stand in the text. */
export interface MilestoneWords {
  /** Marks that say done on their own. */
  readonly doneMarks: readonly string[];
  /** Words that say done on their own. */
  readonly doneWords: readonly string[];
  /** The actions a milestone names (…を立ち上げる, …を設置する); the action alone says it was done. */
  readonly doneActions: readonly string[];
  /** What may follow a mark, word or action and still say done: 構築済, 設置した, 策定完了. */
  readonly doneFollowers: readonly string[];
  /** Endings that say done after any text: 仕組みを立ち上げました, 協議会の設置完了. */
  readonly doneEndings: readonly string[];
  /** Texts that say not done. */
  readonly notDoneTexts: readonly string[];
  /** 未 before anything says not done: 未構築, 未実施, 未設置. */
  readonly notDonePrefix: string;
}

// One record, as STATUS_WORDS is one record: the reader and the portable formulas take the lists
// from the same object, so a word added here reaches both.
export const MILESTONE_WORDS: MilestoneWords = {
  doneMarks: ['○', '◯', '〇'],
  doneWords: ['済', '済み', '完了', '達成'],
  doneActions: ['実施', '構築', '設置', '開設', '立ち上げ', '立上げ', '策定', '作成', '選定', '創出', '開催'],
  doneFollowers: ['済', '済み', 'した', 'しました', '完了', '完'],
  doneEndings: ['済', '済み', '完了', 'しました'],
  notDoneTexts: ['×', '✕', 'x', 'X', '検討中', '準備中', '調整中', '実施していない', 'なし', '未達成', '未完了'],
  notDonePrefix: '未',
};

const { doneMarks, doneWords, doneActions, doneFollowers, doneEndings, notDoneTexts, notDonePrefix } = MILESTONE_WORDS;

const DONE_TEXTS: ReadonlySet<string> = new Set(
  [...doneMarks, ...doneWords, ...doneActions].flatMap((stem) => [
    stem,
    ...doneFollowers.map((follower) => stem + follower),
  ]),
);
const NOT_DONE_TEXTS: ReadonlySet<string> = new Set(notDoneTexts);

function notDone(text: string): boolean {
  return NOT_DONE_TEXTS.has(text) || (text.startsWith(notDonePrefix) && text.length > 1);
}

function done(text: string): boolean {
  return DONE_TEXTS.has(text) || doneEndings.some((ending) => text.endsWith(ending));
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
