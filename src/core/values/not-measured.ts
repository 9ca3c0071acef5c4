import { normalizeText } from './normalize';
import { STATUS_WORDS } from './status-words';

/**
 * R7: `未測定`, blank and `－` mean no measurement: no status, excluded from counts, reported as
 * not measured. These are the words the seeds use; anything else is read as a value (and fails
 * loudly if it is not one).
 */
export const NOT_MEASURED_WORDS: readonly string[] = [
  STATUS_WORDS.notMeasured,
  '成果測定の対象外',
  '測定対象外',
  '対象外',
  '測定なし',
  '未集計',
];
const NOT_MEASURED: ReadonlySet<string> = new Set(NOT_MEASURED_WORDS);

const PLAIN_WORD = /^[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]+$/;

export function isNotMeasured(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  const first = cell.charCodeAt(0);
  // Most cells start with a digit: answer those without normalising.
  if ((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19)) return false;
  // Plain kana/kanji words (未測定, 構築済) are already in normal form: skip normalising them.
  if (PLAIN_WORD.test(cell)) return NOT_MEASURED.has(cell);
  const text = normalizeText(cell);
  if (text === '') return true;
  if (/^[-ー~〜_/]+$/.test(text)) return true;
  return NOT_MEASURED.has(text.replace(/^[(（]|[)）]$/g, ''));
}
