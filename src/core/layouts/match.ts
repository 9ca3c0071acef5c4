import type { Field } from './fields';
import { normalizeHeader } from './normalize';
import { SYNONYMS, type SynonymEntry } from './synonyms';

/** One reading of a header text: the field, how sure, and the span for merged headers. */
export interface HeaderMatch {
  readonly field: Field;
  readonly score: number;
  readonly span: readonly Field[] | null;
}

interface CompiledEntry {
  readonly entry: SynonymEntry;
  readonly exact: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
  readonly contains: readonly string[];
}

const COMPILED: readonly CompiledEntry[] = SYNONYMS.map((entry) => ({
  entry,
  exact: new Set((entry.exact ?? []).map(normalizeHeader)),
  patterns: (entry.pattern ?? []).map((source) => new RegExp(source, 'u')),
  contains: (entry.contains ?? []).map(normalizeHeader),
}));

/**
 * The first entry (in dictionary order) each exact wording belongs to. An exact match scores 1, more
 * than any pattern (0.95) or containment (at most 0.9) can, and the first entry to reach the best score
 * wins: so a text with an exact wording is read by that entry without trying the others.
 */
const FIRST_EXACT = new Map<string, HeaderMatch>();
for (const { entry, exact } of COMPILED) {
  for (const wording of exact) {
    if (!FIRST_EXACT.has(wording)) FIRST_EXACT.set(wording, { field: entry.field, score: 1, span: entry.span ?? null });
  }
}

/**
 * The entries a text without an exact wording can still match, in dictionary order: most entries are
 * exact wordings only, and most texts a sheet holds are data that match nothing.
 */
const FUZZY: readonly CompiledEntry[] = COMPILED.filter(
  (compiled) => compiled.patterns.length > 0 || compiled.contains.length > 0,
);

/** Headers are short; a longer cell is content, never a header (and must not cost a scan). */
const MAX_HEADER_LENGTH = 60;

/**
 * Readings already made, shared by every matcher: `matchHeader` depends on the text alone, and the
 * 25 ward files of one `kusei summary` repeat the same headers and indicator names, so a cold process
 * (nothing compiled yet) pays for each distinct text once, not once per sheet. Bounded so a stream of
 * distinct texts cannot grow it without end; past the bound texts are matched afresh.
 */
const SHARED_MEMO = new Map<string, HeaderMatch | null>();
const MEMO_LIMIT = 100_000;

/**
 * The best dictionary match for a header text, or null. Memoised: data rows repeat the same texts
 * (24 wards × the same indicator names), so a million-row sheet costs one lookup per distinct text.
 */
export class HeaderMatcher {
  match(text: string): HeaderMatch | null {
    if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
    const cached = SHARED_MEMO.get(text);
    if (cached !== undefined) return cached;
    const result = matchHeader(text);
    if (SHARED_MEMO.size < MEMO_LIMIT) SHARED_MEMO.set(text, result);
    return result;
  }
}

/** A legend line under a caption ("A:順調", "ア:有効であり…", "○:有効"): it explains values, names no column. */
const LEGEND_LINE = /^[\s\u3000]*[A-Za-zＡ-Ｚａ-ｚアイウ○×〇◯][\s\u3000]*[:：]/;

/**
 * The caption of a header cell without its notes and legends: "達成状況\n※A：達成 B：未達成" → 達成状況,
 * "A:順調\nB:順調でない" → "" (issue 12: notes and legends are stripped before matching).
 */
export function captionOf(text: string): string {
  if (!text.includes('※') && !text.includes(':') && !text.includes('：')) return text;
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[※＊].*$/, ''))
    .filter((line) => !LEGEND_LINE.test(line))
    .join('\n');
}

export function matchHeader(text: string): HeaderMatch | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  const header = normalizeHeader(captionOf(text));
  if (header.length === 0) return null;
  const exact = FIRST_EXACT.get(header);
  if (exact !== undefined) return { ...exact };
  let best: HeaderMatch | null = null;
  let bestScore = -1;
  const consider = (entry: SynonymEntry, score: number): void => {
    if (score > bestScore) {
      bestScore = score;
      best = { field: entry.field, score, span: entry.span ?? null };
    }
  };
  // No entry has the text as an exact wording here (FIRST_EXACT): only patterns and containment remain.
  for (const compiled of FUZZY) {
    if (matchesAny(compiled.patterns, header)) consider(compiled.entry, 0.95);
    else {
      for (const wording of compiled.contains) {
        if (wording.length > 0 && header.includes(wording)) {
          consider(compiled.entry, 0.6 + 0.3 * (wording.length / header.length));
        }
      }
    }
  }
  return best;
}

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}
