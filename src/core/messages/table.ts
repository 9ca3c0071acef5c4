import type { Severity } from '../finding';
import type { ExcelErrorKind } from '../result';

/**
 * One entry of the message table: the text in both languages (`{name}` placeholders are filled from
 * params), the severity when the code is a finding, and the Excel error a custom function shows when
 * the code is an error value that always maps to the same one (a code whose Excel error depends on
 * the input, such as a cell's own error, leaves it out).
 */
export interface MessageText {
  readonly ja: string;
  readonly en: string;
  readonly severity?: Severity;
  readonly excel?: ExcelErrorKind;
}

export type MessageTable = Readonly<Record<string, MessageText>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** The user's language: Japanese by default, English when Office's UI is English. */
export type Language = 'ja' | 'en';

/** The Excel error a table's entry always maps to, or any when the entry leaves it to the input. */
export type ExcelKindIn<T extends MessageTable, C extends keyof T> = T[C] extends { readonly excel: infer K }
  ? K
  : ExcelErrorKind;

/** An entry's text in a language, its `{name}` placeholders filled. */
export function renderEntry(entry: MessageText, params: MessageParams, language: Language): string {
  return fillTemplate(language === 'en' ? entry.en : entry.ja, params);
}

/** A message quotes at most this much of a cell: a 30,000-character cell would drown what to do. */
const MAX_QUOTED = 200;

/** The one template renderer: fills `{name}` from params; a missing param stays visible as `{name}`. */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : clipped(String(value));
  });
}

function clipped(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…(${text.length})` : text;
}
