import type { CodedMessage } from '../../core/messages/render';
import type { SheetSnapshot } from '../../core/snapshot';
import type { WorkbookGateway } from '../../workbook/gateway';

/** A workbook opened from a file in standalone mode: its gateway, its sheets, and a way out. */
export interface StandaloneWorkbook {
  readonly fileName: string;
  readonly gateway: WorkbookGateway;
  sheetNames(): readonly string[];
  activeSheet(): string;
  setActiveSheet(name: string): void;
  /** The sheet as it is now (status columns included once added). */
  sheet(name: string): SheetSnapshot;
  /** The workbook as an .xlsx file, with whatever the pane added. */
  download(): Promise<{ readonly blob: Blob; readonly fileName: string }>;
}

/** Why a file could not be opened, as a code and its parameters (the file readers' FileReadError fits). */
export type OpenFailure = CodedMessage;

export type OpenWorkbook = (file: File) => Promise<StandaloneWorkbook | OpenFailure>;

export function isOpenFailure(value: StandaloneWorkbook | OpenFailure): value is OpenFailure {
  return 'code' in value;
}
