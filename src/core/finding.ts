/**
 * A finding is what validation reports about one place in a sheet (domain §5), modelled on
 * Frictionless's report: a stable code, a severity, where, the offending text, and a message in
 * the user's language that says what to write instead.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address; the sheet name is quoted when needed ("'区 一覧'!B3"). Null for sheet-level findings. */
  readonly cell: string | null;
  /** 1-based sheet row number, null for sheet-level findings. */
  readonly row: number | null;
  /** The field (column meaning) concerned, e.g. "actual", or null. */
  readonly field: string | null;
  /** The offending content as written in the cell. */
  readonly text: string;
  /** Japanese message (the default language). */
  readonly message: string;
  /** English message, for hosts whose UI language is English. */
  readonly messageEn: string;
}
