import type { Field } from '../layouts/fields';
import type { LayoutId } from '../layouts/layout';

/**
 * A ward's FORM (domain §7.3–§7.4) described as data: where its blocks, stage captions, labels and value
 * cells are, never how to judge a value. One generic reader (`./read-form`) reads every form described
 * here, so a new ward's variation of a form is a new entry of data, not new code.
 *
 * Every pattern is a regular expression source tested against a cell's text normalised by
 * `normalizeHeader` (NFKC, no blanks, no brackets, no ・、。「」【】※): `(達成状況)` is matched as
 * `達成状況`, `課題と改善策\n※左記が「×」の場合は必須` as `課題と改善策左記が×の場合は必須`.
 */
export interface FormDescription {
  /** The layout the records are reported under; it names the description too ("taisho-initiative"). */
  readonly layout: LayoutId;
  readonly kind: 'indicator' | 'initiative';
  /** Each pattern must match some cell of a sheet for the sheet to be read as this form. */
  readonly signature: readonly string[];
  /**
   * Sheets of the form's workbook that carry no records (記入要領, 表紙): read for the ward and the year
   * only, so they are neither reported as unknown layouts nor checked as values.
   */
  readonly companions: readonly CompanionSheet[];
  /** Where a block (one 取組項目) starts; null when the whole sheet is one block (此花区). */
  readonly blockStart: string | null;
  readonly stages: readonly StageDescription[];
  /** Where the sheet names its ward and its report year. */
  readonly facts: FactsDescription;
  /** Headings above the first stage that give the indicator ids (此花区 `１「…」に向けて` / `（１）…` / `ア …`). */
  readonly headings?: HeadingsDescription;
  /** The records one block gives, in this order. */
  readonly records: readonly RecordDescription[];
}

export interface CompanionSheet {
  /** Sheet names (pattern) of such sheets ("記入要領", "表紙"). */
  readonly sheetName: string;
  /** Text every such sheet holds somewhere, so a stray sheet named 表紙 of another form is not taken. */
  readonly mustHold?: string;
}

/** A stage of a block (計画 / 中間振り返り / 自己評価; P / D / C / A) and the labelled cells in it. */
export interface StageDescription {
  /** Name used by `RecordDescription.take` ("plan", "midYear", "yearEnd", "check"). */
  readonly name: string;
  /** The stage caption, merged over the stage's rows (in 大正区 written vertically in column A). */
  readonly caption: string;
  /** The stage's own heading beside the caption (評価), which is never a value. */
  readonly heading?: string;
  readonly slots: readonly SlotDescription[];
  /** Repeated measure groups (此花区's 目標 row + 結果 row under each measure's text). */
  readonly groups?: GroupDescription;
  /** When the stage has no group, a single text cell that is the outcome (成果測定の対象外). */
  readonly soleText?: { readonly field: Field };
}

/** How a label cell leads to its value cell. */
export type ValuePlace =
  /**
   * The cell just right of the label (after its merge); the value may be empty. Below instead when the
   * right neighbour is another label, or is empty while a value is written just below the label.
   */
  | 'right'
  /** The cell just below the label (after its merge). */
  | 'below'
  /**
   * A choice: either one cell right of the label holding the options and their marks
   * (`（○）実施見込み（ ）実施できない見込み`, `☑ 目標達成 ☐ 目標未達成`), or a row of cells right of the
   * label where ○ is typed into the cell beside each option's words.
   */
  | 'choice';

export interface SlotDescription {
  /** Name used by `RecordDescription.take` ("target", "planTarget"). */
  readonly name: string;
  readonly field: Field;
  /** Pattern of the label cell's own text. */
  readonly label: string;
  /**
   * Pattern the label's own text, or the caption over its column at the stage's first row, must match
   * (`(目標)` under 当年度の取組内容 is the target; under 取組の方針・目標内容 it is the plan's).
   */
  readonly under?: string;
  readonly value: ValuePlace;
  /** The options of a choice in the form's order ("実施見込み", "実施できない見込み"). */
  readonly options?: readonly string[];
}

/** A measure group: an anchor label row, the labelled rows after it, the measure text above it. */
export interface GroupDescription {
  /** Label of the group's first row (目標). */
  readonly anchor: { readonly label: string; readonly field: Field };
  /** Labels of the rows that follow (結果), each read to the right. */
  readonly rows: readonly { readonly label: string; readonly field: Field }[];
  /** Field of the text cell just above the anchor row (the measure's wording). */
  readonly textAbove: Field;
}

export interface FactsDescription {
  /** Label of a cell whose right neighbour names the ward (区名). */
  readonly wardLabel?: string;
  /** The ward is also taken from cells mentioning one (a title, 大正区役所, 此花区 実績・評価). */
  readonly wardInText: boolean;
  /** Pattern of a cell that writes the report year (平成29年度…); the first match is taken. */
  readonly yearText: string;
}

/**
 * Levels of headings, outermost first; each pattern's first group is the level's number or letter.
 * Headings are matched on their NFKC text with blanks kept (`ア 人と人との…` → `ア 人と人との…`,
 * `（３）` → `(3)`, `㋒` → `ウ`), since their brackets and spacing are what mark them.
 */
export interface HeadingsDescription {
  readonly levels: readonly string[];
}

/**
 * One record of a block: the slots (by stage and slot name) it takes its cells from. `when` says when
 * the block gives it: always, or only when the named stage has something written (a 自己評価 still
 * empty in October gives no year-end record).
 */
export interface RecordDescription {
  readonly name: string;
  /**
   * "stage.slot"; "block.title" (the item's title after the block start); "stage.groups" (each measure
   * group of the stage gives one record, or its sole text when it has none).
   */
  readonly take: readonly string[];
  /** The record's row: the first of these fields that has a cell. */
  readonly rowFrom: readonly Field[];
  /** The record exists when each of these stages has some value written. */
  readonly whenWritten: readonly string[];
  /** Skip this record when this other stage is written (its record already carries these cells). */
  readonly unlessWritten?: string;
  /** Fields the form requires to be filled once the stage is written. */
  readonly required?: readonly Field[];
  /** True for a record of the 中間振り返り stage alone (the year-end block is still empty by design). */
  readonly midYearOnly?: boolean;
}
