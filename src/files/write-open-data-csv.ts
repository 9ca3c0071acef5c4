import type { OpenDataTable } from '../core/report/open-data';

/**
 * One open-data table as CSV bytes for Excel and for machines (issue 15 §6): UTF-8 with a BOM (so
 * Excel opens Japanese text correctly), CRLF line ends, RFC 4180 quoting where a value needs it.
 */
const BOM = '\uFEFF';

export function openDataCsv(table: OpenDataTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
