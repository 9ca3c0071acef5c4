import type { CellValue } from '../cell';
import { plainKey } from '../text';

/**
 * Normalised texts already made. Form detection normalises every written cell of each sheet's head,
 * and the files of one summary repeat the same captions and indicator names: in a cold process each
 * distinct text pays for width folding and Unicode normalisation once. Long prose is rarely repeated
 * and would only hold memory, so it is not kept; the memo is bounded for a stream of distinct texts.
 */
const NORMALIZED = new Map<string, string>();
const MEMO_LIMIT = 100_000;
const MEMO_TEXT_LENGTH = 200;

/**
 * Header wordings differ in width (全角/半角), spacing, line breaks and decoration from ward to ward.
 * Comparing their normalised form lets one dictionary entry match all of them.
 */
export function normalizeHeader(text: string): string {
  if (text.length > MEMO_TEXT_LENGTH) return normalizeAfresh(text);
  const known = NORMALIZED.get(text);
  if (known !== undefined) return known;
  const normalized = normalizeAfresh(text);
  if (NORMALIZED.size < MEMO_LIMIT) NORMALIZED.set(text, normalized);
  return normalized;
}

function normalizeAfresh(text: string): string {
  return (
    plainKey(text)
      .replace(/[・･、,。.:：「」『』【】〔〕［］[\]()（）<>＜＞※*＊]/g, '')
      .toLowerCase()
      // Voicing marks joined as compactText (text.ts) joins them, but after the punctuation is gone, so
      // "めさ゛す状態" is めざす状態 and normalising stays idempotent.
      .normalize('NFC')
  );
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && isBlankText(value));
}

/**
 * True for a character `String.prototype.trim` certainly keeps: printable ASCII, and everything above
 * U+3000 but U+FEFF (kana, kanji, full-width forms). The other white space is all below U+3001.
 */
function isSurelyVisible(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code > 0x3000 && code !== 0xfeff);
}

/**
 * `text.trim() === ''`, without scanning the text when its first character is visible: validation
 * asks this of every cell, and nearly every cell starts with one.
 */
export function isBlankText(text: string): boolean {
  if (text.length > 0 && isSurelyVisible(text.charCodeAt(0))) return false;
  return text.trim() === '';
}

/** `text.trim()`, returning the text itself at once when both ends are visible (the common case). */
export function trimText(text: string): string {
  const last = text.length - 1;
  if (last >= 0 && isSurelyVisible(text.charCodeAt(0)) && isSurelyVisible(text.charCodeAt(last))) return text;
  return text.trim();
}

/** Findings show the offending text; a 30,000-character cell is cut so reports stay readable. */
export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length}文字)` : text;
}
