import { foldWidth } from '../text';
import type { Catalogue, IndicatorDef } from '../catalogue/types';
import { normalizeHeader } from '../layouts/normalize';
import type { HeadingsDescription } from './description';
import { pattern, type WrittenCell } from './written-cells';

/**
 * Indicator ids from a form's headings (seed 003): `１「…」に向けて` (1), `（３）地域資源の循環` (3) and the
 * items `ア …`, `イ …` give the section 1-3 and its items ア, イ, ウ; the measures under C 評価 (i., ii.,
 * iii.) are then that section's indicators in order. Which indicator a measure is comes from the
 * catalogue (data): the section's indicators in catalogue order when there are as many as measures;
 * else one measure per heading item, the item's indicator whose name is nearest the measure's wording
 * (2-1: i. → 2-1-ア-①, ii. → 2-1-イ-①, as seed 000 lists them).
 */
export interface Headings {
  /** Numbers of the outer levels ("1", "3"), outermost first. */
  readonly section: readonly string[];
  /** The items of the innermost level (ア, イ, ウ), in the order written. */
  readonly items: readonly string[];
}

/** Heading text as its brackets and spacing are written: NFKC, blanks collapsed. */
export function headingText(text: string): string {
  return foldWidth(text)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

export function readHeadings(cells: readonly WrittenCell[], description: HeadingsDescription): Headings | null {
  const levels = description.levels.map(pattern);
  const innermost = levels.length - 1;
  const section: string[] = [];
  const items: string[] = [];
  for (const cell of cells) {
    const text = headingText(cell.text);
    levels.forEach((level, index) => {
      const found = level.exec(text)?.[1];
      if (found === undefined) return;
      if (index === innermost) items.push(found);
      else if (section.length === index) section.push(found);
    });
  }
  if (section.length !== innermost || items.length === 0) return null;
  return { section, items };
}

/** Ids of the measures of one section, in order; null for a measure whose indicator cannot be told. */
export function measureIds(
  headings: Headings,
  measureTexts: readonly string[],
  catalogue: Catalogue | undefined,
): (string | null)[] {
  const prefix = headings.section.join('-');
  const idOf = (item: string): string => `${prefix}-${item}`;
  const count = measureTexts.length;
  if (!catalogue) {
    return measureTexts.map((_, index) => (count === headings.items.length ? idOf(headings.items[index] ?? '') : null));
  }
  const ofItem = (item: string) =>
    catalogue.indicators.filter(
      (indicator) => indicator.id === idOf(item) || indicator.id.startsWith(`${idOf(item)}-`),
    );
  const candidates = headings.items.flatMap(ofItem);
  if (candidates.length === count) return candidates.map((indicator) => indicator.id);
  if (headings.items.length === count) {
    return headings.items.map((item, index) => nearest(ofItem(item), measureTexts[index] ?? '')?.id ?? null);
  }
  const used = new Set<string>();
  return measureTexts.map((text) => {
    const best = nearest(
      candidates.filter((indicator) => !used.has(indicator.id)),
      text,
    );
    if (best) used.add(best.id);
    return best?.id ?? null;
  });
}

type Indicator = IndicatorDef;

function nearest(indicators: readonly Indicator[], text: string): Indicator | null {
  let best: Indicator | null = null;
  let bestScore = -1;
  for (const indicator of indicators) {
    const score = indicator.name === undefined ? 0 : similarity(indicator.name, text);
    if (score > bestScore) {
      best = indicator;
      bestScore = score;
    }
  }
  return best;
}

/** Share of the name's character pairs that the measure's wording also has (Dice on bigrams). */
export function similarity(name: string, text: string): number {
  const pairs = (value: string): string[] => {
    const plain = normalizeHeader(value);
    const result: string[] = [];
    for (let index = 0; index + 1 < plain.length; index++) result.push(plain.slice(index, index + 2));
    return result;
  };
  const a = pairs(name);
  const b = new Set(pairs(text));
  if (a.length === 0 || b.size === 0) return 0;
  const shared = a.filter((pair) => b.has(pair)).length;
  return (2 * shared) / (a.length + b.size);
}
