import { isCellError, type CellValue } from '../cell';

/**
 * Header wordings differ in width (全角/半角), spacing, line breaks and decoration from ward to ward.
 * Comparing their normalised form lets one dictionary entry match all of them.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[・･、,。.:：「」『』【】〔〕［］[\]()（）<>＜＞※*＊]/g, '')
    .toLowerCase();
}

/** Plain text of a cell for display and matching: numbers as written, errors as their code. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value.cellError;
  return '';
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Findings show the offending text; a 30,000-character cell is cut so reports stay readable. */
export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length}文字)` : text;
}
