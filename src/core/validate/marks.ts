import { ownEntry } from '../lookup';

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

const VOCABULARY: Readonly<Record<string, ReadMark>> = {
  A: { value: 'A', negative: false, kind: 'grade' },
  B: { value: 'B', negative: true, kind: 'grade' },
  達成: { value: '達成', negative: false, kind: 'grade' },
  未達成: { value: '未達成', negative: true, kind: 'grade' },
  目標達成: { value: '目標達成', negative: false, kind: 'achievement' },
  目標未達成: { value: '目標未達成', negative: true, kind: 'achievement' },
  撤退基準未達成: { value: '撤退基準未達成', negative: true, kind: 'withdrawal' },
  概ね順調: { value: '概ね順調', negative: false, kind: 'status' },
  必ずしも順調ではない: { value: '必ずしも順調ではない', negative: true, kind: 'status' },
  順調: { value: '順調', negative: false, kind: 'onTrack' },
  順調でない: { value: '順調でない', negative: true, kind: 'onTrack' },
  a: { value: 'a', negative: false, kind: 'strategy' },
  b: { value: 'b', negative: true, kind: 'strategy' },
  ア: { value: 'ア', negative: false, kind: 'other' },
  イ: { value: 'イ', negative: true, kind: 'other' },
  '○': { value: '○', negative: false, kind: 'other' },
  '×': { value: '×', negative: true, kind: 'other' },
  実施見込み: { value: '実施見込み', negative: false, kind: 'other' },
  実施できない見込み: { value: '実施できない見込み', negative: true, kind: 'other' },
  達成見込み: { value: '達成見込み', negative: false, kind: 'other' },
  達成できない見込み: { value: '達成できない見込み', negative: true, kind: 'other' },
};

const ALIASES: Readonly<Record<string, string>> = {
  '◯': '○',
  〇: '○',
  O: '○',
  x: '×',
  X: '×',
  '✕': '×',
  '✖': '×',
  '達成(A)': 'A',
  '未達成(B)': 'B',
};

export const MARK_CHOICES =
  'A / B、目標達成 / 目標未達成 / 撤退基準未達成、概ね順調 / 必ずしも順調ではない、○ / ×、ア / イ';

/** The mark a cell declares, or null when it is not one ("未測定" and blanks are not marks). */
export function readMark(text: string): ReadMark | null {
  let plain = text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
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
