import type { Finding } from '../finding';
import { isKuseiError } from '../result';
import type { CaseRecord } from '../record';
import type { SheetSnapshot } from '../snapshot';
import { cellAddress, columnIndex, columnLetters } from '../address';
import { FIELD_LABELS } from '../layouts/field-labels';
import type { Field } from '../layouts/fields';
import { SheetGrid } from '../layouts/grid';
import { findHeaderBlocks, type HeaderBlock } from '../layouts/header';
import { layoutDefinition, recognizeLayout, type LayoutDefinition, type LayoutId } from '../layouts/layout';
import { blocksFromMapping, mappingOf } from '../layouts/mapping';
import { renderMessage } from '../messages';
import { HeaderMatcher } from '../layouts/match';
import { isBlankText, trimText } from '../layouts/normalize';
import { cellText } from '../text';
import { wardMentionedIn, wardOf } from '../layouts/wards';
import { checkOverall, type CheckContext } from './checks';
import { sortFindings } from './sort-findings';
import { staleStatusColumns } from './status-columns';
import { boundFindings, dropFindingsPast, noUnlistedFindings, type UnlistedFindings } from './limits';
import { MAX_FINDINGS_PER_FILE } from '../read-limits';
import { checkCellErrors, checkUncalculated, IdResolver, splitRow, type Draft } from './drafts';
import { makeFinding } from './finding-builder';
import { buildRecord, recordValues } from './records';
import { first, hasContent, isEmptyRow, rowCells, type RowCells } from './row-cells';
import { BoundRules } from './bound-rules';
import { MAX_DATA_ROWS, scanSheet, type BudgetCell, type SheetScan } from './scan';
import type { ListedRecord, ReadOptions, SheetReading, TableReading } from './types';
import { confirmColumns } from './confirm-columns';
import { readFormSheet } from './read-form';
import { titleFacts, yearOf } from './sheet-facts';
import { RECORD_CHECKS, ROW_CHECKS, runChecks, SHEET_CHECKS } from './check-table';
import { judgeRow, type RowPart } from './judge';
import { listRecord } from './listed';
import { qualifiedAddress } from '../address';

const LOW_CONFIDENCE = 0.6;

function isEmptySheet(sheet: SheetSnapshot): boolean {
  for (const row of sheet.values) {
    for (const value of row) {
      if (value !== null && !(typeof value === 'string' && isBlankText(value))) return false;
    }
  }
  return true;
}

function emptyReading(sheet: SheetSnapshot, findings: Finding[]): SheetReading {
  return {
    sheet: sheet.name,
    layout: null,
    layoutName: null,
    confidence: 0,
    mapping: null,
    tables: [],
    ward: null,
    rows: 0,
    records: [],
    findings,
  };
}

function fieldsOf(blocks: readonly HeaderBlock[]): Set<Field> {
  return new Set(blocks.flatMap((block) => block.columns.map((column) => column.field)));
}

/** Form layouts are recognised on the whole sheet (their stage tables only make sense together). */
function layoutsFor(blocks: readonly HeaderBlock[], scan: SheetScan, forced: LayoutId | null): LayoutDefinition[] {
  if (forced) return blocks.map(() => layoutDefinition(forced));
  const sheetWide = recognizeLayout(fieldsOf(blocks), scan.markers);
  const sheetLayout = layoutDefinition(sheetWide.layout);
  if (sheetLayout.form) return blocks.map(() => sheetLayout);
  return blocks.map((block) => layoutDefinition(recognizeLayout(fieldsOf([block]), scan.markers).layout));
}

function sheetWard(sheet: SheetSnapshot, scan: SheetScan, fileName: string | undefined): string | null {
  return scan.titleWard ?? wardMentionedIn(sheet.name) ?? (fileName ? wardMentionedIn(fileName) : null);
}

function missingColumns(block: HeaderBlock, layout: LayoutDefinition, sheet: string): Finding[] {
  const findings: Finding[] = [];
  const has = (field: Field): boolean => block.columns.some((column) => column.field === field);
  if (layout.form) return findings;
  for (const need of layout.required) {
    const options: readonly Field[] = typeof need === 'string' ? [need] : need;
    if (options.some(has)) continue;
    const field = options[0] ?? 'actual';
    findings.push(
      makeFinding('column.missing', { sheet, row: block.bottom, col: null, field }, '', {
        layout: layout.name,
        layoutEn: layout.nameEn,
        example: FIELD_LABELS[field].ja,
      }),
    );
  }
  return findings;
}

/**
 * Reads one sheet as laid out (domain §7): finds its tables, maps their columns, turns rows into
 * records and checks them cell by cell (domain §5). Never throws on any snapshot; never changes it.
 */
export function readSheet(sheet: SheetSnapshot, options: ReadOptions): SheetReading {
  const findings: Finding[] = [];
  if (isEmptySheet(sheet)) {
    findings.push(makeFinding('sheet.empty', { sheet: sheet.name }, ''));
    return emptyReading(sheet, findings);
  }
  const grid = new SheetGrid(sheet);
  const found = findTables(sheet, grid, options, findings);
  if ('reading' in found) return found.reading;
  const pass = sheetPass(sheet, grid, found, options);
  tableFindings(pass, findings);
  // The sheet's budgets are checked where the scan found them (below); its title's ward here.
  runChecks(SHEET_CHECKS, { facts: pass.facts, budgets: [] }, pass.check, findings);
  const rows = readRows(pass, findings);
  afterRowsFindings(pass, rows, findings);
  const listedFindings = sortFindings(withoutBlankUncalculated(findings));
  dropFindingsPast(listedFindings, MAX_FINDINGS_PER_FILE, rows.unlisted);
  return sheetReading(pass, rows, listedFindings);
}

/** The header blocks found on the sheet (or given by the user's mapping), unless the sheet is a form. */
type FoundTables =
  | { readonly blocks: HeaderBlock[]; readonly forcedLayout: LayoutId | null; readonly fromUser: boolean }
  | { readonly reading: SheetReading };

function findTables(sheet: SheetSnapshot, grid: SheetGrid, options: ReadOptions, findings: Finding[]): FoundTables {
  const name = sheet.name;
  if (options.mapping !== undefined) {
    const mapped = blocksFromMapping(options.mapping, grid);
    if ('reason' in mapped) {
      const { code, params } = mapped.reason;
      const problem = { problem: renderMessage(code, params, 'ja'), problemEn: renderMessage(code, params, 'en') };
      findings.push(makeFinding('mapping.invalid', { sheet: name }, '', problem));
      return { reading: emptyReading(sheet, findings) };
    }
    return { blocks: mapped.blocks, forcedLayout: mapped.layout, fromUser: true };
  }
  const form = readFormSheet(sheet, grid, options);
  if (form) return { reading: form };
  const blocks = findHeaderBlocks(grid, new HeaderMatcher()).map((block) => {
    const confirmed = confirmColumns(grid, block, name);
    for (const finding of confirmed.findings) findings.push(finding);
    return confirmed.block;
  });
  if (blocks.length === 0) {
    findings.push(makeFinding('sheet.notRecognised', { sheet: name }, ''));
    return { reading: emptyReading(sheet, findings) };
  }
  return { blocks, forcedLayout: null, fromUser: false };
}

/** What every step of a table sheet's reading shares: its tables, their layouts, the checks' context. */
interface SheetPass {
  readonly sheet: SheetSnapshot;
  readonly name: string;
  readonly grid: SheetGrid;
  readonly options: ReadOptions;
  readonly blocks: readonly HeaderBlock[];
  readonly fromUser: boolean;
  readonly layouts: readonly LayoutDefinition[];
  readonly scan: SheetScan;
  readonly facts: ReturnType<typeof titleFacts>;
  readonly ward: string | null;
  readonly check: CheckContext;
  readonly record: RecordReadContext;
}

function sheetPass(
  sheet: SheetSnapshot,
  grid: SheetGrid,
  found: Extract<FoundTables, { blocks: HeaderBlock[] }>,
  options: ReadOptions,
): SheetPass {
  const { blocks, fromUser } = found;
  const name = sheet.name;
  const facts = titleFacts(grid, blocks[0]?.top ?? grid.firstRow);
  const year = yearOf(facts.reportYear) ?? yearOf(options.workbook?.reportYear ?? null);
  const yearFact = facts.reportYear ?? options.workbook?.reportYear ?? null;
  const scan = scanSheet(grid, blocks);
  const layouts = layoutsFor(blocks, scan, found.forcedLayout);
  const check: CheckContext = {
    sheet: name,
    settings: options.settings,
    catalogue: options.catalogue,
    indicators: new Map(options.catalogue.indicators.map((indicator) => [indicator.id, indicator] as const)),
    rules: new BoundRules(options.settings),
    requireWardAndId: false,
    requireTarget: false,
    sheetYear:
      year !== null && yearFact !== null ? { year, cell: qualifiedAddress(name, yearFact.row, yearFact.col) } : null,
  };
  const record: RecordReadContext = {
    options,
    sheet: name,
    layouts,
    budgetsOf: scan.blocks.map((block) => block.budgets),
    check,
    standardCheck: { ...check, requireWardAndId: true, requireTarget: true },
  };
  const ward = sheetWard(sheet, scan, options.fileName);
  return { sheet, name, grid, options, blocks, fromUser, layouts, scan, facts, ward, check, record };
}

/** Each table's missing and repeated columns and an unsure mapping; the rows past the limit. */
function tableFindings(pass: SheetPass, findings: Finding[]): void {
  const { name, blocks, layouts, scan, grid } = pass;
  blocks.forEach((block, index) => {
    const layout = layouts[index] ?? layoutDefinition('generic');
    for (const finding of missingColumns(block, layout, name)) findings.push(finding);
    for (const duplicate of block.duplicates) {
      findings.push(
        makeFinding(
          'column.duplicate',
          { sheet: name, row: block.bottom, col: duplicate.col, field: duplicate.field },
          duplicate.header,
          { header: duplicate.header, cell: cellAddress(block.bottom, duplicate.col) },
        ),
      );
    }
    if (!pass.fromUser && block.confidence < LOW_CONFIDENCE) {
      findings.push(
        makeFinding('mapping.lowConfidence', { sheet: name, row: block.bottom, col: null }, '', {
          confidence: block.confidence,
        }),
      );
    }
  });
  if (scan.truncatedAt !== null) {
    findings.push(
      makeFinding('sheet.tooManyRows', { sheet: name, row: scan.truncatedAt, col: null }, '', {
        cell: cellAddress(scan.truncatedAt, grid.firstCol),
        limit: MAX_DATA_ROWS,
      }),
    );
  }
}

interface ReadRows {
  readonly records: readonly CaseRecord[];
  readonly listed: readonly ListedRecord[];
  readonly rowsPerTable: readonly number[];
  /** Counted, not kept, past the listed number (issue 13: 500,000 findings held 400 MB). */
  readonly unlisted: UnlistedFindings;
}

/** Rows → drafts (split multi-outcome cells, resolve ids, R5 on the row as written) → checked records. */
function readRows(pass: SheetPass, findings: Finding[]): ReadRows {
  const { name, grid, blocks, layouts, scan, ward, check, options } = pass;
  const catalogueIds = new Set(check.indicators.keys());
  const resolvers = blocks.map(
    (_, index) => new IdResolver(name, catalogueIds, (layouts[index]?.id ?? 'generic').startsWith('fukushima')),
  );
  const primary = primaryTables(blocks, layouts);
  // Table layouts turn each draft into its record at once, so a row's cells die young (100,000 rows
  // kept as drafts until the end would all be copied by the garbage collector). Form layouts merge
  // the stage tables of a block first, so their drafts are kept. Findings keep the same order either
  // way: a row's draft findings come before its record's, and findings are sorted by row.
  const keepDrafts = layouts.some((layout) => layout.form);
  const drafts: Draft[] = [];
  const listed: ListedRecord[] = [];
  const records: CaseRecord[] = [];
  const rowsPerTable = blocks.map(() => 0);
  const unlisted = noUnlistedFindings();
  for (const data of scan.dataRows) {
    boundFindings(findings, unlisted);
    const block = blocks[data.table];
    if (!block) continue;
    const cells = rowCells(grid, block, data.row);
    if (isEmptyRow(cells)) continue;
    rowsPerTable[data.table] = (rowsPerTable[data.table] ?? 0) + 1;
    if (grid.isHiddenRow(data.row)) {
      findings.push(
        makeFinding('row.hidden', { sheet: name, row: data.row, col: grid.firstCol }, '', { row: data.row + 1 }),
      );
    }
    checkCellErrors(cells, name, findings);
    checkUncalculated(cells, grid, name, findings);
    runChecks(ROW_CHECKS, { cells, required: undefined }, check, findings);
    const blockId = scan.blocks[data.block]?.indicatorId ?? null;
    const baseId = resolvers[data.table]?.resolve(cells, data, blockId, findings) ?? null;
    const { parts, separateIndicators } = splitRow(cells, name, findings, layouts[data.table]?.markCovers);
    checkOverall(parts, name, findings);
    const rowWard = rowWardOf(cells) ?? ward;
    // Only the stage table that gives a form layout's records numbers its sub-indicators.
    const numbering = primary.has(data.table) && layouts[data.table]?.kind === 'indicator';
    const resolver = numbering ? resolvers[data.table] : undefined;
    const shared = separateIndicators ? null : (resolver?.numbered(baseId, rowWard) ?? baseId);
    const rowParts: RowPart[] = [];
    for (let index = 0; index < parts.length; index++) {
      const id = separateIndicators ? (resolver?.numbered(baseId, rowWard) ?? baseId) : shared;
      const partInfo = parts.length > 1 && !separateIndicators ? { index: index + 1, count: parts.length } : null;
      const draft: Draft = { data, cells: parts[index] ?? cells, indicatorId: id, part: partInfo };
      if (keepDrafts) drafts.push(draft);
      else {
        // The parts of a split row share its ward cell (the ward is never split), so its ward is theirs.
        const record = readRecord(draft, rowWard, pass.record, findings);
        records.push(record);
        rowParts.push({ record, cells: draft.cells });
      }
    }
    if (rowParts.length > 0) judgeAndList(rowParts, check, findings, listed, options);
  }
  if (keepDrafts) {
    for (const draft of mergeForms(drafts, blocks, layouts)) {
      const record = readRecord(draft, rowWardOf(draft.cells) ?? ward, pass.record, findings);
      records.push(record);
      judgeAndList([{ record, cells: draft.cells }], check, findings, listed, options);
    }
  }
  return { records, listed, rowsPerTable, unlisted };
}

/** What only the whole sheet shows: budgets, tables without rows, a hidden sheet, the ward, repeats. */
function afterRowsFindings(pass: SheetPass, rows: ReadRows, findings: Finding[]): void {
  const { name, blocks, layouts, grid, ward, sheet, options } = pass;
  const { records } = rows;
  for (const block of pass.scan.blocks) {
    for (const budget of block.budgets) {
      if (isKuseiError(pass.check.rules.quantity(budget.value))) {
        findings.push(
          makeFinding(
            'budget.notNumber',
            { sheet: name, row: budget.row, col: budget.col, field: 'budget' },
            cellText(budget.value),
            { label: budget.label },
          ),
        );
      }
    }
  }
  blocks.forEach((block, index) => {
    if ((rows.rowsPerTable[index] ?? 0) === 0 && !(layouts[index]?.form ?? false)) {
      findings.push(
        makeFinding('table.noRows', { sheet: name, row: block.bottom, col: null }, '', {
          cell: cellAddress(block.bottom, grid.firstCol),
        }),
      );
    }
  });
  if (sheet.hidden === true && records.length > 0) {
    findings.push(makeFinding('sheet.hidden', { sheet: name }, '', { records: records.length }));
  }
  const hasWardColumn = blocks.some((block) => block.columns.some((column) => column.field === 'ward'));
  if (!hasWardColumn && ward === null && records.length > 0 && pass.facts.ward === null) {
    findings.push(makeFinding('ward.notFound', { sheet: name }, ''));
  }
  for (const finding of duplicateIndicators(records, name)) {
    findings.push(finding);
    boundFindings(findings, rows.unlisted);
  }
  // Status columns written before whose target was edited since (issue 14 §1).
  for (const finding of staleStatusColumns(sheet, records, options.settings, options.catalogue)) findings.push(finding);
}

function sheetReading(pass: SheetPass, rows: ReadRows, findings: Finding[]): SheetReading {
  const { blocks, layouts, options } = pass;
  const { rowsPerTable, unlisted } = rows;
  const tables: TableReading[] = blocks.map((block, index) => ({
    layout: layouts[index]?.id ?? 'generic',
    headerTop: block.top + 1,
    headerRow: block.bottom + 1,
    columns: block.columns.map((column) => ({
      column: columnLetters(column.col),
      field: column.field,
      header: column.header,
      score: column.score,
    })),
    confidence: block.confidence,
    rows: rowsPerTable[index] ?? 0,
  }));
  const layout = layouts[0]?.id ?? null;
  const confidence = pass.fromUser
    ? 1
    : Math.round((blocks.reduce((sum, block) => sum + block.confidence, 0) / blocks.length) * 100) / 100;
  return {
    sheet: pass.name,
    layout,
    layoutName: layout ? layoutDefinition(layout).name : null,
    confidence,
    mapping: mappingOf(blocks, layout ?? 'generic'),
    tables,
    ward: pass.ward,
    rows: rowsPerTable.reduce((sum, n) => sum + n, 0),
    records: rows.records,
    findings,
    ...(unlisted.errors + unlisted.warnings + unlisted.infos > 0 ? { unlisted } : {}),
    ...(options.listRecords === true ? { listed: rows.listed } : {}),
  };
}

/** R6 over one row's parts; the row listed when the caller asked for the records (kusei check --json). */
function judgeAndList(
  parts: readonly RowPart[],
  context: CheckContext,
  findings: Finding[],
  listed: ListedRecord[],
  options: ReadOptions,
): void {
  // A row that declares no mark has nothing for R6 to compare: judged only when the records are listed
  // (100,000 standard rows are not each given a status nobody asked for).
  if (options.listRecords !== true && !parts.some((part) => hasContent(first(part.cells, 'mark')))) return;
  const judgement = judgeRow(parts, context, findings);
  if (options.listRecords === true) listed.push(listRecord(parts, judgement));
}

interface RecordReadContext {
  readonly options: ReadOptions;
  readonly sheet: string;
  readonly layouts: readonly LayoutDefinition[];
  /** Budget cells of each block, by block index. */
  readonly budgetsOf: readonly (readonly BudgetCell[])[];
  /** The checks' context, and the same for the standard layout (ward, id and target required). */
  readonly check: CheckContext;
  readonly standardCheck: CheckContext;
}

/** One draft of a ward's row → its record, checked cell by cell (findings pushed to `findings`). */
function readRecord(draft: Draft, ward: string | null, context: RecordReadContext, findings: Finding[]): CaseRecord {
  const layout = context.layouts[draft.data.table] ?? layoutDefinition('generic');
  const values = recordValues(draft.cells);
  const record = buildRecord(
    draft.cells,
    draft.data.row,
    {
      file: context.options.fileName ?? null,
      sheet: context.sheet,
      layout,
      ward,
      indicatorId: draft.indicatorId,
      part: draft.part,
      budgets: context.budgetsOf[draft.data.block] ?? [],
    },
    values,
  );
  const check = layout.id === 'standard' ? context.standardCheck : context.check;
  runChecks(RECORD_CHECKS, { record, cells: draft.cells, values }, check, findings);
  return record;
}

function rowWardOf(cells: RowCells): string | null {
  const ref = first(cells, 'ward');
  if (!ref || !hasContent(ref)) return null;
  return wardOf(cellText(ref.value)) ?? trimText(cellText(ref.value));
}

/**
 * Tables that give records: every table of a table layout; in a form layout, the stage tables with the
 * actual and a target or mark (自己評価, C 評価).
 */
function primaryTables(blocks: readonly HeaderBlock[], layouts: readonly LayoutDefinition[]): Set<number> {
  const result = new Set<number>();
  blocks.forEach((block, index) => {
    const has = (field: Field): boolean => block.columns.some((column) => column.field === field);
    if (!(layouts[index]?.form ?? false) || (has('actual') && (has('target') || has('mark')))) result.add(index);
  });
  return result;
}

/**
 * Form layouts (大正区, 此花区) spread one record over stage tables of a block. The stage table that
 * holds the actual and a target or mark gives the records; the block's other stages fill what it lacks.
 */
function mergeForms(drafts: Draft[], blocks: readonly HeaderBlock[], layouts: readonly LayoutDefinition[]): Draft[] {
  if (!layouts.some((layout) => layout.form)) return drafts;
  const primary = primaryTables(blocks, layouts);
  const isPrimary = (table: number): boolean => primary.has(table);
  const byBlock = new Map<number, Draft[]>();
  for (const draft of drafts) {
    const list = byBlock.get(draft.data.block);
    if (list) list.push(draft);
    else byBlock.set(draft.data.block, [draft]);
  }
  const result: Draft[] = [];
  for (const group of byBlock.values()) {
    const primaries = group.filter((draft) => isPrimary(draft.data.table));
    const others = group.filter((draft) => !isPrimary(draft.data.table));
    const fill: RowCells = {};
    for (const other of others) {
      for (const [field, refs] of Object.entries(other.cells) as [Field, RowCells[Field]][]) {
        if (refs?.some(hasContent) && !fill[field]) fill[field] = refs;
      }
    }
    const heads = primaries.length > 0 ? primaries : others.slice(0, 1);
    for (const head of heads) {
      const cells: RowCells = { ...fill };
      for (const [field, refs] of Object.entries(head.cells) as [Field, RowCells[Field]][]) {
        if (refs?.some(hasContent) || !cells[field]) cells[field] = refs;
      }
      const indicatorId = head.indicatorId ?? group.find((draft) => draft.indicatorId)?.indicatorId ?? null;
      result.push({ ...head, cells, indicatorId });
    }
  }
  return result.sort((a, b) => a.data.row - b.data.row);
}

/** Duplicate indicator in one ward (outcome parts of one split row share their id by design). */
export function duplicateIndicators(records: readonly CaseRecord[], sheet: string | null): Finding[] {
  const findings: Finding[] = [];
  // Keyed by ward, then id: no "ward|id" string is built and hashed per record (a sheet may hold 100,000).
  const seen = new Map<string, Map<string, CaseRecord>>();
  for (const record of records) {
    if (record.kind === 'initiative' || !record.indicatorId) continue;
    if (record.part && record.part.index > 1) continue;
    const wardKey = record.ward ?? '';
    let ofWard = seen.get(wardKey);
    if (!ofWard) seen.set(wardKey, (ofWard = new Map<string, CaseRecord>()));
    const earlier = ofWard.get(record.indicatorId);
    if (!earlier) {
      ofWard.set(record.indicatorId, record);
      continue;
    }
    if (sheet === null && earlier.source.sheet === record.source.sheet) continue;
    const idCell = record.source.cells.indicatorId ?? record.source.cells.actual ?? null;
    const position = idCell ? /^([A-Z]+)(\d+)$/.exec(idCell) : null;
    const col = position ? columnIndex(position[1] ?? 'A') : null;
    findings.push(
      makeFinding(
        'indicator.duplicate',
        { sheet: record.source.sheet, row: record.source.row - 1, col, field: 'indicatorId' },
        record.indicatorId,
        {
          ward: record.ward ?? '',
          first: `${earlier.source.sheet}!${earlier.source.cells.indicatorId ?? `行${earlier.source.row}`}`,
        },
      ),
    );
  }
  return findings;
}

/** A formula saved without its result is unknown, not blank: its cell is not also reported as 未測定 (R7). */
function withoutBlankUncalculated(findings: Finding[]): Finding[] {
  const uncalculated = new Set(findings.filter((f) => f.code === 'cell.formulaNotCalculated').map((f) => f.cell));
  if (uncalculated.size === 0) return findings;
  return findings.filter((f) => f.code !== 'value.notMeasured' || !uncalculated.has(f.cell));
}
