import type { SummaryGrid } from '../../src/core/report/grids';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { OfficeGateway } from '../../src/office/office-gateway';
import { CHOICES_KEY } from '../../src/workbook/choices';
import type { TemplateSheet } from '../../src/workbook/gateway';
import { STATUS_STYLES } from '../../src/workbook/status-styles';
import { ALL_SUPPORTED, mockExcel, runnerFor } from './mock-excel';

describe('OfficeGateway workbook settings', () => {
  it('reads stored choices from context.workbook.settings in one sync', async () => {
    const stored = JSON.stringify({
      settings: { ...DEFAULT_SETTINGS, reportYear: 2016 },
      mappings: { 進捗: { tables: [{ headerRow: 4, columns: { E: 'target', F: 'actual' } }] } },
    });
    const mock = mockExcel({ sheet: '進捗', storedChoices: stored });

    const choices = await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).loadChoices();

    expect(choices.settings?.reportYear).toBe(2016);
    expect(choices.mappings).toEqual({ 進捗: { tables: [{ headerRow: 4, columns: { E: 'target', F: 'actual' } }] } });
    expect(mock.sync).toHaveBeenCalledTimes(1);
  });

  it('gives empty choices for a workbook that has none', async () => {
    const mock = mockExcel({ sheet: '進捗' });
    const choices = await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).loadChoices();
    expect(choices).toEqual({ settings: null, mappings: {} });
  });

  it('drops malformed stored settings instead of trusting them', async () => {
    const mock = mockExcel({
      sheet: '進捗',
      storedChoices:
        '{"settings":{"planYears":"3"},"mappings":{"S":{"actual":"F"},"T":{"tables":[{"headerRow":2,"columns":{}}]}}}',
    });
    const choices = await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).loadChoices();
    expect(choices).toEqual({ settings: null, mappings: { T: { tables: [{ headerRow: 2, columns: {} }] } } });
  });

  it('saves choices as JSON under one key', async () => {
    const mock = mockExcel({ sheet: '進捗' });
    const choices = {
      settings: DEFAULT_SETTINGS,
      mappings: { 進捗: { tables: [{ headerRow: 1, columns: { G: 'actual' as const } }] } },
    };

    await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).saveChoices(choices);

    expect(mock.settings.get(CHOICES_KEY)).toBe(JSON.stringify(choices));
    expect(mock.sync).toHaveBeenCalledTimes(1);
  });

  it('does not touch settings on a host without ExcelApi 1.4', async () => {
    const mock = mockExcel({ sheet: '進捗', storedChoices: '{}' });
    const host = { isSetSupported: (_name: string, version?: string) => version === '1.1' };
    const choices = await new OfficeGateway(runnerFor(mock), host).loadChoices();
    expect(choices).toEqual({ settings: null, mappings: {} });
    expect(mock.sync).not.toHaveBeenCalled();
  });
});

describe('OfficeGateway.selectCell', () => {
  it('activates the sheet and selects the finding cell in one sync', async () => {
    const mock = mockExcel({ sheet: '進捗', ranges: { F12: { values: [['abc']] } } });

    await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).selectCell('進捗', 'F12');

    expect(mock.activated).toEqual(['進捗']);
    expect(mock.selected).toEqual(['F12']);
    expect(mock.sync).toHaveBeenCalledTimes(1);
  });
});

describe('OfficeGateway.insertTemplate', () => {
  const template: TemplateSheet = {
    name: 'KUSEI 入力',
    rows: [
      ['区名', '指標番号', '指標', '目標値', '実績', '進捗率', '状況'],
      [
        '福島区',
        '1-1-ア',
        '人と人とのつながりづくりの促進',
        '50%以上',
        null,
        '=KUSEI.PROGRESS(E2,D2)',
        '=KUSEI.STATUS(E2,D2,1,3)',
      ],
    ],
    columnFormats: { 5: '0.0%' },
    cached: {},
    headerRow: 1,
    statusColumn: 'G',
    styles: STATUS_STYLES,
  };

  it('adds a sheet under a free name and writes rows, formats and status colours in one batch', async () => {
    const mock = mockExcel({ sheet: '進捗', sheetNames: ['進捗', 'KUSEI 入力'] });

    const name = await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).insertTemplate(template);

    expect(name).toBe('KUSEI 入力 (2)');
    expect(mock.addedSheets).toEqual(['KUSEI 入力 (2)']);
    expect(mock.sync).toHaveBeenCalledTimes(2);
    const body = mock.newSheetWrites.find((write) => write.address === 'A1:G2');
    expect(body?.formulas).toEqual([
      ['区名', '指標番号', '指標', '目標値', '実績', '進捗率', '状況'],
      [
        '福島区',
        '1-1-ア',
        '人と人とのつながりづくりの促進',
        '50%以上',
        '',
        '=KUSEI.PROGRESS(E2,D2)',
        '=KUSEI.STATUS(E2,D2,1,3)',
      ],
    ]);
    expect(mock.newSheetWrites.find((write) => write.address === 'F2:F2')?.numberFormat).toEqual([['0.0%']]);
    expect(mock.newSheetWrites.find((write) => write.address === 'A1:G1')?.format.font.bold).toBe(true);
    expect(mock.conditionalFormats.map((call) => [call.range, call.textComparison.rule])).toEqual(
      STATUS_STYLES.map((style) => ['G2:G2', { operator: 'Contains', text: style.text }]),
    );
    expect(mock.activated).toEqual(['KUSEI 入力 (2)']);
  });
});

describe('OfficeGateway.writeSummary (issue 6: 全区一覧 and 集計 into the open workbook)', () => {
  const formula = (text: string, result: number) => ({ formula: text, result });
  const summary: SummaryGrid = {
    name: '集計',
    rows: [
      ['区政運営基本方針　平成27年度の進捗状況（全区集計）'],
      [],
      ['表２　成果目標値達成に向けた進捗状況'],
      ['指標番号', '成果指標', '件数', '概ね順調', 'うち目標達成', '必ずしも順調ではない', '未測定', '備考'],
      [
        '1-1-ア',
        'つながり',
        formula('COUNTIFS(A)', 24),
        formula('COUNTIFS(B)', 24),
        formula('COUNTIFS(C)', 17),
        formula('COUNTIFS(D)', 0),
        formula('COUNTIFS(E)', 0),
        null,
      ],
      ['1-3-イ', 'CB/SB', formula('SUMIFS(F)', 5), null, formula('COUNTIFS(G)', 4), null, null, '参考'],
      ['計', '1項目', formula('X', 24), formula('Y', 24), formula('Z', 17), formula('W', 0), formula('V', 0), null],
    ],
    columnWidths: [18, 44],
    headingRows: [1, 4, 7],
    formats: { C6: '"("0")"' },
    merges: ['A1:H1'],
    freezeRows: 0,
    print: {},
    chart: {
      column: 9,
      headerRow: 4,
      rows: [
        ['指標番号', '目標達成', '概ね順調（目標達成を除く）', '必ずしも順調ではない', '未測定'],
        ['1-1-ア', formula('E5', 17), formula('D5-E5', 7), formula('F5', 0), formula('G5', 0)],
      ],
      range: 'J4:N5',
      title: '指標別の状況（件数）',
    },
  };
  const list: SummaryGrid = {
    name: '全区一覧',
    rows: [
      ['区名', '指標番号', '進捗率'],
      ['北区', '1-1-ア', 0.608],
    ],
    columnWidths: [10],
    headingRows: [1],
    formats: { C2: '0.0%' },
    merges: [],
    freezeRows: 1,
    print: {},
  };

  it('adds both sheets, writes their formulas, formats and a stacked bar chart of statuses, in two syncs', async () => {
    const mock = mockExcel({ sheet: '進捗', sheetNames: ['進捗'] });

    const outcome = await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).writeSummary([summary, list], {
      replace: false,
    });

    expect(outcome).toEqual({ kind: 'written', sheets: ['集計', '全区一覧'] });
    expect(mock.sync).toHaveBeenCalledTimes(2);
    expect(mock.addedSheets).toEqual(['集計', '全区一覧']);
    // Text as values in text-formatted cells; only KUSEI's own formulas as formulas, cell by cell.
    const body = mock.newSheetWrites.find((write) => write.sheet === '集計' && write.address === 'A1:H7');
    expect(body?.values).toEqual([
      ['区政運営基本方針　平成27年度の進捗状況（全区集計）', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['表２　成果目標値達成に向けた進捗状況', '', '', '', '', '', '', ''],
      ['指標番号', '成果指標', '件数', '概ね順調', 'うち目標達成', '必ずしも順調ではない', '未測定', '備考'],
      ['1-1-ア', 'つながり', '', '', '', '', '', ''],
      ['1-3-イ', 'CB/SB', '', '', '', '', '', '参考'],
      ['計', '1項目', '', '', '', '', '', ''],
    ]);
    expect(body?.formulas).toBeUndefined();
    expect((body?.numberFormat as string[][])[5]).toEqual([
      '@',
      '@',
      'General',
      'General',
      'General',
      'General',
      'General',
      '@',
    ]);
    const formulaAt = (address: string) =>
      mock.newSheetWrites.find((write) => write.sheet === '集計' && write.address === address)?.formulas;
    expect(formulaAt('C5')).toEqual([['=COUNTIFS(A)']]);
    expect(formulaAt('E6')).toEqual([['=COUNTIFS(G)']]);
    expect(formulaAt('G7')).toEqual([['=V']]);
    expect(
      mock.newSheetWrites.find((write) => write.sheet === '集計' && write.address === 'C6' && write.numberFormat)
        ?.numberFormat,
    ).toEqual([['"("0")"']]);
    expect(mock.newSheetWrites.find((write) => write.sheet === '集計' && write.address === 'A1:H1')?.merged).toBe(true);
    expect(
      mock.newSheetWrites.find((write) => write.sheet === '全区一覧' && write.address === 'C2')?.numberFormat,
    ).toEqual([['0.0%']]);
    expect(mock.frozen).toEqual([['全区一覧', 1]]);

    // The chart's data: counted indicators only (1-3-イ is reference-only), as formulas over Table 2.
    const block = mock.newSheetWrites.find(
      (write) => write.sheet === '集計' && write.address === 'J4:N5' && write.values !== undefined,
    );
    expect(block?.values).toEqual([
      ['指標番号', '目標達成', '概ね順調（目標達成を除く）', '必ずしも順調ではない', '未測定'],
      ['1-1-ア', '', '', '', ''],
    ]);
    expect(['K5', 'L5', 'M5', 'N5'].map(formulaAt)).toEqual([[['=E5']], [['=D5-E5']], [['=F5']], [['=G5']]]);
    expect(
      mock.charts.map(({ sheet, type, source, seriesBy, title }) => ({ sheet, type, source, seriesBy, title })),
    ).toEqual([
      {
        sheet: '集計',
        type: 'BarStacked',
        source: 'J4:N5',
        seriesBy: 'Columns',
        title: { text: '指標別の状況（件数）' },
      },
    ]);
    expect(mock.activated).toEqual(['集計']);
  });

  it('does not replace sheets of the same name without consent, and replaces them with it', async () => {
    const mock = mockExcel({ sheet: '進捗', sheetNames: ['進捗', '集計'] });
    const gateway = new OfficeGateway(runnerFor(mock), ALL_SUPPORTED);

    expect(await gateway.writeSummary([summary, list], { replace: false })).toEqual({
      kind: 'exists',
      sheets: ['集計'],
    });
    expect(mock.addedSheets).toEqual([]);
    expect(mock.deleted).toEqual([]);

    await gateway.writeSummary([summary, list], { replace: true });
    expect(mock.deleted).toEqual(['集計~old1']);
    expect(mock.addedSheets).toEqual(['集計', '全区一覧']);
  });

  it('never deletes the last sheet: the old sheets step aside and go only after the new ones are added', async () => {
    // A workbook holding nothing but an earlier 集計 and 全区一覧: deleting both first would leave none.
    const mock = mockExcel({ sheet: '表紙', sheetNames: ['集計', '全区一覧'] });
    const order: string[] = [];
    const worksheets = mock.context.workbook.worksheets as unknown as {
      add: (name: string) => unknown;
      getItem: (name: string) => { name: string; delete: () => void };
    };
    const add = worksheets.add.bind(worksheets);
    worksheets.add = (name) => {
      order.push(`add ${name}`);
      return add(name);
    };
    const getItem = worksheets.getItem.bind(worksheets);
    worksheets.getItem = (name) => {
      const sheet = getItem(name);
      const remove = sheet.delete.bind(sheet);
      sheet.delete = () => {
        order.push(`delete ${sheet.name}`);
        remove();
      };
      return sheet;
    };

    await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).writeSummary([summary, list], { replace: true });

    expect(order).toEqual(['add 集計', 'add 全区一覧', 'delete 集計~old1', 'delete 全区一覧~old1']);
  });
});
