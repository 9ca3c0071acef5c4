import type { Finding } from '../finding';
import type { Field } from '../layouts/fields';
import { normalizeHeader } from '../layouts/normalize';
import type { FormContext, FormReading, FormRecord, SheetReader } from '../validate/form-reader';
import type { CellRef, RowCells } from '../validate/row-cells';
import type { SheetSnapshot } from '../snapshot';
import type { FormDescription, RecordDescription } from './description';
import { readFacts, withWorkbookFacts } from './facts';
import { formFinding } from './finding';
import { measureIds, readHeadings } from './headings';
import { readStage, type StageReading } from './slots';
import { findBlocks, type Block } from './stages';
import { pattern, WrittenCells } from './written-cells';

/**
 * The one reader of every described form: finds the blocks and stages, reads each labelled cell where
 * the description says its value is, and gives the records the description lists. It says WHERE each
 * value is; the checks of `../validate` judge them. Returns null for a sheet that is not the form.
 */
export function formReader(description: FormDescription): SheetReader {
  return (sheet, context) => readForm(sheet, context, description);
}

function readForm(sheet: SheetSnapshot, context: FormContext, description: FormDescription): FormReading | null {
  if (WrittenCells.tooLarge(context.grid)) return null;
  const head = WrittenCells.head(context.grid);
  if (head.cells.length === 0) return null;
  const sheetKey = normalizeHeader(sheet.name);
  const companion = description.companions.find(
    (c) =>
      pattern(c.sheetName).test(sheetKey) &&
      (c.mustHold === undefined || head.cells.some((cell) => pattern(c.mustHold ?? '').test(cell.key))),
  );
  const signature = description.signature.map(pattern);
  if (!companion && !signature.every((p) => head.cells.some((cell) => p.test(cell.key)))) return null;
  const cells = WrittenCells.of(context.grid);
  if (companion) {
    return {
      layout: description.layout,
      records: [],
      findings: [],
      confidence: 1,
      facts: readFacts(cells, description.facts),
    };
  }

  const facts = withWorkbookFacts(readFacts(cells, description.facts), context.workbook);
  const records: FormRecord[] = [];
  const findings: Finding[] = [];
  const confidences: number[] = [];
  for (const block of findBlocks(cells, description)) {
    const stages = new Map(block.stages.map((stage) => [stage.description.name, readStage(stage, cells)] as const));
    confidences.push(blockConfidence(description, stages));
    for (const finding of readingFindings(sheet.name, description, block, stages)) findings.push(finding);
    const ids = indicatorIds(sheet.name, description, block, stages, context, findings);
    for (const wanted of description.records) {
      for (const record of blockRecords(description, wanted, block, stages, ids)) records.push(record);
    }
  }
  const confidence =
    confidences.length === 0
      ? 0
      : Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 100) / 100;
  return { layout: description.layout, records, findings, confidence, facts };
}

function blockRecords(
  description: FormDescription,
  wanted: RecordDescription,
  block: Block,
  stages: ReadonlyMap<string, StageReading>,
  ids: readonly (string | null)[],
): FormRecord[] {
  const written = (name: string): boolean => stages.get(name)?.written ?? false;
  if (!wanted.whenWritten.every(written)) return [];
  if (wanted.unlessWritten !== undefined && written(wanted.unlessWritten)) return [];
  const shared: RowCells = {};
  const add = (cells: RowCells, field: Field, ref: CellRef): void => {
    (cells[field] ??= []).push(ref);
  };
  const options: Partial<Record<Field, readonly string[]>> = {};
  let groupsOf: StageReading | null = null;
  for (const take of wanted.take) {
    const [stageName = '', slotName = ''] = take.split('.');
    if (stageName === 'block' && slotName === 'title') {
      if (block.title)
        add(shared, 'indicatorText', { row: block.title.row, col: block.title.col, value: block.title.value });
      continue;
    }
    const stage = stages.get(stageName);
    if (!stage) continue;
    if (slotName === 'groups') {
      groupsOf = stage;
      continue;
    }
    const slot = stage.slots.get(slotName);
    if (slot?.ref) add(shared, slot.description.field, slot.ref);
    if (slot?.description.options) options[slot.description.field] = slot.description.options;
  }
  const record = (cells: RowCells, indicatorId: string | null): FormRecord => {
    const rowRef = wanted.rowFrom.map((field) => cells[field]?.[0]).find((ref) => ref !== undefined);
    return {
      row: rowRef?.row ?? block.top,
      indicatorId,
      kind: description.kind,
      cells,
      ...(wanted.required ? { required: wanted.required, options } : {}),
      ...(wanted.midYearOnly ? { midYearOnly: true } : {}),
    };
  };
  if (!groupsOf) return [record(shared, null)];
  if (groupsOf.groups.length > 0) {
    return groupsOf.groups.map((group, index) => {
      const cells: RowCells = { ...shared };
      for (const [field, ref] of Object.entries(group.cells) as [Field, CellRef][]) add(cells, field, ref);
      return record(cells, ids[index] ?? null);
    });
  }
  // No measure is judged (成果測定の対象外): one record per indicator of the headings, at that text.
  const sole = groupsOf.soleText;
  if (!sole) return [];
  const soleIds = ids.length > 0 ? ids : [null];
  return soleIds.map((id) => {
    const cells: RowCells = { ...shared };
    add(cells, sole.field, sole.ref);
    return record(cells, id);
  });
}

/** The indicator ids of the block's measures (or, with no measure, of its heading items). */
function indicatorIds(
  sheet: string,
  description: FormDescription,
  block: Block,
  stages: ReadonlyMap<string, StageReading>,
  context: FormContext,
  findings: Finding[],
): (string | null)[] {
  if (!description.headings) return [];
  const headings = readHeadings(block.head, description.headings);
  if (!headings) {
    findings.push(formFinding('form.headingsMissing', sheet, null, {}));
    return [];
  }
  const groups = [...stages.values()].flatMap((stage) => stage.groups);
  if (groups.length === 0) return headings.items.map((item) => `${headings.section.join('-')}-${item}`);
  return measureIds(
    headings,
    groups.map((group) => group.text),
    context.catalogue,
  );
}

/** A stage or a label of the form that is not where the form puts it: that part was not read. */
function readingFindings(
  sheet: string,
  description: FormDescription,
  block: Block,
  stages: ReadonlyMap<string, StageReading>,
): Finding[] {
  const findings: Finding[] = [];
  const blockName = block.start?.text ?? sheet;
  const at = block.start ? { row: block.start.row, col: block.start.col } : null;
  for (const stage of description.stages) {
    const reading = stages.get(stage.name);
    const caption = shownWords(stage.caption);
    if (!reading) {
      if (stage.slots.length > 0 || stage.groups) {
        findings.push(formFinding('form.stageMissing', sheet, at, { block: blockName, stage: caption }));
      }
      continue;
    }
    for (const slot of stage.slots) {
      if (reading.slots.has(slot.name)) continue;
      const label = shownWords(slot.label);
      findings.push(
        formFinding(
          'form.labelMissing',
          sheet,
          { row: reading.stage.caption.row, col: reading.stage.caption.col },
          {
            block: blockName,
            stage: caption,
            label,
          },
        ),
      );
    }
  }
  return findings;
}

/** Share of the form's stages and labels found where the form puts them. */
function blockConfidence(description: FormDescription, stages: ReadonlyMap<string, StageReading>): number {
  let expected = 0;
  let found = 0;
  for (const stage of description.stages) {
    const reading = stages.get(stage.name);
    const parts = stage.slots.length + (stage.groups ? 1 : 0) || 1;
    expected += parts;
    if (!reading) continue;
    found += stage.slots.filter((slot) => reading.slots.has(slot.name)).length;
    if (stage.groups && (reading.groups.length > 0 || reading.soleText)) found += 1;
    if (stage.slots.length === 0 && !stage.groups) found += 1;
  }
  return expected === 0 ? 0 : found / expected;
}

/** The words a pattern stands for, as the user writes them: `^(自己評価|年度評価)$` → 自己評価. */
function shownWords(source: string): string {
  return source
    .replace(/^\^|\$$/g, '')
    .replace(/\(([^|()]*)(\|[^()]*)?\)/g, '$1')
    .replace(/\\d\+/g, '1');
}
