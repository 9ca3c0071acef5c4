import { OfficeMockObject } from 'office-addin-mock';

/**
 * A small Excel object model on office-addin-mock: one active sheet whose ranges are declared up
 * front by address (asking for an undeclared range fails the test, so tests pin exact addresses),
 * plus logs of what the gateway selected, formatted and stored.
 */
type Scalar = string | number | boolean;

export interface RangeSpec {
  readonly values: Scalar[][];
  readonly formulas?: Scalar[][];
  readonly numberFormat?: string[][];
  /** Merged areas inside this range, null for none (a null object). */
  readonly merged?: string | null;
}

export interface MockSpec {
  readonly sheet: string;
  readonly used?: { readonly address: string; readonly rowCount: number; readonly columnCount: number };
  /** Merged areas address, null for "no merged areas" (a null object). */
  readonly merged?: string | null;
  readonly ranges?: Readonly<Record<string, RangeSpec>>;
  readonly storedChoices?: string;
  readonly sheetNames?: readonly string[];
}

export interface ConditionalFormatCall {
  readonly range: string;
  readonly type: string;
  readonly textComparison: { format: { fill: { color?: string }; font: { color?: string } }; rule?: unknown };
}

export interface NewSheetWrite {
  sheet: string;
  address: string;
  formulas?: unknown;
  values?: unknown;
  numberFormat?: unknown;
  format: { font: { bold?: boolean }; autofitColumns: () => void; columnWidth?: number };
  merged?: boolean;
}

export interface ChartCall {
  readonly sheet: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly title: { text?: string };
  position?: [string, string];
}

export interface ExcelMock {
  readonly context: Excel.RequestContext;
  readonly sync: jest.SpyInstance;
  /** Every address passed to getRange on the active sheet, in order. */
  readonly requested: string[];
  readonly ranges: Record<string, Record<string, unknown>>;
  readonly loads: { address: string; properties: unknown }[];
  readonly conditionalFormats: ConditionalFormatCall[];
  readonly cleared: string[];
  readonly selected: string[];
  readonly activated: string[];
  readonly settings: Map<string, unknown>;
  readonly addedSheets: string[];
  readonly newSheetWrites: NewSheetWrite[];
  readonly deleted: string[];
  readonly charts: ChartCall[];
  readonly frozen: [string, number][];
  /** The valuesOnly argument of each getUsedRange call. */
  readonly usedRangeValuesOnly: boolean[];
}

function valueType(value: Scalar): string {
  if (value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return /^#(N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!)$/.test(value) ? 'Error' : 'String';
}

export function mockExcel(spec: MockSpec): ExcelMock {
  const log = {
    requested: [] as string[],
    loads: [] as { address: string; properties: unknown }[],
    conditionalFormats: [] as ConditionalFormatCall[],
    cleared: [] as string[],
    selected: [] as string[],
    activated: [] as string[],
    settings: new Map<string, unknown>(),
    addedSheets: [] as string[],
    newSheetWrites: [] as NewSheetWrite[],
    deleted: [] as string[],
    charts: [] as ChartCall[],
    frozen: [] as [string, number][],
    usedRangeValuesOnly: [] as boolean[],
  };
  const conditionalFormatsOf = (address: string) => ({
    clearAll: () => log.cleared.push(address),
    add: (type: string) => {
      const call: ConditionalFormatCall = { range: address, type, textComparison: { format: { fill: {}, font: {} } } };
      log.conditionalFormats.push(call);
      return call;
    },
  });
  const rangeData = (address: string, range: RangeSpec) => ({
    address,
    values: range.values,
    valueTypes: range.values.map((row) => row.map(valueType)),
    formulas: range.formulas ?? range.values,
    numberFormat: range.numberFormat ?? range.values.map((row) => row.map(() => 'General')),
    format: { font: { bold: false } },
    select: () => log.selected.push(address),
    conditionalFormats: conditionalFormatsOf(address),
    mergedAreas: { address: range.merged ?? '' },
    getMergedAreasOrNullObject(this: { mergedAreas: unknown }) {
      return this.mergedAreas;
    },
  });
  const ranges: Record<string, unknown> = {};
  for (const [address, range] of Object.entries(spec.ranges ?? {})) ranges[address] = rangeData(address, range);

  const newSheet = (name: string) => ({
    getRange: (address: string) => {
      const write: NewSheetWrite = { sheet: name, address, format: { font: {}, autofitColumns: () => undefined } };
      log.newSheetWrites.push(write);
      return Object.assign(write, {
        conditionalFormats: conditionalFormatsOf(address),
        merge: () => {
          write.merged = true;
        },
      });
    },
    activate: () => log.activated.push(name),
    charts: {
      add: (type: string, source: { address: string }, seriesBy: string) => {
        const chart: ChartCall & { setPosition: (a: string, b: string) => void } = {
          sheet: name,
          type,
          source: source.address,
          seriesBy,
          title: {},
          setPosition: (start: string, end: string) => {
            chart.position = [start, end];
          },
        };
        log.charts.push(chart);
        return chart;
      },
    },
    freezePanes: { freezeRows: (rows: number) => log.frozen.push([name, rows]) },
  });

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        sheet: {
          name: spec.sheet,
          usedRange: {
            address: spec.used?.address ?? `${spec.sheet}!A1`,
            rowCount: spec.used?.rowCount ?? 1,
            columnCount: spec.used?.columnCount ?? 1,
            mergedAreas: { address: spec.merged ?? '' },
            getMergedAreasOrNullObject(this: { mergedAreas: unknown }) {
              return this.mergedAreas;
            },
          },
          ranges,
          getUsedRange(this: { usedRange: unknown }, valuesOnly?: boolean) {
            log.usedRangeValuesOnly.push(valuesOnly === true);
            return this.usedRange;
          },
          getRange(this: { ranges: Record<string, unknown> }, address: string) {
            log.requested.push(address);
            const range = this.ranges[address];
            if (!range) throw new Error(`test declared no range ${address}`);
            return range;
          },
          activate: () => log.activated.push(spec.sheet),
        },
        getActiveWorksheet(this: { sheet: unknown }) {
          return this.sheet;
        },
        getItem(this: { sheet: unknown }, name: string) {
          if (name === spec.sheet) return this.sheet;
          if (spec.sheetNames?.includes(name)) {
            const sheet = { name, delete: () => log.deleted.push(sheet.name) };
            return sheet;
          }
          throw Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
        },
        load: () => undefined,
        add: (name: string) => {
          log.addedSheets.push(name);
          return newSheet(name);
        },
      },
      settings: {
        item: { value: spec.storedChoices ?? '' },
        getItemOrNullObject(this: { item: unknown }) {
          return this.item;
        },
        add: (key: string, value: unknown) => log.settings.set(key, value),
      },
    },
  });

  const workbook = context.workbook as Record<string, Record<string, Record<string, unknown>>>;
  // Office fills isNullObject and collection items without a load; the mock needs them set by hand.
  const used = workbook.worksheets!.sheet!.usedRange as { mergedAreas: Record<string, unknown> };
  used.mergedAreas.isNullObject = spec.merged === null || spec.merged === undefined;
  workbook.settings!.item!.isNullObject = spec.storedChoices === undefined;
  workbook.worksheets!.items = (spec.sheetNames ?? [spec.sheet]).map((name) => ({ name })) as never;

  const sheetRanges = workbook.worksheets!.sheet!.ranges as Record<string, Record<string, unknown>>;
  for (const [address, declared] of Object.entries(spec.ranges ?? {})) {
    const range = sheetRanges[address]!;
    (range.mergedAreas as Record<string, unknown>).isNullObject =
      declared.merged === null || declared.merged === undefined;
    const load = (range.load as (p: unknown) => unknown).bind(range);
    range.load = (properties: unknown) => {
      log.loads.push({ address, properties });
      return load(properties);
    };
  }

  const sync = jest.spyOn(context, 'sync');
  return { context: context as unknown as Excel.RequestContext, sync, ranges: sheetRanges, ...log };
}

/** Runs a batch on the mock the way Excel.run would. */
export function runnerFor(mock: ExcelMock) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(mock.context);
}

export const ALL_SUPPORTED = { isSetSupported: () => true };
