import { foldWidth } from '../text';
import type { CellValue } from '../cell';
import { STATUS_WORDS } from '../values/status-words';

const FIGURE_OR_NOT_MEASURED = new RegExp(`[0-9０-９]|${STATUS_WORDS.notMeasured}`);

/**
 * Sheets often write a value after its label in one cell: "…と感じている区民の割合:平成27年度までに
 * 60%以上(区民モニターアンケート)" (seed 004's アウトカム), "・地域活動協議会を知っている区民の割合：47.6%"
 * (seed 002). This splits label and value when the part after the last colon looks like a value.
 */
export interface Embedded {
  readonly label: string;
  readonly value: string;
}

export function splitEmbedded(value: CellValue): Embedded | null {
  if (typeof value !== 'string') return null;
  // No colon, no label (most value cells): skip the regular expressions below, which need one.
  if (!value.includes(':') && !value.includes('：')) return null;
  // Several labelled lines ("…:80%以上\n…:3.5点以上") are several values: none of them is "the" value.
  if ((value.match(/[:：]/g) ?? []).length > 1 && value.trim().includes('\n')) return null;
  const match = /^(.*)[:：]\s*([^:：]+)$/s.exec(value.trim());
  if (!match) return null;
  const after = stripSourceNote((match[2] ?? '').trim());
  if (!FIGURE_OR_NOT_MEASURED.test(after)) return null;
  const label = (match[1] ?? '').replace(/^[\s・･\-－]+/, '').trim();
  return { label, value: after };
}

/** Drops a trailing note naming the data source ("(区民モニターアンケート)"), which holds no figure. */
export function stripSourceNote(text: string): string {
  return text.replace(/\s*[(（][^()（）0-9０-９]*[)）]\s*$/, '').trim();
}

/**
 * The value a cell means when it may carry a label: the embedded value, else the cell as is; a leading
 * bullet and the notes in brackets after a figure are dropped ("・82%(接遇研修受講者アンケート、理解度)" →
 * "82%", "100%（11/11校園）" → "100%": dates and counts inside brackets are not values, seed 002 / 004).
 */
export function valuePart(value: CellValue): CellValue {
  const part = splitEmbedded(value)?.value ?? value;
  return typeof part === 'string' ? figureText(part) : part;
}

/** Notes in brackets at the end of a value; brackets inside a target ("実績値(32.4%)に比べて") stay. */
const TRAILING_BRACKETS = /(?:\s*[(（][^()（）]*[)）])+\s*$/;

function figureText(text: string): string {
  const plain = text.replace(/^[\s・･]+/, '');
  if (!plain.includes('(') && !plain.includes('（')) return withoutLabel(plain === text ? text : plain.trim());
  const bracketed = bracketedFigure(plain);
  if (bracketed !== null) return bracketed;
  const stripped = plain.replace(TRAILING_BRACKETS, '').trim();
  return stripped !== '' && /[0-9０-９]/.test(stripped) ? withoutLabel(stripped) : plain.trim();
}

/**
 * Words, then the figure in brackets ("区政会議での内容を区政に反映させる(1件以上)。", seed 001 取組項目5):
 * the bracketed figure, when the words around it hold none.
 */
function bracketedFigure(text: string): string | null {
  const match = /^([^()（）0-9０-９]*)[(（]([^()（）]*[0-9０-９][^()（）]*)[)）][。.\s]*$/.exec(text);
  if (!match) return null;
  const words = match[1] ?? '';
  const figure = (match[2] ?? '').trim();
  // Words are Japanese prose and the figure carries its unit ("1件以上"); "@SUM(1)" is neither — a
  // formula-like text whose "(1)" must not become an actual.
  if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(words) || /^[0-9０-９.．,，\s]+$/.test(figure)) return null;
  return figure;
}

/** "学校における肯定的割合100%" (seed 002): a share named and then given, without a colon → "100%". */
const NAMED_FIGURE = /^[^0-9０-９\n]*(?:割合|率)\s*([0-9０-９][0-9０-９.．,，]*\s*[%％])$/;

/**
 * A figure after its label and a blank, on one line of a cell ("現年度分 86.76%", "区内小・中学校長 100%",
 * seed 001's (実績) and (目標) lines): the figure. Not when the label holds a figure or a relation of its
 * own ("29年度 35%", "前年度比 30%増"), which belong to the value.
 */
function withoutLabel(text: string): string {
  const named = NAMED_FIGURE.exec(text)?.[1];
  if (named !== undefined) return named;
  const match = /^([^\n]*?[^\s\d０-９])[\s\u3000]+([△▲\-－]?[0-9０-９][^\s\u3000]*)$/.exec(text);
  if (!match) return text;
  const label = match[1] ?? '';
  if (/[0-9０-９]|比|から|まで|に比べ|増|減|以上|以下|未満/.test(label)) return text;
  return match[2] ?? text;
}

/** A line that only names a fiscal year (【平成29年度】, seed 001): a heading over figures, not a figure. */
export function isYearHeading(line: CellValue): boolean {
  if (typeof line !== 'string') return false;
  return /^[\s【[(（]*(?:平成|令和|H|R)?\s*[0-9０-９]+\s*年度[\s】\])）]*$/i.test(foldWidth(line));
}

/**
 * A change against the previous year written as the actual ("対前年比4.4%減", "前年度比12%増", seed 004
 * [5-3-1]) → the signed change in per cent ("-4.4%"), so it can be judged against a 前年度比 target.
 */
export function relativeChange(value: CellValue): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(?:対)?前年(?:度)?比\s*([0-9０-９.．]+)\s*[%％]\s*(増|減|増加|減少)$/.exec(foldWidth(value).trim());
  if (!match) return null;
  return `${match[2]?.startsWith('減') ? '-' : ''}${match[1] ?? ''}%`;
}

/** "前年度比30%増" (a relative target) → "30%以上"; "…増加率が前年度比10%未満であれば…" → "10%未満". */
export function relativeThreshold(value: CellValue): string | null {
  if (typeof value !== 'string') return null;
  const text = foldWidth(value);
  const increase = /前年(?:度)?比\s*([0-9.]+)\s*%\s*(?:の)?(増|アップ|向上)/.exec(text);
  if (increase) return `${increase[1] ?? ''}%以上`;
  const below = /前年(?:度)?比\s*([0-9.]+)\s*%\s*(未満|以下|以上|超)/.exec(text);
  if (below) return `${below[1] ?? ''}%${below[2] ?? ''}`;
  return null;
}

/** The label of a labelled value cell ("・…の割合：48%以上" → "…の割合"), or the text without bullets. */
export function labelPart(value: CellValue): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return splitEmbedded(value)?.label ?? value.replace(/^[\s・･]+/, '').trim();
}
