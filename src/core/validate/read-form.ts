import type { Finding } from '../finding';
import { FORM_READERS } from '../forms';
import { qualifiedAddress } from '../address';
import type { SheetGrid } from '../layouts/grid';
import { layoutDefinition } from '../layouts/layout';
import type { CaseRecord } from '../record';
import type { SheetSnapshot } from '../snapshot';
import type { CheckContext } from './checks';
import { JUDGEMENT_CHECK, RECORD_CHECKS, ROW_CHECKS, runChecks, SHEET_CHECKS } from './check-table';
import { splitRow } from './drafts';
import type { FormReading, SheetFacts, SheetReader } from './form-reader';
import { nishiPlanReader } from './nishi-plan';
import type { RowPart } from './judge';
import { listRecord } from './listed';
import { buildRecord } from './records';
import { BoundRules } from './bound-rules';
import { wardNamed, yearOf } from './sheet-facts';
import { sortFindings, withoutRepeats } from './sort-findings';
import type { ListedRecord, ReadOptions, SheetReading } from './types';
import { wardMentionedIn } from '../layouts/wards';

const NO_FACTS: SheetFacts = { ward: null, reportYear: null };

/** Form readers of the layouts this folder owns (西区's plan form), asked before `../forms`' ones. */
const TABLE_FORM_READERS: readonly SheetReader[] = [nishiPlanReader];

/**
 * A sheet that one of the form readers (`../forms`) recognises, read through the same record building
 * and checks as a table's rows (issue 12: a form reader only places values, the checks are shared).
 * Null when no form reader takes the sheet.
 */
export function readFormSheet(sheet: SheetSnapshot, grid: SheetGrid, options: ReadOptions): SheetReading | null {
  const workbook = options.workbook ?? NO_FACTS;
  let reading: FormReading | null = null;
  for (const reader of [...TABLE_FORM_READERS, ...FORM_READERS]) {
    try {
      reading = reader(sheet, {
        grid,
        settings: options.settings,
        workbook,
        catalogue: options.catalogue,
        ...(options.fileName ? { fileName: options.fileName } : {}),
      });
    } catch {
      // A reader must not throw; if one does, the sheet is read as a table rather than lost.
      reading = null;
    }
    if (reading) break;
  }
  if (!reading) return null;
  return formReading(sheet, reading, options, workbook);
}

function formReading(
  sheet: SheetSnapshot,
  reading: FormReading,
  options: ReadOptions,
  workbook: SheetFacts,
): SheetReading {
  const name = sheet.name;
  const findings: Finding[] = [...reading.findings];
  const wardFact = reading.facts.ward ?? workbook.ward;
  const yearFact = reading.facts.reportYear ?? workbook.reportYear;
  const ward =
    wardNamed(wardFact) ?? wardMentionedIn(name) ?? (options.fileName ? wardMentionedIn(options.fileName) : null);
  const year = yearOf(yearFact);
  const layout = layoutDefinition(reading.layout);
  const indicators = new Map(options.catalogue.indicators.map((indicator) => [indicator.id, indicator] as const));
  const context: CheckContext = {
    sheet: name,
    settings: options.settings,
    catalogue: options.catalogue,
    indicators,
    rules: new BoundRules(options.settings),
    requireWardAndId: false,
    requireTarget: false,
    sheetYear: year !== null && yearFact ? { year, cell: qualifiedAddress(name, yearFact.row, yearFact.col) } : null,
  };
  const records: CaseRecord[] = [];
  const listed: ListedRecord[] = [];
  runChecks(SHEET_CHECKS, { facts: reading.facts, budgets: reading.budgets ?? [] }, context, findings);
  for (const formRecord of reading.records) {
    const row = { cells: formRecord.cells, required: formRecord.required, options: formRecord.options };
    runChecks(ROW_CHECKS, row, context, findings);
    const { parts } = splitRow(formRecord.cells, name, findings, formRecord.markCovers ?? layout.markCovers);
    const rowParts: RowPart[] = parts.map((cells, index) => {
      const record = buildRecord(cells, formRecord.row, {
        file: options.fileName ?? null,
        sheet: name,
        layout,
        ward,
        indicatorId: formRecord.indicatorId,
        part: parts.length > 1 ? { index: index + 1, count: parts.length } : null,
        budgets: [],
      });
      const typed: CaseRecord = record.kind === formRecord.kind ? record : { ...record, kind: formRecord.kind };
      runChecks(RECORD_CHECKS, { record: typed, cells }, context, findings);
      records.push(typed);
      return { record: typed, cells };
    });
    const judgement = JUDGEMENT_CHECK.run(rowParts, context, findings);
    if (options.listRecords === true && rowParts.length > 0) listed.push(listRecord(rowParts, judgement));
  }
  return {
    sheet: name,
    layout: reading.layout,
    layoutName: layout.name,
    confidence: reading.confidence,
    mapping: null,
    tables: [],
    ward,
    rows: reading.records.length,
    records,
    findings: sortFindings(withoutRepeats(findings)),
    ...(options.listRecords === true ? { listed } : {}),
  };
}
