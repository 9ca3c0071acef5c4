import { isCellError } from '../cell';
import { kuseiError } from '../messages/value-errors';
import type { Result } from '../result';
import { normalizeText } from './normalize';
import type { Quantity } from './quantity';
import { readQuantity } from './quantity';
import type { Direction } from './target';
import { tokenizeTarget, type QuantityToken } from './target-tokens';

/**
 * A withdrawal criterion (撤退基準, R4): the level below which an initiative must be rebuilt.
 * Seeds write it as prose: `マッチング件数が600件未満の場合は事業を再構築する`,
 * `…割合が30%に満たない場合は、事業を再構築する`, or `業績目標を達成しなければ事業を再構築する`
 * (the criterion is the activity target itself).
 */
export type RebuildWhen = 'below' | 'atOrBelow' | 'above' | 'atOrAbove';

export interface Criterion {
  /** The level, or 'target' when the criterion is missing the target itself. */
  readonly level: Quantity | 'target';
  readonly rebuildWhen: RebuildWhen;
}

const WORDS: readonly [RegExp, RebuildWhen][] = [
  [/^(?:未満|に満たない|を?下回る|より少ない|を?切る)/, 'below'],
  [/^以下/, 'atOrBelow'],
  [/^(?:超|を?超える|を?上回る|より多い)/, 'above'],
  [/^以上/, 'atOrAbove'],
];

export function readCriterion(cell: unknown, targetDirection: Direction): Result<Criterion> {
  const fallback: RebuildWhen = targetDirection === 'higher' ? 'below' : 'above';
  if (typeof cell === 'number') {
    const quantity = readQuantity(cell);
    return 'error' in quantity ? quantity : { level: quantity, rebuildWhen: fallback };
  }
  if (isCellError(cell)) return readQuantity(cell) as Result<never>;
  if (typeof cell !== 'string' || cell.trim() === '') {
    return kuseiError('#N/A', 'CRITERION_UNREADABLE', { text: typeof cell === 'string' ? cell : '' });
  }
  const text = normalizeText(cell);
  const quantities = tokenizeTarget(text, '平成').filter((t): t is QuantityToken => t.kind === 'quantity');
  const main = quantities.filter((q) => q.depth === 0);
  if (main.length === 1 && main[0] !== undefined) {
    const level = main[0];
    const rest = text.slice(level.end);
    const word = WORDS.find(([pattern]) => pattern.test(rest));
    return { level: { value: level.value, unit: level.unit }, rebuildWhen: word?.[1] ?? fallback };
  }
  if (main.length === 0 && /目標/.test(text) && /達成(?:しな|でき|せず|されな)|未達成|下回/.test(text)) {
    return { level: 'target', rebuildWhen: fallback };
  }
  return kuseiError('#VALUE!', 'CRITERION_UNREADABLE', { text: cell.trim() });
}
