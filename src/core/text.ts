import { isCellError, type CellValue } from './cell';

/**
 * The one text helper for cells and names (every part reads cells as text the same way).
 * A cell as text, for matching and for messages: strings as written, numbers as written (a
 * non-finite number, which no cell holds, as empty), TRUE/FALSE as Excel shows them, errors as
 * their code (#N/A).
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value.cellError;
  return '';
}

/** Names and ids compared the way users see them: width (全角/半角, NFKC) and spacing ignored. */
export function plainKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}
