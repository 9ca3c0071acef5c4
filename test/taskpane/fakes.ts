import type { SummaryGrid } from '../../src/core/report/grids';
import type { Finding } from '../../src/core/finding';
import type { SheetSnapshot } from '../../src/core/snapshot';
import type { KuseiSettings } from '../../src/core/settings';
import { renderMessageOf } from '../../src/core/messages/render';
import type {
  CheckResult,
  CheckView,
  Engine,
  Placement,
  RenderMessage,
  StatusPlanResult,
} from '../../src/taskpane/engine';
import type {
  MissingFeature,
  StatusColumnsPlan,
  StoredChoices,
  SummaryOutcome,
  TemplateSheet,
  WorkbookGateway,
  WriteOutcome,
} from '../../src/workbook/gateway';
import { STATUS_STYLES } from '../../src/workbook/status-styles';

/** A 此花区-style sheet: header in row 4, actual in F, target in E. */
export const SHEET: SheetSnapshot = {
  name: '進捗',
  origin: 'A1',
  values: [
    ['此花区 成果指標', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['区名', '指標番号', '取組の方向性', '単位', '目標値', '27年度実績', 'メモ'],
    ['此花区', '1-1-ア', 'つながりづくり', '%', '50%以上', '<b>20.8%</b>', null],
    ['此花区', '2-3-ア-②', '覆面調査', '点', '3.5点以上', '三点', null],
  ],
};

export function finding(partial: Partial<Finding> & Pick<Finding, 'code' | 'severity' | 'cell'>): Finding {
  return {
    sheet: '進捗',
    row: null,
    field: null,
    text: '',
    params: {},
    ...partial,
  };
}

export const FINDINGS: readonly Finding[] = [
  finding({ code: 'value.notNumber', severity: 'error', cell: 'F6', text: '三点', params: { text: '三点' } }),
  finding({
    code: 'cell.required',
    severity: 'error',
    cell: "'進捗'!G5",
    field: 'mark',
    params: { field: '判定', fieldEn: 'mark', example: 'A / B' },
  }),
  finding({ code: 'target.noDirection', severity: 'warning', cell: 'E5', params: { text: '50%' } }),
  finding({ code: 'sheet.empty', severity: 'info', cell: null, params: { sheet: '進捗' } }),
];

export const PLAN: StatusColumnsPlan = {
  sheet: '進捗',
  progress: {
    column: 'G',
    headerRow: 4,
    header: '進捗率',
    numberFormat: '0.0%',
    cells: [{ row: 5, formula: '=KUSEI.PROGRESS(F5,E5)', cached: 0.416 }],
  },
  status: {
    column: 'H',
    headerRow: 4,
    header: '状況',
    numberFormat: 'General',
    cells: [{ row: 5, formula: '=KUSEI.STATUS(F5,E5,1,3)', cached: '概ね順調' }],
  },
  styles: STATUS_STYLES,
};

/** An engine whose answers the test fixes, recording what the pane asked. */
export class FakeEngine implements Engine {
  catalogues() {
    return [{ id: 'fy2015-2017', name: '区政運営基本方針（平成27〜29年度）' }];
  }
  readonly wards = ['此花区', '福島区'];
  readonly checks: { snapshot: SheetSnapshot; correction: unknown }[] = [];
  readonly placements: Placement[] = [];
  findings: readonly Finding[] = FINDINGS;

  check(snapshot: SheetSnapshot, _settings: unknown, correction: unknown): CheckResult {
    this.checks.push({ snapshot, correction });
    const view: CheckView = {
      sheet: snapshot.name,
      layoutName: 'KUSEI標準様式',
      layoutNameEn: 'KUSEI standard layout',
      confidence: 0.92,
      headerRow: 4,
      mapping: { A: 'ward', B: 'indicatorId', E: 'target' },
      columns: [
        { column: 'A', header: '区名' },
        { column: 'B', header: '指標番号' },
        { column: 'E', header: '目標値' },
        { column: 'F', header: '27年度実績' },
      ],
      fields: ['ward', 'indicatorId', 'target', 'actual', 'note'],
      findings: this.findings,
      recordCount: 2,
      ward: '福島区',
    };
    return { view, snapshot, detail: null };
  }

  /** The settings each planStatusColumns call was given. */
  readonly settingsSeen: KuseiSettings[] = [];

  planStatusColumns(_check: CheckResult, settings: KuseiSettings, placement: Placement): StatusPlanResult {
    this.placements.push(placement);
    this.settingsSeen.push(settings);
    return {
      plan:
        placement === 'newColumns'
          ? { ...PLAN, progress: { ...PLAN.progress, column: 'I' }, status: { ...PLAN.status, column: 'J' } }
          : PLAN,
      skippedRows: 0,
    };
  }

  template(_settings: unknown, ward: string): TemplateSheet {
    return {
      name: ward,
      rows: [['区名']],
      columnFormats: {},
      cached: {},
      headerRow: 1,
      statusColumn: 'H',
      styles: STATUS_STYLES,
    };
  }

  correction(_check: CheckResult, columns: Readonly<Record<string, string>>) {
    return { layout: 'standard' as const, tables: [{ headerRow: 4, columns: columns as Record<string, 'actual'> }] };
  }

  private messagesHeld: Promise<void> | null = null;
  /** How many times the pane asked for the renderer. */
  messageLoads = 0;

  /** The real table's renderer, at once unless a test holds it back (as the core chunk still loading). */
  messages(): RenderMessage | Promise<RenderMessage> {
    this.messageLoads += 1;
    return this.messagesHeld ? this.messagesHeld.then(() => renderMessageOf) : renderMessageOf;
  }

  /** Holds the renderer back until the returned function is called. */
  holdMessages(): () => void {
    let release = () => {};
    this.messagesHeld = new Promise((resolve) => {
      release = resolve;
    });
    return release;
  }
}

/** An in-memory gateway recording every call; conflicts and failures are set by the test. */
export class FakeGateway implements WorkbookGateway {
  readonly kind: 'excel' | 'standalone';
  missing: MissingFeature[] = [];
  choices: StoredChoices = { settings: null, mappings: {} };
  conflictsFirst: { address: string; text: string }[] = [];
  readFailure: Error | null = null;
  readonly calls: { method: string; args: unknown[] }[] = [];

  constructor(
    kind: 'excel' | 'standalone' = 'excel',
    readonly sheet: SheetSnapshot = SHEET,
  ) {
    this.kind = kind;
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsTo(method: string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  missingFeatures(): readonly MissingFeature[] {
    return this.missing;
  }

  /** The workbook's 計画定義 sheet, when the test gives it one (issue 16). */
  planSheet: SheetSnapshot | null = null;

  readSheet(name: string): Promise<SheetSnapshot | null> {
    this.record('readSheet', name);
    return Promise.resolve(this.planSheet && this.planSheet.name === name ? this.planSheet : null);
  }

  recalculate(): Promise<void> {
    this.record('recalculate');
    return Promise.resolve();
  }

  readActiveSheet(): Promise<SheetSnapshot> {
    this.record('readActiveSheet');
    return this.readFailure ? Promise.reject(this.readFailure) : Promise.resolve(this.sheet);
  }

  selectCell(sheet: string, address: string): Promise<void> {
    this.record('selectCell', sheet, address);
    return Promise.resolve();
  }

  loadChoices(): Promise<StoredChoices> {
    this.record('loadChoices');
    return Promise.resolve(this.choices);
  }

  saveChoices(choices: StoredChoices): Promise<void> {
    this.record('saveChoices', choices);
    this.choices = choices;
    return Promise.resolve();
  }

  writeStatusColumns(plan: StatusColumnsPlan, options: { overwrite: boolean }): Promise<WriteOutcome> {
    this.record('writeStatusColumns', plan, options);
    if (this.conflictsFirst.length > 0 && !options.overwrite && plan.progress.column === PLAN.progress.column) {
      return Promise.resolve({ kind: 'conflicts', conflicts: this.conflictsFirst });
    }
    return Promise.resolve({ kind: 'written', cells: 4 });
  }

  summaryExists: string[] = [];

  writeSummary(grids: readonly SummaryGrid[], options: { replace: boolean }): Promise<SummaryOutcome> {
    this.record('writeSummary', grids, options);
    if (this.summaryExists.length > 0 && !options.replace) {
      return Promise.resolve({ kind: 'exists', sheets: this.summaryExists });
    }
    return Promise.resolve({ kind: 'written', sheets: grids.map((grid) => grid.name) });
  }

  insertTemplate(template: TemplateSheet): Promise<string> {
    this.record('insertTemplate', template);
    return Promise.resolve(`${template.name} (2)`);
  }
}
