import { foldWidth, plainKey } from '../text';

/**
 * Indicator ids as the catalogue writes them: "1-1-ア", "2-1-ア-①". Sheets write them with
 * full-width digits and dashes, circled katakana (㋐), circled or plain sub-numbers (① / 1 / (1)),
 * and PDF exports turn ㋐ into ⑦. All of these normalise to the catalogue's form; anything else is
 * not an id (null), never a guess.
 */
const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const DASHES = /[‐‑‒–—―−ー－ｰ~〜]/g;

/** "1" → "①" (1–20); other numbers stay digits. */
export function circledNumber(n: number): string {
  return n >= 1 && n <= 20 ? (CIRCLED_NUMBERS[n - 1] ?? String(n)) : String(n);
}

function cleanIdText(text: string): string {
  // ⑦ in the letter position is how PDF text extraction renders ㋐ (seed 004): read it as ア.
  const repaired = text.replace(/(^|[-－‐ー―]\s*)⑦/g, '$1ア');
  return plainKey(repaired)
    .replace(DASHES, '-')
    .replace(/[()（）]/g, '')
    .replace(/-+/g, '-');
}

const FULL_ID = /^(\d{1,2})-(\d{1,2})-([ア-ン])(?:-?(\d{1,2}))?$/;
const LETTER_ONLY = /^([ア-ン])(?:-?(\d{1,2}))?$/;

const memo = new Map<string, string | null>();
const MEMO_LIMIT = 10_000;

/** Canonical id ("2-1-ア-①") of an id cell, or null when the text is not an indicator id. Memoised: ids repeat. */
export function normalizeIndicatorId(text: string): string | null {
  if (text.length > 40) return null;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const id = readId(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, id);
  return id;
}

function readId(text: string): string | null {
  const match = FULL_ID.exec(cleanIdText(text));
  if (!match) return null;
  const [, group, section, letter, sub] = match;
  const base = `${Number(group)}-${Number(section)}-${letter}`;
  return sub === undefined ? base : `${base}-${circledNumber(Number(sub))}`;
}

/** The letter part of an item cell in layouts that give only "㋐" per row (seed 004), or null. */
export function indicatorLetter(text: string): { letter: string; sub: string | null } | null {
  if (text.length > 10) return null;
  const match = LETTER_ONLY.exec(cleanIdText(text));
  if (!match) return null;
  return { letter: match[1] ?? '', sub: match[2] === undefined ? null : circledNumber(Number(match[2])) };
}

/** Section headings that give the first two parts of the id: "1 「…」に向けて" → 1, "(2) …" → 2. */
export function groupHeading(text: string): number | null {
  const match = /^\s*([0-9０-９]{1,2})(?:\s|$|[「『.．、])/.exec(text);
  return match ? Number(foldWidth(match[1] ?? '')) : null;
}

export function sectionHeading(text: string): number | null {
  const match = /^\s*[(（]\s*([0-9０-９]{1,2})\s*[)）]/.exec(text);
  return match ? Number(foldWidth(match[1] ?? '')) : null;
}
