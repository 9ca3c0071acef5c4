import type ExcelJS from 'exceljs';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { columnLetters } from '../../core/address';
import { EMPTY_CHOICES, serializeChoices } from '../../workbook/choices';
import { withStoredChoices } from '../../files/xlsx/write-stored-choices';
import type {
  MissingFeature,
  StatusColumnsPlan,
  StoredChoices,
  SummaryOutcome,
  TemplateSheet,
  WorkbookGateway,
  WriteOutcome,
} from '../../workbook/gateway';
import { freeSheetName } from '../../workbook/sheet-names';
import { addStatusFormatting, setFormula, setValue } from './xlsx-write';
import { writeStatusColumnsXlsx } from '../../files/status-xlsx';
import { addSummarySheets } from './summary-workbook';
import type { SummaryGrid } from '../../core/report/grids';

/** Reads an ExcelJS workbook into the core's snapshot (src/files, shared with the CLI). */
export type SnapshotReader = (workbook: ExcelJS.Workbook, fileName: string) => WorkbookSnapshot;

/**
 * The WorkbookGateway over a workbook opened from a file in a plain browser: reads come from a
 * snapshot of the ExcelJS workbook, writes go into the workbook (and refresh the snapshot), and the
 * user downloads the result. A file has no add-in settings store: the session's choices go into the
 * download as the custom document property KUSEI.choices (src/files/xlsx/write-stored-choices.ts).
 */
export class MemoryGateway implements WorkbookGateway {
  readonly kind = 'standalone' as const;
  private snapshot: WorkbookSnapshot;
  private active: string;
  private choices: StoredChoices = EMPTY_CHOICES;
  private selection: { sheet: string; address: string } | null = null;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly fileName: string,
    private readonly read: SnapshotReader,
  ) {
    this.snapshot = read(workbook, fileName);
    const visible = this.snapshot.sheets.find((sheet) => !sheet.hidden) ?? this.snapshot.sheets[0];
    this.active = visible?.name ?? '';
  }

  missingFeatures(): readonly MissingFeature[] {
    return [];
  }

  sheetNames(): string[] {
    return this.snapshot.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
  }

  activeSheet(): string {
    return this.active;
  }

  setActiveSheet(name: string): void {
    if (!this.snapshot.sheets.some((sheet) => sheet.name === name)) throw new Error(`No sheet named ${name}`);
    this.active = name;
  }

  sheet(name: string): SheetSnapshot {
    const sheet = this.snapshot.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  selectedCell(): { sheet: string; address: string } | null {
    return this.selection;
  }

  readActiveSheet(): Promise<SheetSnapshot> {
    return Promise.resolve(this.sheet(this.active));
  }

  readSheet(name: string): Promise<SheetSnapshot | null> {
    return Promise.resolve(this.snapshot.sheets.find((sheet) => sheet.name === name) ?? null);
  }

  selectCell(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
    return Promise.resolve();
  }

  loadChoices(): Promise<StoredChoices> {
    return Promise.resolve(this.choices);
  }

  saveChoices(choices: StoredChoices): Promise<void> {
    this.choices = choices;
    return Promise.resolve();
  }

  writeStatusColumns(plan: StatusColumnsPlan, options: { overwrite: boolean }): Promise<WriteOutcome> {
    const outcome = writeStatusColumnsXlsx(this.worksheet(plan.sheet), plan, options.overwrite);
    if (outcome.kind === 'written') this.snapshot = this.read(this.workbook, this.fileName);
    return Promise.resolve(outcome);
  }

  insertTemplate(template: TemplateSheet): Promise<string> {
    const name = freeSheetName(
      template.name,
      this.workbook.worksheets.map((sheet) => sheet.name),
    );
    const sheet = this.workbook.addWorksheet(name);
    template.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const address = `${columnLetters(c)}${r + 1}`;
        const cell = sheet.getCell(address);
        if (typeof value === 'string' && value.startsWith('='))
          setFormula(cell, value, template.cached[address] ?? null);
        else setValue(cell, value);
        const format = template.columnFormats[c];
        if (format && r + 1 > template.headerRow) cell.numFmt = format;
      });
    });
    sheet.getRow(template.headerRow).font = { bold: true };
    if (template.styles.length > 0 && template.rows.length > template.headerRow) {
      const column = template.statusColumn;
      addStatusFormatting(
        sheet,
        `${column}${template.headerRow + 1}:${column}${template.rows.length}`,
        template.styles,
      );
    }
    this.snapshot = this.read(this.workbook, this.fileName);
    this.active = name;
    return Promise.resolve(name);
  }

  writeSummary(grids: readonly SummaryGrid[], options: { replace: boolean }): Promise<SummaryOutcome> {
    const names = grids.map((grid) => grid.name);
    const existing = this.workbook.worksheets.filter((sheet) => names.includes(sheet.name));
    if (existing.length > 0 && !options.replace) {
      return Promise.resolve({ kind: 'exists', sheets: existing.map((sheet) => sheet.name) });
    }
    for (const sheet of existing) this.workbook.removeWorksheet(sheet.id);
    addSummarySheets(this.workbook, grids);
    this.snapshot = this.read(this.workbook, this.fileName);
    if (names[0]) this.active = names[0];
    return Promise.resolve({ kind: 'written', sheets: names });
  }

  /** The workbook as .xlsx bytes, with whatever the pane added. */
  async toBuffer(): Promise<ArrayBuffer> {
    const written = await this.workbook.xlsx.writeBuffer();
    if (this.choices.settings === null && Object.keys(this.choices.mappings).length === 0) return written;
    const bytes = withStoredChoices(new Uint8Array(written), serializeChoices(this.choices));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }
}
