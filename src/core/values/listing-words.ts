import type { ImplementationStatus } from '../record';
import { plainKey } from '../text';

/**
 * R9 (seed 000's Table 1): whether a ward case is listed in the ward plan (区運営方針への記載) and
 * how far it was implemented, in the words the city's table writes: the one place code spells them.
 * Validation reads them from a sheet's cells, the aggregation and the report write them back.
 */
export const LISTING_WORDS = { true: '記載あり', false: '記載なし' } as const;

export const IMPLEMENTATION_WORDS = {
  full: '全て実施',
  partial: '一部実施',
  done: '実施',
  notDone: '未実施',
} as const;

/** The word of a listing (記載あり / 記載なし); blank when not given. */
export function listingWord(listed: boolean | null): string {
  return listed === null ? '' : LISTING_WORDS[`${listed}`];
}

/** The word of an implementation status (全て実施 / 一部実施 / 実施 / 未実施). */
export function implementationWord(implementation: ImplementationStatus): string {
  return IMPLEMENTATION_WORDS[implementation];
}

// Maps, not object literals: a cell reading "constructor" must not find Object.prototype's.
const LISTED_BY_WORD: ReadonlyMap<string, boolean> = new Map([
  [LISTING_WORDS.true, true],
  [LISTING_WORDS.false, false],
]);
const IMPLEMENTATION_BY_WORD: ReadonlyMap<string, ImplementationStatus> = new Map(
  (Object.keys(IMPLEMENTATION_WORDS) as ImplementationStatus[]).map((key) => [IMPLEMENTATION_WORDS[key], key]),
);

/** How wards also write them (有/無, ○/×, 実施済…), after width and spacing are folded. */
const LISTED_VARIANTS: ReadonlyMap<string, boolean> = new Map([
  ...LISTED_BY_WORD,
  ...['あり', '有', '有り', '○', '〇', '◯', '記載有'].map((word): [string, boolean] => [word, true]),
  ...['なし', '無', '無し', '×', '-', '記載無'].map((word): [string, boolean] => [word, false]),
]);
const IMPLEMENTATION_VARIANTS: ReadonlyMap<string, ImplementationStatus> = new Map([
  ...IMPLEMENTATION_BY_WORD,
  ['すべて実施', 'full'],
  ['全部実施', 'full'],
  ['一部のみ実施', 'partial'],
  ['実施済', 'done'],
  ['実施済み', 'done'],
  ['実施せず', 'notDone'],
  ['実施しなかった', 'notDone'],
]);

/** 記載あり → true, 記載なし → false, blank → null, anything else → undefined (a finding). */
export function readListed(text: string): boolean | null | undefined {
  // The words as the standard layout writes them need no folding (the common case, row after row).
  const direct = LISTED_BY_WORD.get(text);
  if (direct !== undefined) return direct;
  const plain = plainKey(text);
  return plain === '' ? null : LISTED_VARIANTS.get(plain);
}

/** 全て実施 / 一部実施 / 実施 / 未実施 (and variants), blank → null, anything else → undefined. */
export function readImplementation(text: string): ImplementationStatus | null | undefined {
  const direct = IMPLEMENTATION_BY_WORD.get(text);
  if (direct !== undefined) return direct;
  const plain = plainKey(text);
  return plain === '' ? null : IMPLEMENTATION_VARIANTS.get(plain);
}
