import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { columnLetters } from '../../core/address';
import { EMPTY_CHOICES, serializeChoices } from '../../workbook/choices';
import { withStoredChoices } from '../../files/xlsx/write-stored-choices';
import type {
  StatusColumnsPlan,
  SummaryOutcome,
  TemplateSheet,
  WorkbookGateway,
  WriteOutcome,
} from '../../workbook/gateway';
import { freeSheetName } from '../../workbook/sheet-names';
import { addStatusFormatting, setFormula, setValue } from '../../files/xlsx-cells';
import { writeStatusColumnsXlsx } from '../../files/status-xlsx';
import { addSummarySheets } from './summary-workbook';
import type { SummaryGrid } from '../../core/report/grids';
import { SnapshotSession } from './snapshot-session';

/** Reads an ExcelJS workbook into the core's snapshot (src/files, shared with the CLI). */
export type SnapshotReader = (workbook: ExcelJS.Workbook, fileName: string) => WorkbookSnapshot;

/**
 * The WorkbookGateway over a workbook opened from a file in a plain browser: reads come from a
 * snapshot of the ExcelJS workbook (a SnapshotSession), writes go into the workbook and take a new
 * snapshot, and the user downloads the result. A file has no add-in settings store: the session's choices go into the
 * download as the custom document property KUSEI.choices (src/files/xlsx/write-stored-choices.ts).
 */
export class MemoryGateway extends SnapshotSession implements WorkbookGateway {
  readonly kind = 'standalone' as const;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly fileName: string,
    private readonly read: SnapshotReader,
  ) {
    super(read(workbook, fileName), EMPTY_CHOICES);
  }

  writeStatusColumns(plan: StatusColumnsPlan, options: { overwrite: boolean }): Promise<WriteOutcome> {
    const outcome = writeStatusColumnsXlsx(this.worksheet(plan.sheet), plan, options.overwrite);
    if (outcome.kind === 'written') this.replaceSnapshot(this.read(this.workbook, this.fileName));
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
    this.replaceSnapshot(this.read(this.workbook, this.fileName), name);
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
    this.replaceSnapshot(this.read(this.workbook, this.fileName), names[0] ?? this.activeSheet());
    return Promise.resolve({ kind: 'written', sheets: names });
  }

  /** The workbook as .xlsx bytes, with whatever the pane added. */
  async toBuffer(): Promise<ArrayBuffer> {
    const written = await this.workbook.xlsx.writeBuffer();
    const choices = await this.loadChoices();
    if (choices.settings === null && Object.keys(choices.mappings).length === 0) return written;
    const bytes = withStoredChoices(new Uint8Array(written), serializeChoices(choices));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }
}
