import { STATUS_WORDS } from '../values/status-words';
import type { CellValue } from '../cell';
import { toPermille } from '../rules/round';
import { PERCENT } from '../values/units';
import type { PortableModel } from './model';
import { NEEDS_REVIEW, NOT_MEASURED_TEXTS, PORTABLE_MILESTONE } from './words';

/**
 * What the portable formulas (formulas.ts) compute for an actual, step for step, so the file hosts
 * can store the result Excel and LibreOffice will show before they recalculate. It mirrors the
 * formula, not the core: where the formula says 「要確認」, so does this.
 */
export interface PortableResult {
  readonly progress: CellValue;
  readonly status: string;
}

const REVIEW: PortableResult = { progress: NEEDS_REVIEW, status: NEEDS_REVIEW };

/** Excel's ASC on what matters here: full-width ASCII (０-９, ．, －, ％ …) and the ideographic space. */
function asc(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Excel's TRIM: spaces at both ends go, runs inside become one. */
function trim(text: string): string {
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

/** VALUE on the plain decimal forms it shares with the core; null (an error) for anything else. */
function value(text: string): number | null {
  const t = trim(asc(text));
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/.test(t) || !/\d/.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

function cellText(actual: CellValue): string | null {
  if (actual === null) return '';
  if (typeof actual === 'string') return actual;
  if (typeof actual === 'number') return String(actual);
  if (typeof actual === 'boolean') return actual ? 'TRUE' : 'FALSE';
  return null;
}

function aligned(actual: string | number | boolean, unit: string | null): number | null {
  if (typeof actual === 'number') {
    if (unit !== PERCENT) return actual;
    return Math.abs(actual) <= 1 ? actual : actual / 100;
  }
  const text = typeof actual === 'boolean' ? (actual ? 'TRUE' : 'FALSE') : actual;
  const percent = text.includes('%') || text.includes('％');
  if (unit === PERCENT) {
    if (percent) {
      const points = value(text.replace(/[％%]/g, ''));
      return points === null ? null : points / 100;
    }
    const bare = value(text);
    if (bare === null) return null;
    return Math.abs(bare) <= 1 ? bare : bare / 100;
  }
  if (percent) return null;
  return value(unit === null ? text : text.split(unit).join(''));
}

export function simulatePortable(actual: CellValue, model: PortableModel, thresholdPermille: number): PortableResult {
  const text = cellText(actual);
  if (text === null) return REVIEW;
  const trimmed = trim(text);
  if (NOT_MEASURED_TEXTS.includes(trimmed)) return { progress: null, status: STATUS_WORDS.notMeasured };
  if (actual === null || typeof actual === 'object') return REVIEW;
  if (model.kind === 'milestone') {
    const { doneTexts, doneEndings, notDoneTexts, notDonePrefix: prefix } = PORTABLE_MILESTONE;
    const notDone = notDoneTexts.includes(trimmed) || (trimmed.startsWith(prefix) && trimmed.length > prefix.length);
    if (notDone) return { progress: 0, status: STATUS_WORDS.behind };
    const done = doneTexts.includes(trimmed) || doneEndings.some((ending) => trimmed.endsWith(ending));
    return done ? { progress: 1, status: STATUS_WORDS.achieved } : REVIEW;
  }
  const x = aligned(actual, model.unit);
  if (x === null) return REVIEW;
  const t = Number(model.target.toPrecision(15));
  const met = model.direction === 'higher' ? (model.strict ? x > t : x >= t) : model.strict ? x < t : x <= t;
  let rate: number | null;
  if (model.kind === 'ratio') rate = t === 0 ? null : x / t;
  else if (model.baseline === null || model.baseline === t) rate = null;
  else rate = (model.baseline - x) / (model.baseline - t);
  const permille = rate === null || !Number.isFinite(rate) ? null : toPermille(rate);
  const progress = permille === null ? NEEDS_REVIEW : permille / 1000;
  if (met) return { progress, status: STATUS_WORDS.achieved };
  if (permille === null) return { progress, status: NEEDS_REVIEW };
  return { progress, status: permille >= thresholdPermille ? STATUS_WORDS.onTrack : STATUS_WORDS.behind };
}
