import { normalizeText } from './normalize';

/**
 * A milestone target has no number: `平成27年度中に仕組みを立ち上げる` (1-3-ア). Its actual says
 * whether it is done. Decision (docs/rules.md): done when the actual says so in the documents'
 * words (`構築済`, `実施済み`, `完了`, `達成`, `○`); not done when it says not (`未構築`, `未実施`,
 * `検討中`, `×`); anything else cannot be read and is an error value, never a guess.
 */
const DONE =
  /^(?:[○◯〇]|済|済み|完了|達成|実施|構築|設置|開設|立ち上げ|立上げ|策定|作成|選定|創出|開催)(?:済み?|済|した|しました|完了|完)?$/;
const DONE_SUFFIX = /(?:済み?|完了|しました)$/;
const NOT_DONE = /^(?:[×✕xX]|未.+|検討中|準備中|調整中|実施していない|なし|未達成|未完了)$/;

export function readMilestoneActual(cell: unknown): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string') return null;
  const text = normalizeText(cell).replace(/[。.]$/, '');
  if (text === '') return null;
  if (NOT_DONE.test(text)) return false;
  if (DONE.test(text) || DONE_SUFFIX.test(text)) return true;
  return null;
}
