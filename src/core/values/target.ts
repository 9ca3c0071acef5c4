import { isCellError } from '../cell';
import { describeValue } from './describe';
import { kuseiError } from '../messages/value-errors';
import type { Result } from '../result';
import { normalizeText } from './normalize';
import type { Quantity } from './quantity';
import { cellErrorResult } from './quantity';
import { tokenizeTarget, type QuantityToken, type TargetToken, type YearToken } from './target-tokens';
import { PERCENT } from './units';
import { ambiguityWarning, applyChange } from './target-change';
import type {
  BaselineRef,
  Direction,
  ParsedTarget,
  TargetBaseline,
  TargetChange,
  TargetReadOptions,
  TargetWarning,
} from './target-types';

export type {
  BaselineRef,
  Direction,
  ParsedTarget,
  TargetBaseline,
  TargetChange,
  TargetKind,
  TargetReadOptions,
  TargetWarning,
} from './target-types';
export { applyChange, type AppliedChange } from './target-change';

const HIGHER_STRICT = /^(?:超|を?超える|を?上回る|より多い|より大きい)/;
const LOWER = /^(?:以下)/;
const LOWER_STRICT = /^(?:未満|を?下回る|より少ない)/;
const INCREASE = /^(?:の?増加?|の?アップ|の?上昇|の?向上|増)/;
const DECREASE = /^(?:の?減少?|の?削減|の?ダウン|の?低下|減)/;
const COMPARE_WORDS = /に比べ|と比べ|比較|比|から|より|を基準/;
const PREVIOUS_YEAR = /前年度|前年|昨年度|昨年/;

interface DirectionWord {
  readonly direction: Direction;
  readonly strict: boolean;
}

function directionAt(rest: string): DirectionWord | null {
  if (HIGHER_STRICT.test(rest)) return { direction: 'higher', strict: true };
  if (LOWER_STRICT.test(rest)) return { direction: 'lower', strict: true };
  if (LOWER.test(rest)) return { direction: 'lower', strict: false };
  if (/^以上/.test(rest)) return { direction: 'higher', strict: false };
  return null;
}

const DIRECTION_WORDS: Readonly<Record<string, DirectionWord>> = {
  以上: { direction: 'higher', strict: false },
  以下: { direction: 'lower', strict: false },
  未満: { direction: 'lower', strict: true },
  超: { direction: 'higher', strict: true },
  上回: { direction: 'higher', strict: true },
  下回: { direction: 'lower', strict: true },
};

/** The first direction word anywhere in the text, when none follows the value itself. */
function anyDirection(text: string): DirectionWord | null {
  const match = /以上|以下|未満|超|上回|下回/.exec(text);
  return match ? (DIRECTION_WORDS[match[0]] ?? null) : null;
}

const MILESTONE_ACTION =
  /(?:る|す|します|した|設置|構築|実施|開催|策定|作成|創出|選定|完了|開設|立ち上げ|立上げ|整備|導入|確立)$/u;

/** One memo per reading option set, keyed by the cell text itself (no key building per call). */
const caches = new Map<string, Map<string, Result<ParsedTarget>>>();
const CACHE_LIMIT = 10_000;

const defaultCache = new Map<string, Result<ParsedTarget>>();

function cacheFor(options: TargetReadOptions): Map<string, Result<ParsedTarget>> {
  const { ambiguousIncrease, bareEra, unit, preferUnit } = options;
  if (ambiguousIncrease === undefined && bareEra === undefined && !unit && !preferUnit) return defaultCache;
  const key = `${ambiguousIncrease ?? 'points'}|${bareEra ?? '平成'}|${unit ?? ''}|${preferUnit ?? ''}`;
  let cache = caches.get(key);
  if (cache === undefined) {
    cache = new Map();
    caches.set(key, cache);
  }
  return cache;
}

/** Forgets memoised readings (benchmarks of first readings; a host never needs it). */
export function clearTargetMemo(): void {
  defaultCache.clear();
  caches.clear();
}

/**
 * Reads a target cell. Targets repeat (the same `H29年度までに50%以上` in every ward's row), so
 * readings are memoised by text; readings are immutable values, so sharing them is safe.
 */
export function readTarget(cell: unknown, options: TargetReadOptions = {}): Result<ParsedTarget> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return kuseiError('#NUM!', 'VALUE_NOT_FINITE');
    return plainTarget(String(cell), cell, null);
  }
  if (isCellError(cell)) return cellErrorResult(cell);
  if (typeof cell !== 'string') {
    if (cell === null || cell === undefined) return kuseiError('#N/A', 'TARGET_EMPTY');
    return kuseiError('#VALUE!', 'TARGET_UNREADABLE', { text: describeValue(cell) });
  }
  const cache = cacheFor(options);
  const cached = cache.get(cell);
  if (cached !== undefined) return cached;
  const parsed = parseTargetText(cell, options);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cell, parsed);
  return parsed;
}

function plainTarget(text: string, value: number, unit: string | null): ParsedTarget {
  return {
    text,
    kind: 'value',
    value,
    unit,
    direction: 'higher',
    strict: false,
    directionStated: false,
    targetYear: null,
    baseline: null,
    change: null,
    milestone: null,
    warnings: [],
  };
}

/** Longest target text read, the same as validation's longest value cell (MAX_VALUE_CELL_LENGTH). */
const MAX_TARGET_LENGTH = 1000;

function parseTargetText(raw: string, options: TargetReadOptions): Result<ParsedTarget> {
  const written = raw.trim();
  const text = normalizeText(raw);
  if (text === '') return kuseiError('#N/A', 'TARGET_EMPTY');
  // A target is a phrase. Past this length a cell is something else (validation calls it too long), and
  // scanning it costs time growing with the square of its length (30,000 characters: most of a second).
  if (text.length > MAX_TARGET_LENGTH) return kuseiError('#VALUE!', 'TARGET_UNREADABLE', { text: written });
  const tokens = tokenizeTarget(text, options.bareEra ?? '平成');
  const quantities = tokens.filter((t): t is QuantityToken => t.kind === 'quantity');
  const years = tokens.filter((t): t is YearToken => t.kind === 'year');

  const changeToken = quantities.find((q) => q.depth === 0 && changeSign(text.slice(q.end)) !== null) ?? null;
  const baseline = findBaseline(text, tokens, changeToken);
  const explicit = changeToken === null ? null : explicitAfter(text, changeToken, quantities);
  let mains = quantities.filter((q) => q.depth === 0 && q !== changeToken);
  const targetYear = findTargetYear(text, years, baseline.yearToken);
  const warnings: TargetWarning[] = [];

  if (mains.length > 1) {
    const inUnit = options.preferUnit ? mains.filter((q) => q.unit === options.preferUnit) : [];
    const picked = inUnit.length === 1 ? inUnit[0] : undefined;
    if (picked === undefined) {
      return kuseiError('#VALUE!', 'TARGET_SEVERAL_VALUES', { text: written, count: mains.length });
    }
    warnings.push({
      code: 'TARGET_PICKED_BY_UNIT',
      params: { text: written, count: mains.length, unit: picked.unit ?? '', value: formatToken(picked) },
    });
    mains = [picked];
  }
  const main = mains[0] ?? explicit;
  // With several values in the text, only the word right after the chosen one gives its direction.
  const stated =
    (main !== undefined && main !== null ? directionAt(text.slice(afterParen(text, main.end))) : null) ??
    (warnings.length > 0 ? null : anyDirection(text));

  if (changeToken !== null) {
    const sign = changeSign(text.slice(changeToken.end)) ?? 1;
    const change: TargetChange = {
      amount: changeToken.value,
      unit: changeToken.unit,
      points: changeToken.points,
      sign,
    };
    const direction: DirectionWord = stated ?? { direction: sign > 0 ? 'higher' : 'lower', strict: false };
    const ref = baseline.ref ?? { kind: 'unspecified' as const };
    const base: TargetBaseline = { ref, value: baseline.value };
    if (explicit !== null) {
      // "…から10%減(5件)": the value in parentheses is the target; the change only explains it.
      return {
        ...common(written, direction, targetYear, base, change, warnings),
        kind: 'value',
        value: explicit.value,
        unit: explicit.unit ?? baseline.value?.unit ?? null,
      };
    }
    if (baseline.value !== null) {
      const applied = applyChange(baseline.value, change, options.ambiguousIncrease ?? 'points', written);
      for (const warning of applied.warnings) warnings.push(warning);
      return {
        ...common(written, direction, targetYear, base, change, warnings),
        kind: 'value',
        value: applied.value,
        unit: baseline.value.unit,
      };
    }
    if (!change.points && change.unit === PERCENT && (options.unit === PERCENT || /割合|率/.test(text))) {
      // A percentage indicator: "X%増" could be points or per cent of the base (domain §3).
      warnings.push(ambiguityWarning(written, change, options.ambiguousIncrease ?? 'points', null));
    }
    return {
      ...common(written, direction, targetYear, base, change, warnings),
      kind: 'relative',
      value: null,
      unit: null,
    };
  }

  if (main === undefined || main === null) {
    if (baseline.ref !== null && stated !== null) {
      // "前年度以上": the baseline itself is the target.
      return {
        ...common(written, stated, targetYear, { ref: baseline.ref, value: baseline.value }, null, warnings),
        kind: baseline.value === null ? 'relative' : 'value',
        value: baseline.value?.value ?? null,
        unit: baseline.value?.unit ?? null,
      };
    }
    const action = milestoneAction(text, years);
    if (action === null) return kuseiError('#VALUE!', 'TARGET_UNREADABLE', { text: written });
    return {
      ...common(written, { direction: 'higher', strict: false }, targetYear, null, null, warnings),
      kind: 'milestone',
      value: null,
      unit: null,
      milestone: action,
    };
  }

  let direction = stated;
  if (direction === null) {
    const inferredLower =
      baseline.value !== null && sameScale(baseline.value, main) && baseline.value.value > main.value;
    direction = { direction: inferredLower ? 'lower' : 'higher', strict: false };
    warnings.push({ code: 'TARGET_NO_DIRECTION', params: { text: written, value: formatToken(main) } });
  }
  const base = baseline.ref === null ? null : { ref: baseline.ref, value: baseline.value };
  return {
    ...common(written, direction, targetYear, base, null, warnings),
    directionStated: stated !== null,
    kind: 'value',
    value: main.value,
    unit: main.unit,
  };
}

function common(
  text: string,
  direction: DirectionWord,
  targetYear: number | null,
  baseline: TargetBaseline | null,
  change: TargetChange | null,
  warnings: readonly TargetWarning[],
): Omit<ParsedTarget, 'kind' | 'value' | 'unit'> {
  return {
    text,
    direction: direction.direction,
    strict: direction.strict,
    directionStated: true,
    targetYear,
    baseline,
    change,
    milestone: null,
    warnings,
  };
}

function changeSign(rest: string): 1 | -1 | null {
  if (INCREASE.test(rest)) return 1;
  if (DECREASE.test(rest)) return -1;
  return null;
}

/** Index after a parenthesised note right after `end` ("50%(区民アンケート)以上" is rare; "(5件)以下" is not). */
function afterParen(text: string, end: number): number {
  if (text[end] !== '(') return end;
  const close = text.indexOf(')', end);
  return close < 0 ? end : close + 1;
}

/** The quantity in parentheses right after the change (`10%減(5件)`): the explicit target value. */
function explicitAfter(
  text: string,
  change: QuantityToken,
  quantities: readonly QuantityToken[],
): QuantityToken | null {
  const rest = text.slice(change.end);
  const word = INCREASE.exec(rest) ?? DECREASE.exec(rest);
  const parenAt = change.end + (word?.[0].length ?? 0);
  if (text[parenAt] !== '(') return null;
  return quantities.find((q) => q.depth > 0 && q.start > parenAt && text.lastIndexOf('(', q.start) === parenAt) ?? null;
}

interface FoundBaseline {
  readonly ref: BaselineRef | null;
  readonly value: Quantity | null;
  readonly yearToken: YearToken | null;
}

function findBaseline(text: string, tokens: readonly TargetToken[], change: QuantityToken | null): FoundBaseline {
  // A year followed by a comparison word before the next top-level quantity: "28年度件数(6件)から",
  // "29年度実績値に比べて"; or a year in parentheses with a value: "(28年度 32.4%)".
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind !== 'year') continue;
    const nextMain = tokens.slice(index + 1).find((t) => t.kind === 'quantity' && t.depth === 0);
    const between = text.slice(token.end, nextMain?.start ?? text.length);
    const valueToken = tokens
      .slice(index + 1)
      .find(
        (t): t is QuantityToken =>
          t.kind === 'quantity' && t.depth > token.depth && t.start < (nextMain?.start ?? text.length),
      );
    const value = valueToken === undefined ? null : { value: valueToken.value, unit: valueToken.unit };
    if (COMPARE_WORDS.test(between) && (change !== null || /以上|以下|未満/.test(text))) {
      return { ref: { kind: 'year', year: token.year }, value, yearToken: token };
    }
    if (token.depth > 0) {
      const inParen = tokens[index + 1];
      if (inParen?.kind === 'quantity' && inParen.depth === token.depth) {
        return {
          ref: { kind: 'year', year: token.year },
          value: { value: inParen.value, unit: inParen.unit },
          yearToken: token,
        };
      }
    }
    if (change !== null && token.start < change.start && !/まで|中|末/.test(between)) {
      // "29年度の窓口への問合せ件数の10%増": the year names the base of the change.
      return { ref: { kind: 'year', year: token.year }, value, yearToken: token };
    }
  }
  if (PREVIOUS_YEAR.test(text)) return { ref: { kind: 'previousYear' }, value: null, yearToken: null };
  return { ref: null, value: null, yearToken: null };
}

function findTargetYear(text: string, years: readonly YearToken[], baselineYear: YearToken | null): number | null {
  // Prefer a year marked as a deadline (までに, 中に), then one outside parentheses, then 【平成29年度】.
  const candidates = years.filter((y) => y !== baselineYear);
  const marked = candidates.find((y) => /^(?:まで|中|末|の?目標)/.test(text.slice(y.end)));
  return (marked ?? candidates.find((y) => y.depth === 0) ?? candidates[0])?.year ?? null;
}

/** What a target without a number asks to be done, or null when nothing is left to read. */
function milestoneAction(text: string, years: readonly YearToken[]): string | null {
  let rest = text;
  for (const year of [...years].reverse()) rest = rest.slice(0, year.start) + rest.slice(year.end);
  rest = rest.replace(/^[【[(]*[】\])]*/, '').replace(/^(?:までに|まで|中に|中|末までに|末|に)/, '');
  rest = rest.replace(/^[・･*]+/, '');
  rest = rest.replace(/[。.、,・\s]+$/, '');
  // Only an action reads as a milestone ("…を立ち上げる", "…を設置する", "構築"); other words are unreadable.
  return MILESTONE_ACTION.test(rest) ? rest : null;
}

function sameScale(a: Quantity, b: QuantityToken): boolean {
  return a.unit === b.unit;
}

function formatToken(token: QuantityToken): string {
  const value = token.unit === PERCENT ? Math.round(token.value * 1e6) / 1e4 : token.value;
  return `${value}${token.unit ?? ''}`;
}
