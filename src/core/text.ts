import { isCellError, type CellValue } from '../cell';

/** A cell as text for messages and reports: numbers as written, errors as their code. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.cellError;
  return String(value);
}

/** Names and ids compared the way users see them: width and spacing ignored. */
export function plainKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}
