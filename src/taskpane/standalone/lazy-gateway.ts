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
import { SnapshotSession } from './snapshot-session';

/**
 * The standalone pane's gateway before anything is written: reads come from the snapshot KUSEI's own
 * reader made (src/files/xlsx), so opening a file never loads ExcelJS (about 250 KB gzip). The first
 * write (status columns, a template, the summary) or download loads ExcelJS through `load`, which
 * opens the same bytes as a MemoryGateway; from then on everything goes through it, with the active
 * sheet, the selection and the session's choices handed over.
 */
export class LazyWorkbookGateway implements WorkbookGateway {
  readonly kind = 'standalone' as const;
  private readonly reading: SnapshotSession;
  private writer: MemoryGateway | null = null;
  private loading: Promise<MemoryGateway> | null = null;

  constructor(
    snapshot: WorkbookSnapshot,
    private readonly load: () => Promise<MemoryGateway>,
  ) {
    // Choices a download of an earlier session stored in the file (issue 12 §5) apply on opening.
    const choices = snapshot.storedChoices === undefined ? EMPTY_CHOICES : parseChoices(snapshot.storedChoices);
    this.reading = new SnapshotSession(snapshot, choices);
  }

  /** Where reads go now: the file's snapshot, or the writer once it has taken over. */
  private get current(): SnapshotSession {
    return this.writer ?? this.reading;
  }

  missingFeatures(): readonly MissingFeature[] {
    return this.current.missingFeatures();
  }

  sheetNames(): string[] {
    return this.current.sheetNames();
  }

  activeSheet(): string {
    return this.current.activeSheet();
  }

  setActiveSheet(name: string): void {
    this.current.setActiveSheet(name);
  }

  sheet(name: string): SheetSnapshot {
    return this.current.sheet(name);
  }

  selectedCell(): { sheet: string; address: string } | null {
    return this.current.selectedCell();
  }

  readActiveSheet(): Promise<SheetSnapshot> {
    return this.current.readActiveSheet();
  }

  readSheet(name: string): Promise<SheetSnapshot | null> {
    return this.current.readSheet(name);
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.current.selectCell(sheet, address);
  }

  loadChoices(): Promise<StoredChoices> {
    return this.current.loadChoices();
  }

  saveChoices(choices: StoredChoices): Promise<void> {
    return this.current.saveChoices(choices);
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
    // Two writes may await the same load: only the first hands the session over.
    if (this.writer === null) {
      this.reading.handOver(writer);
      this.writer = writer;
    }
    return writer;
  }
}
