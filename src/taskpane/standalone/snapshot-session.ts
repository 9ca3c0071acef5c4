import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import type { MissingFeature, StoredChoices } from '../../workbook/gateway';

/**
 * The reading side of a workbook opened from a file: the sheets of a snapshot, the active sheet, the
 * selected cell and the session's choices, all held in memory (a file has no Excel to ask). Both
 * standalone gateways read through one of these: LazyWorkbookGateway until the first write,
 * MemoryGateway (which takes a new snapshot after each write) from then on.
 */
export class SnapshotSession {
  private active: string;
  private selection: { sheet: string; address: string } | null = null;

  constructor(
    private snapshot: WorkbookSnapshot,
    private choices: StoredChoices,
  ) {
    this.active = firstVisible(snapshot);
  }

  /** The workbook as it is after a write; the active sheet stays unless the write names another. */
  replaceSnapshot(snapshot: WorkbookSnapshot, active: string = this.active): void {
    this.snapshot = snapshot;
    this.active = active;
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

  /** The session's state as another session takes it over (the lazy gateway's first write). */
  handOver(to: SnapshotSession): void {
    if (to.sheetNames().includes(this.active)) to.active = this.active;
    to.choices = this.choices;
    to.selection = this.selection;
  }
}

/** The sheet a file opens on: the first visible one (a workbook may start with hidden sheets). */
function firstVisible(snapshot: WorkbookSnapshot): string {
  const visible = snapshot.sheets.find((sheet) => !sheet.hidden) ?? snapshot.sheets[0];
  return visible?.name ?? '';
}
