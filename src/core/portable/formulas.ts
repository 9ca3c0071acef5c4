import { STATUS_WORDS } from '../values/status-words';
import { PERCENT } from '../values/units';
import type { PortableModel } from './model';
import { CITY_WIDE, NEEDS_REVIEW, NOT_MEASURED_TEXTS, REFERENCE_ONLY, PORTABLE_MILESTONE } from './words';

const { achieved: ACHIEVED, onTrack: ON_TRACK, behind: BEHIND, notMeasured: NOT_MEASURED } = STATUS_WORDS;

/**
 * Formulas of Excel's own functions only (IF, IFERROR, ISNUMBER, ISERROR, ROUND, ABS, VALUE, ASC,
 * TRIM, SUBSTITUTE, FIND, OR, LEFT, RIGHT, LEN: all in Excel 2007 and later and in LibreOffice) that
 * give the progress rate and status the core gives for the row's live actual. No KUSEI function,
 * so a workbook opened without the add-in shows the same answer instead of #NAME?.
 *
 * The order of the tests is the core's: not measured first (R7), then met (R3), then the progress
 * rate rounded to 0.1% against k/n rounded up at 0.1% (R1, R2), compared in whole thousandths as
 * toPermille does (ROUND(rate*1000,0), so no binary fraction decides). Whatever Excel cannot read as
 * the core does ends in 「要確認」, never in a status the core would not give.
 */
export interface PortableFormulas {
  /** With the leading "=". */
  readonly progress: string;
  readonly status: string;
}

/** A text literal in a formula ("" doubles a quote). */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number as a formula literal, at the 15 significant digits Excel keeps. */
export function numberLiteral(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function anyOf(tests: readonly string[]): string {
  return tests.length === 1 ? (tests[0] ?? 'FALSE') : `OR(${tests.join(',')})`;
}

/** TRUE when the actual cell means "not measured" (blank, 未測定, －…). */
function notMeasured(actual: string): string {
  return anyOf(NOT_MEASURED_TEXTS.map((text) => `TRIM(${actual})=${quoted(text)}`));
}

/** TRUE when the text holds a per cent sign (half or full width). */
function hasPercent(actual: string): string {
  return `ISNUMBER(FIND("%",SUBSTITUTE(${actual},"％","%")))`;
}

/** The text read as a number once `strip` is removed: ASC folds full-width digits (１２ → 12). */
function textNumber(actual: string, strip: readonly string[]): string {
  const stripped = strip.reduce((inner, unit) => `SUBSTITUTE(${inner},${quoted(unit)},"")`, actual);
  return `VALUE(TRIM(ASC(${stripped})))`;
}

/**
 * The actual in the comparison's unit, as the core aligns it (rules/align.ts): against a percentage
 * a bare number at most 1 is a fraction (0.513) and above 1 is per cent points (51.3); a text with
 * a per cent sign is per cent points; a text with the target's unit is a number of that unit. A text
 * with a per cent sign against a target of another unit is an error (the core: UNIT_MISMATCH).
 */
export function alignedActual(actual: string, unit: string | null): string {
  if (unit === PERCENT) {
    const bare = textNumber(actual, []);
    const percentText = `${textNumber(actual, ['％', '%'])}/100`;
    return (
      `IF(ISNUMBER(${actual}),IF(ABS(${actual})<=1,${actual},${actual}/100),` +
      `IF(${hasPercent(actual)},${percentText},IF(ABS(${bare})<=1,${bare},${bare}/100)))`
    );
  }
  const text = textNumber(actual, unit === null ? [] : [unit]);
  return `IF(ISNUMBER(${actual}),${actual},IF(${hasPercent(actual)},NA(),${text}))`;
}

function metTest(x: string, model: Extract<PortableModel, { kind: 'ratio' | 'lowerDistance' }>): string {
  const t = numberLiteral(model.target);
  if (model.direction === 'higher') return model.strict ? `${x}>${t}` : `${x}>=${t}`;
  return model.strict ? `${x}<${t}` : `${x}<=${t}`;
}

/**
 * Half away from zero, after the noise of binary fractions is cut at 10 decimals: 26.68% ÷ 80% is
 * 333.49999999999994‰ in floating point, 333.5‰ as written, and the core (toPermille, at 15
 * significant digits) rounds it to 334 as Excel does; LibreOffice's ROUND alone gives 333.
 */
function roundPermille(raw: string): string {
  return `ROUND(ROUND(${raw},10),0)`;
}

/** The progress rate in thousandths, rounded as R1 rounds it; an error where the core has none to give. */
function permille(x: string, model: Extract<PortableModel, { kind: 'ratio' | 'lowerDistance' }>): string {
  const t = numberLiteral(model.target);
  if (model.kind === 'ratio') return roundPermille(`${x}/${t}*1000`);
  if (model.baseline === null) return 'NA()';
  const b = numberLiteral(model.baseline);
  return roundPermille(`(${b}-${x})/(${b}-${t})*1000`);
}

function milestoneDone(actual: string): string {
  const text = `TRIM(${actual})`;
  return anyOf([
    ...PORTABLE_MILESTONE.doneTexts.map((word) => `${text}=${quoted(word)}`),
    ...PORTABLE_MILESTONE.doneEndings.map((ending) => `RIGHT(${text},${ending.length})=${quoted(ending)}`),
  ]);
}

function milestoneNotDone(actual: string): string {
  const text = `TRIM(${actual})`;
  const prefix = PORTABLE_MILESTONE.notDonePrefix;
  return anyOf([
    ...PORTABLE_MILESTONE.notDoneTexts.map((word) => `${text}=${quoted(word)}`),
    `AND(LEFT(${text},${prefix.length})=${quoted(prefix)},LEN(${text})>${prefix.length})`,
  ]);
}

const q = quoted;

/**
 * Both formulas for one row. `actual` is the actual's cell ("F5"); `thresholdPermille` is k/n
 * rounded up at 0.1%, in thousandths (334 for year 1 of 3).
 */
export function portableFormulas(actual: string, model: PortableModel, thresholdPermille: number): PortableFormulas {
  const review = q(NEEDS_REVIEW);
  if (model.kind === 'milestone') {
    const done = milestoneDone(actual);
    const notDone = milestoneNotDone(actual);
    // Not done is a progress of 0, below every threshold (k ≥ 1): 必ずしも順調ではない.
    return {
      progress: `=IFERROR(IF(${notMeasured(actual)},"",IF(${notDone},0,IF(${done},1,${review}))),${review})`,
      status:
        `=IFERROR(IF(${notMeasured(actual)},${q(NOT_MEASURED)},IF(${notDone},${q(BEHIND)},` +
        `IF(${done},${q(ACHIEVED)},${review}))),${review})`,
    };
  }
  const x = alignedActual(actual, model.unit);
  const rate = permille(x, model);
  return {
    progress: `=IFERROR(IF(${notMeasured(actual)},"",${rate}/1000),${review})`,
    status:
      `=IFERROR(IF(${notMeasured(actual)},${q(NOT_MEASURED)},IF(${metTest(x, model)},${q(ACHIEVED)},` +
      `IF(${rate}>=${thresholdPermille},${q(ON_TRACK)},${q(BEHIND)}))),${review})`,
  };
}

/** The status cell of a row the city does not judge per ward: a fixed text, no formula. */
export function notJudgedText(scope: 'reference' | 'cityWide'): string {
  return scope === 'reference' ? REFERENCE_ONLY : CITY_WIDE;
}
