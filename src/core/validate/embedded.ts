import type { CellValue } from '../cell';

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
  if (!/[0-9０-９]|未測定/.test(after)) return null;
  const label = (match[1] ?? '').replace(/^[\s・･\-－]+/, '').trim();
  return { label, value: after };
}

/** Drops a trailing note naming the data source ("(区民モニターアンケート)"), which holds no figure. */
export function stripSourceNote(text: string): string {
  return text.replace(/\s*[(（][^()（）0-9０-９]*[)）]\s*$/, '').trim();
}

/** The value a cell means when it may carry a label: the embedded value, else the cell as is. */
export function valuePart(value: CellValue): CellValue {
  return splitEmbedded(value)?.value ?? value;
}

/** The label of a labelled value cell ("・…の割合：48%以上" → "…の割合"), or the text without bullets. */
export function labelPart(value: CellValue): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return splitEmbedded(value)?.label ?? value.replace(/^[\s・･]+/, '').trim();
}
