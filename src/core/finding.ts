/**
 * A finding is what validation reports about one place in a sheet (domain §5), modelled on
 * Frictionless's report: a stable code, a severity, where, the offending text, and the parameters of
 * its message (as zod issues carry theirs). The message that says what to write instead is rendered
 * once, at the edge, in the user's language (messages/render.ts).
 */
import type { AggregateCode } from './messages/aggregate';
import type { AnyFindingCode } from './messages/finding-codes';
import type { Severity } from './severity';

export type { Severity } from './severity';

/**
 * Every code a finding can carry: the sheet checks', the form readers', the plan sheet's and the
 * portable columns' (each with its severity in the table), and the consolidation's (aggregate.json,
 * whose severity the consolidation decides). The pane lists both kinds together.
 */
export type FindingCode = AnyFindingCode | AggregateCode;

/** A finding; `C` narrows its code, as AggregateFinding (aggregate/types.ts) does to the consolidation's. */
export interface Finding<C extends string = FindingCode> {
  /** The key of its message in the table, so a finding cannot carry a code that has no message. */
  readonly code: C;
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
