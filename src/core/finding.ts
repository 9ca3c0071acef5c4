/**
 * A finding is what validation reports about one place in a sheet (domain §5), modelled on
 * Frictionless's report: a stable code, a severity, where, the offending text, and the parameters of
 * its message (as zod issues carry theirs). The message that says what to write instead is rendered
 * once, at the edge, in the user's language (messages/render.ts).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /**
   * A key of the message table. Typed as string here because the table's modules import Severity from
   * this one; the builders (validate/finding-builder.ts, aggregate/findings.ts) accept table codes only.
   */
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
  /** What the code's message is filled with ({sheet}, {text}, {field}/{fieldEn}/{example}, …). */
  readonly params: FindingParams;
}

export type FindingParams = Readonly<Record<string, string | number>>;
