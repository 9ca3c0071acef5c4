import type { SheetSnapshot } from '../core/snapshot';
import { CHOICES_KEY, EMPTY_CHOICES, parseChoices, serializeChoices } from '../workbook/choices';
import type {
  MissingFeature,
  StatusColumnsPlan,
  SummaryOutcome,
  StoredChoices,
  TemplateSheet,
  WorkbookGateway,
  WriteOutcome,
} from '../workbook/gateway';
import { toGatewayError } from './errors';
import { readActiveSheet, readNamedSheet } from './read-sheet';
import { missingFeatures, VALUES_ONLY_USED_RANGE, type RequirementChecker } from './requirements';
import { insertTemplate } from './insert-template';
import { writeStatusColumns } from './write-status';
import { writeSummary } from './write-summary';
import type { SummaryGrid } from '../core/report/grids';

/** `Excel.run`, injected so tests can hand in an office-addin-mock context. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The WorkbookGateway over Office.js: the only code in KUSEI that calls `Excel.run`. */
export class OfficeGateway implements WorkbookGateway {
  readonly kind = 'excel' as const;
  private readonly missing: readonly MissingFeature[];
  /** getUsedRange(valuesOnly) came with ExcelApi 1.2; Excel 2016 (1.1) gets the plain used range. */
  private readonly valuesOnlyUsedRange: boolean;

  constructor(
    private readonly runBatch: BatchRunner,
    requirements: RequirementChecker,
  ) {
    this.missing = missingFeatures(requirements);
    this.valuesOnlyUsedRange = requirements.isSetSupported('ExcelApi', VALUES_ONLY_USED_RANGE);
  }

  /** The gateway for the Excel host this page runs in (call after Office.onReady). */
  static forHost(): OfficeGateway {
    return new OfficeGateway((batch) => Excel.run(batch), Office.context.requirements);
  }

  missingFeatures(): readonly MissingFeature[] {
    return this.missing;
  }

  private lacks(feature: MissingFeature['feature']): boolean {
    return this.missing.some((missing) => missing.feature === feature);
  }

  private async run<T>(operation: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.runBatch(batch);
    } catch (error) {
      throw toGatewayError(error, operation);
    }
  }

  readActiveSheet(): Promise<SheetSnapshot> {
    return this.run('readActiveSheet', (context) =>
      readActiveSheet(context, !this.lacks('mergedAreas'), this.valuesOnlyUsedRange),
    );
  }

  readSheet(name: string): Promise<SheetSnapshot | null> {
    return this.run('readSheet', (context) =>
      readNamedSheet(context, name, !this.lacks('mergedAreas'), this.valuesOnlyUsedRange),
    );
  }

  /** Full recalculation, so KUSEI formulas follow settings the pane gave the functions (ExcelApi 1.1). */
  recalculate(): Promise<void> {
    return this.run('recalculate', async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
  }

  selectCell(sheetName: string, address: string): Promise<void> {
    return this.run('selectCell', async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  loadChoices(): Promise<StoredChoices> {
    if (this.lacks('settings')) return Promise.resolve(EMPTY_CHOICES);
    return this.run('loadChoices', async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(CHOICES_KEY);
      item.load('value');
      await context.sync();
      return item.isNullObject ? EMPTY_CHOICES : parseChoices(item.value);
    });
  }

  saveChoices(choices: StoredChoices): Promise<void> {
    return this.run('saveChoices', async (context) => {
      context.workbook.settings.add(CHOICES_KEY, serializeChoices(choices));
      await context.sync();
    });
  }

  writeStatusColumns(plan: StatusColumnsPlan, options: { overwrite: boolean }): Promise<WriteOutcome> {
    return this.run('writeStatusColumns', (context) =>
      writeStatusColumns(context, plan, options.overwrite, !this.lacks('conditionalFormats')),
    );
  }

  writeSummary(grids: readonly SummaryGrid[], options: { replace: boolean }): Promise<SummaryOutcome> {
    return this.run('writeSummary', (context) =>
      writeSummary(context, grids, options.replace, !this.lacks('freezePanes')),
    );
  }

  insertTemplate(template: TemplateSheet): Promise<string> {
    return this.run('insertTemplate', (context) =>
      insertTemplate(context, template, !this.lacks('conditionalFormats')),
    );
  }
}
