import { STATUS_WORDS } from '../values/status-words';
import { NEEDS_REVIEW, CITY_WIDE, REFERENCE_ONLY } from './words';

/**
 * Recognising the portable columns in a sheet, so writing them again refreshes them without asking
 * and a later check can tell when one no longer matches its row.
 */
const FIXED_TEXTS = [NEEDS_REVIEW, CITY_WIDE, REFERENCE_ONLY, ''];

/** The formula as compared: no leading "=", no blanks or case differences outside quoted text. */
export function normalizedFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, '');
  return body
    .split('"')
    .map((part, index) => (index % 2 === 0 ? part.replace(/\s+/g, '').toUpperCase() : part))
    .join('"');
}

/** True for a cell the portable columns wrote: one of their formulas, or one of their fixed texts. */
export function isPortableFormula(formula: string): boolean {
  const body = normalizedFormula(formula);
  if (FIXED_TEXTS.some((text) => body === `"${text}"`)) return true;
  return body.startsWith('IFERROR(IF(OR(TRIM(') && body.endsWith(`,"${NEEDS_REVIEW}")`);
}

const THRESHOLD_BEFORE_ON_TRACK = new RegExp(`\\)>=(\\d+),"${STATUS_WORDS.onTrack}"`);

/** The status formula's threshold in thousandths (`…>=334,"概ね順調"…`), or null for another cell. */
export function thresholdInFormula(formula: string): number | null {
  const match = THRESHOLD_BEFORE_ON_TRACK.exec(normalizedFormula(formula));
  return match ? Number(match[1]) : null;
}

/** True when the formula is the status column's (it names the statuses), false for the progress column's. */
export function isStatusFormula(formula: string): boolean {
  const body = normalizedFormula(formula);
  // Both columns test for 未測定 (R7); only the status column names 目標達成.
  return (
    body.includes(`"${STATUS_WORDS.achieved}"`) || [CITY_WIDE, REFERENCE_ONLY].some((text) => body === `"${text}"`)
  );
}
