import { isCellError, type CellValue } from './cell';

/**
 * The one text helper for cells and names (every part reads cells as text the same way).
 * A cell as text, for matching and for messages: strings as written, numbers as written (a
 * non-finite number, which no cell holds, as empty), TRUE/FALSE as Excel shows them, errors as
 * their code (#N/A).
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value.cellError;
  return '';
}

/*
 * Width folding lives here, in the text helper every part already imports, rather than in
 * values/normalize.ts: that module reads values (domain §3: △ is a minus sign, circled numbers are
 * kept), which is wrong for headers, ids, names and marks; all of them, and the value reader too,
 * fold width and spacing the same way, so they fold with these three functions.
 */

/** Full-width and compatibility forms folded to one (NFKC): "５１．３％" → "51.3%", "Ｈ２７" → "H27". */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/** Names and ids compared the way users see them: width (全角/半角, NFKC) and spacing ignored. */
export function plainKey(text: string): string {
  return foldWidth(text).replace(/[\s\u3000]+/g, '');
}

/**
 * `plainKey` with voicing marks joined again. NFKC turns a spacing voicing mark (ホ゜, さ゛, typed
 * by old input methods) into a blank and a combining mark; once the blank is gone, NFC joins the
 * mark to its kana (ポ, ざ), as the writer meant.
 */
export function compactText(text: string): string {
  return plainKey(text).normalize('NFC');
}
