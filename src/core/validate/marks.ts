import { ownEntry } from '../lookup';
import { foldWidth, plainKey } from '../text';
import { GRADE_WORDS, STATUS_WORDS, WITHDRAWAL_WORDS } from '../values/status-words';
import type { CellRef } from './row-cells';

/**
 * Declared marks as the sheets write them (domain §2): A/B, a/b, 目標達成…, ア/イ, ○/×, outlooks.
 * `negative` marks require an explanation (R5); `kind` says how the mark can be recomputed (R6).
 */
export type MarkKind = 'grade' | 'achievement' | 'withdrawal' | 'status' | 'onTrack' | 'strategy' | 'other';

export interface ReadMark {
  /** Canonical form ("A", "目標未達成", "×"). */
  readonly value: string;
  readonly negative: boolean;
  readonly kind: MarkKind;
}

function entry(value: string, negative: boolean, kind: MarkKind): [string, ReadMark] {
  return [value, { value, negative, kind }];
}

/** A kind's mark that says yes and the one that says no (which asks for an explanation, R5). */
function pair(kind: MarkKind, yes: string, no: string): [string, ReadMark][] {
  return [entry(yes, false, kind), entry(no, true, kind)];
}

// The words of R2-R4 come from their vocabulary (values/status-words.ts); the other marks (達成,
// 順調, ア/イ, ○/×, the outlooks of 大正区's 中間振り返り) are spelt here, the only code that reads them.
const VOCABULARY: Readonly<Record<string, ReadMark>> = Object.fromEntries([
  ...pair('grade', GRADE_WORDS.met, GRADE_WORDS.missed),
  ...pair('grade', '達成', '未達成'),
  ...pair('achievement', WITHDRAWAL_WORDS.achieved, WITHDRAWAL_WORDS.missed),
  // 撤退基準未達成 has no yes of its own: the yes of the withdrawal check is 目標達成 above.
  entry(WITHDRAWAL_WORDS.rebuild, true, 'withdrawal'),
  ...pair('status', STATUS_WORDS.onTrack, STATUS_WORDS.behind),
  ...pair('onTrack', '順調', '順調でない'),
  ...pair('strategy', 'a', 'b'),
  ...pair('other', 'ア', 'イ'),
  ...pair('other', '○', '×'),
  ...pair('other', '実施見込み', '実施できない見込み'),
  ...pair('other', '達成見込み', '達成できない見込み'),
]);

const ALIASES: Readonly<Record<string, string>> = {
  '◯': '○',
  〇: '○',
  O: '○',
  x: '×',
  X: '×',
  '✕': '×',
  '✖': '×',
  '達成(A)': GRADE_WORDS.met,
  '未達成(B)': GRADE_WORDS.missed,
};

/** The marks a sheet may write, for the message that asks for one of them, group by group. */
export const MARK_CHOICES = [
  [GRADE_WORDS.met, GRADE_WORDS.missed],
  [WITHDRAWAL_WORDS.achieved, WITHDRAWAL_WORDS.missed, WITHDRAWAL_WORDS.rebuild],
  [STATUS_WORDS.onTrack, STATUS_WORDS.behind],
  ['○', '×'],
  ['ア', 'イ'],
]
  .map((group) => group.join(' / '))
  .join('、');

/** The mark a cell declares, or null when it is not one ("未測定" and blanks are not marks). */
export function readMark(text: string): ReadMark | null {
  // Width and spacing folded as names and ids are (text.ts), not as values are: a mark is a word,
  // never a number, so the value fold's minus signs and circled numbers have no say in it.
  let plain = plainKey(text);
  const alias = ownEntry(ALIASES, plain);
  if (alias) plain = alias;
  const direct = ownEntry(VOCABULARY, plain);
  if (direct) return direct;
  // "ア:有効であり…", "B(順調でない)": the mark is what comes before the explanation.
  const head = /^([^:(（]+)[:(（]/.exec(plain)?.[1];
  if (head !== undefined) {
    const aliased = ownEntry(ALIASES, head) ?? head;
    return ownEntry(VOCABULARY, aliased) ?? null;
  }
  return null;
}

/** Glyphs that tick an option (☑ ■ ● ◉ ✓ ✔ ☒) and glyphs that leave it open (☐ □ ○ in a box list). */
const TICKED = /[☑☒■●◉✓✔]/;
const OPEN_BOX = /[☐□]/;
/** "（○）実施見込み （ ）実施できない見込み": a ○ (or ✓, ●) written inside the brackets before an option. */
const BRACKETED_OPTION = /[(（]\s*([^()（）\s]?)\s*[)）]\s*([^()（）\s]+)/g;

/**
 * A cell listing the options with one ticked — `☑ 目標達成 ☐ 目標未達成`, seed 004's block
 * `■目標達成（□取組は予定どおり実施 ■…）\n□目標未達成（…）\n□撤退基準未達成`, `（○）実施見込み（ ）…` — read as
 * the ticked option's mark. `ticked` is null for a cell that is no such list; `none` when the list has
 * no option ticked (the required choice is missing); `several` when more than one top-level option is.
 */
export type ChoiceReading =
  | { readonly kind: 'ticked'; readonly mark: ReadMark; readonly words: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'several'; readonly words: readonly string[] };

export function readChoiceList(text: string): ChoiceReading | null {
  const plain = foldWidth(text);
  // Sub-choices in brackets after an option (取組は予定どおり実施) are not options of the mark itself.
  const bracketed = [...plain.matchAll(BRACKETED_OPTION)];
  if (bracketed.length >= 2 && !TICKED.test(plain) && !OPEN_BOX.test(plain)) {
    const chosen = bracketed.filter((m) => (m[1] ?? '') !== '').map((m) => m[2] ?? '');
    return pick(chosen);
  }
  if (!TICKED.test(plain) && !OPEN_BOX.test(plain)) return null;
  const top = plain.replace(/[(（][^()（）]*[)）]/g, ' ');
  const options = [...top.matchAll(/([☑☒■●◉✓✔☐□])\s*([^☑☒■●◉✓✔☐□\s]+)/g)];
  if (options.length < 2 && !(options.length === 1 && TICKED.test(options[0]?.[1] ?? ''))) return null;
  const chosen = options.filter((m) => TICKED.test(m[1] ?? '')).map((m) => m[2] ?? '');
  return pick(chosen);
}

function pick(chosen: readonly string[]): ChoiceReading | null {
  if (chosen.length === 0) return { kind: 'none' };
  if (chosen.length > 1) return { kind: 'several', words: chosen };
  const words = chosen[0] ?? '';
  const mark = readMark(words);
  return mark ? { kind: 'ticked', mark, words } : null;
}

/**
 * The mark a cell declares in any spelling: a plain mark (A, Ｂ, 目標達成, ○ …) or a ticked option of a
 * list. Null when the cell is not a mark, or is a list with nothing (or several things) ticked.
 */
export function readDeclaredMark(text: string): ReadMark | null {
  const list = readChoiceList(text);
  if (list) return list.kind === 'ticked' ? list.mark : null;
  return readMark(text);
}

/** The words of the mark as the sheet writes them ("目標達成" for a ticked box, "B" for "Ｂ"). */
export function declaredWords(text: string): string | null {
  const list = readChoiceList(text);
  if (list) return list.kind === 'ticked' ? list.words : null;
  const mark = readMark(text);
  return mark ? foldWidth(text).trim() : null;
}

/**
 * A choice written as ○ typed in a cell beside each option (大正区 中間振り返り: C7 ○, label D7
 * 実施見込み; E7, label F7 実施できない見込み). Returns the ref a record carries: the chosen option's
 * words at the ○ cell; with nothing chosen, the first option's cell with a null value (so the required
 * check points at it); with several chosen, the first chosen cell holding all their words (not a mark).
 */
export function markFromChoices(options: readonly { readonly ref: CellRef; readonly label: string }[]): CellRef | null {
  const chosen = options.filter((option) => {
    const value = option.ref.value;
    return typeof value === 'string' ? plainKey(value) !== '' : value !== null && value !== false;
  });
  const firstOption = options[0];
  if (!firstOption) return null;
  if (chosen.length === 0) return { row: firstOption.ref.row, col: firstOption.ref.col, value: null };
  const head = chosen[0] ?? firstOption;
  const value = chosen.map((option) => option.label.trim()).join('・');
  return { row: head.ref.row, col: head.ref.col, value };
}
