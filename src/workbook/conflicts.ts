import { isPortableFormula } from '../core/portable/stale';

/**
 * Whether writing over a cell needs the user's consent. Empty cells do not, nor cells that already
 * hold what the pane writes (its own header, a portable or KUSEI formula; Excel may save custom-function calls
 * with an `_xldudf_` prefix), so adding status columns a second time just refreshes them.
 */
export function needsConsent(content: unknown, header: string): boolean {
  if (content === null || content === undefined || content === '') return false;
  const text = contentText(content).trim();
  if (text === '' || text === header) return false;
  if (isPortableFormula(text)) return false;
  return !/^=?(_xldudf_)?KUSEI\.(PROGRESS|STATUS)\(/i.test(text);
}

/** A cell's content as text for the overwrite question (Office gives strings, numbers, booleans). */
export function contentText(content: unknown): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (typeof content === 'number' || typeof content === 'boolean') return String(content);
  return JSON.stringify(content);
}
