import type { Severity } from '../severity';
import type { ExcelErrorKind, KuseiError } from '../result';

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

/** A finding's entry: a severity always. */
export interface FindingMessage extends MessageText {
  readonly severity: Severity;
}

/** An entry as JSON reads it: `severity` is any string there, so tables are typed by the functions below. */
interface JsonEntry {
  readonly ja: string;
  readonly en: string;
  readonly severity?: string;
}

/**
 * A part of findings read from JSON, typed as findings (JSON widens `'error'` to string). The cast
 * is checked by test/core/messages.test.ts, which reads every entry of the table: a severity of
 * error, warning or info, text in both languages, the same placeholders in both.
 */
export function findingTable<T extends Readonly<Record<string, JsonEntry>>>(
  json: T,
): { readonly [C in keyof T]: FindingMessage } {
  return json as unknown as { readonly [C in keyof T]: FindingMessage };
}

/**
 * A part's texts (JSON) with the Excel error some of its codes always map to (TypeScript, so that the
 * kinds stay literal types that `kuseiError`'s check needs: JSON would widen '#N/A' to string).
 */
export function withExcelKinds<T extends MessageTable, K extends Readonly<Partial<Record<keyof T, ExcelErrorKind>>>>(
  texts: T,
  kinds: K,
): { readonly [C in keyof T]: T[C] & (C extends keyof K ? { readonly excel: K[C] } : unknown) } {
  const entries = Object.entries(texts).map(([code, entry]) => {
    const excel: ExcelErrorKind | undefined = (kinds as Partial<Record<string, ExcelErrorKind>>)[code];
    return [code, excel === undefined ? entry : { ...entry, excel }];
  });
  return Object.fromEntries(entries) as {
    readonly [C in keyof T]: T[C] & (C extends keyof K ? { readonly excel: K[C] } : unknown);
  };
}

type CodeOf<T extends MessageTable> = Extract<keyof T, string>;

/** What a table gives its users: one implementation for the full table and for the functions' view. */
export interface MessageView<T extends MessageTable> {
  readonly isCode: (code: string) => code is CodeOf<T>;
  /** Renders a code's message in a language, once, at the edge (cell, pane, CLI, file). */
  readonly renderMessage: (code: CodeOf<T>, params?: MessageParams, language?: Language) => string;
  /**
   * Builds the error value the core returns for bad input, with its Japanese message. `error` must be
   * the Excel error the table gives the code, when it gives one (checked by the type).
   */
  readonly kuseiError: <C extends CodeOf<T>>(error: ExcelKindIn<T, C>, code: C, params?: MessageParams) => KuseiError;
  /** The English message of an error value (hosts whose UI is English); a code outside the table shows as itself. */
  readonly errorMessageEn: (err: KuseiError) => string;
}

export function messageView<T extends MessageTable>(table: T): MessageView<T> {
  const isCode = (code: string): code is CodeOf<T> => Object.prototype.hasOwnProperty.call(table, code);
  const renderMessage = (code: CodeOf<T>, params: MessageParams = {}, language: Language = 'ja'): string =>
    renderEntry(table[code] as MessageText, params, language);
  return {
    isCode,
    renderMessage,
    kuseiError: (error, code, params = {}) => ({
      error: error as ExcelErrorKind,
      code,
      message: renderMessage(code, params, 'ja'),
      params,
    }),
    errorMessageEn: (err) => (isCode(err.code) ? renderMessage(err.code, err.params ?? {}, 'en') : err.code),
  };
}

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
