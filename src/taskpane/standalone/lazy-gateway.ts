import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { EMPTY_CHOICES, parseChoices } from '../../workbook/choices';
import type {
  MissingFeature,
  StatusColumnsPlan,
  StoredChoices,
  SummaryOutcome,
  TemplateSheet,
  WorkbookGateway,
  WriteOutcome,
} from '../../workbook/gateway';
import type { SummaryGrid } from '../../core/report/grids';
import type { MemoryGateway } from './memory-gateway';

/**
 * The standalone pane's gateway before anything is written: reads come from the snapshot KUSEI's own
 * reader made (src/files/xlsx), so opening a file never loads ExcelJS (about 250 KB gzip). The first
 * write (status columns, a template, the summary) or download loads ExcelJS through `load`, which
 * opens the same bytes as a MemoryGateway; from then on everything goes through it, with the active
 * sheet, the selection and the session's choices carried over.
 */
export class LazyWorkbookGateway implements WorkbookGateway {
  readonly kind = 'standalone' as const;
  private active: string;
  private choices: StoredChoices;
  private selection: { sheet: string; address: string } | null = null;
  private writer: MemoryGateway | null = null;
  private loading: Promise<MemoryGateway> | null = null;

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly load: () => Promise<MemoryGateway>,
  ) {
    const visible = snapshot.sheets.find((sheet) => !sheet.hidden) ?? snapshot.sheets[0];
    this.active = visible?.name ?? '';
    // Choices a download of an earlier session stored in the file (issue 12 §5) apply on opening.
    this.choices = snapshot.storedChoices === undefined ? EMPTY_CHOICES : parseChoices(snapshot.storedChoices);
  }

  missingFeatures(): readonly MissingFeature[] {
    return [];
  }

  sheetNames(): string[] {
    if (this.writer) return this.writer.sheetNames();
    return this.snapshot.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
  }

  activeSheet(): string {
    return this.writer ? this.writer.activeSheet() : this.active;
  }

  setActiveSheet(name: string): void {
    if (this.writer) {
      this.writer.setActiveSheet(name);
      return;
    }
    if (!this.snapshot.sheets.some((sheet) => sheet.name === name)) throw new Error(`No sheet named ${name}`);
    this.active = name;
  }

  sheet(name: string): SheetSnapshot {
    if (this.writer) return this.writer.sheet(name);
    const sheet = this.snapshot.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  selectedCell(): { sheet: string; address: string } | null {
    return this.writer ? this.writer.selectedCell() : this.selection;
  }

  readActiveSheet(): Promise<SheetSnapshot> {
    return this.writer ? this.writer.readActiveSheet() : Promise.resolve(this.sheet(this.active));
  }

  readSheet(name: string): Promise<SheetSnapshot | null> {
    if (this.writer) return this.writer.readSheet(name);
    return Promise.resolve(this.snapshot.sheets.find((sheet) => sheet.name === name) ?? null);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (this.writer) return this.writer.selectCell(sheet, address);
    this.selection = { sheet, address };
    return Promise.resolve();
  }

  loadChoices(): Promise<StoredChoices> {
    return this.writer ? this.writer.loadChoices() : Promise.resolve(this.choices);
  }

  saveChoices(choices: StoredChoices): Promise<void> {
    if (this.writer) return this.writer.saveChoices(choices);
    this.choices = choices;
    return Promise.resolve();
  }

  async writeStatusColumns(plan: StatusColumnsPlan, options: { overwrite: boolean }): Promise<WriteOutcome> {
    return (await this.writable()).writeStatusColumns(plan, options);
  }

  async insertTemplate(template: TemplateSheet): Promise<string> {
    return (await this.writable()).insertTemplate(template);
  }

  async writeSummary(grids: readonly SummaryGrid[], options: { replace: boolean }): Promise<SummaryOutcome> {
    return (await this.writable()).writeSummary(grids, options);
  }

  /** The workbook as .xlsx bytes, with whatever the pane added. */
  async toBuffer(): Promise<ArrayBuffer> {
    return (await this.writable()).toBuffer();
  }

  private async writable(): Promise<MemoryGateway> {
    if (this.writer) return this.writer;
    this.loading ??= this.load();
    const writer = await this.loading;
    if (this.writer === null) {
      if (writer.sheetNames().includes(this.active)) writer.setActiveSheet(this.active);
      await writer.saveChoices(this.choices);
      if (this.selection) await writer.selectCell(this.selection.sheet, this.selection.address);
      this.writer = writer;
    }
    return writer;
  }
}
