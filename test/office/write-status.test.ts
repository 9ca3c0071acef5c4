import { GatewayError } from '../../src/office/errors';
import { OfficeGateway } from '../../src/office/office-gateway';
import type { StatusColumnsPlan } from '../../src/workbook/gateway';
import { STATUS_STYLES } from '../../src/workbook/status-styles';
import type { RequirementChecker } from '../../src/office/requirements';
import { ALL_SUPPORTED, mockExcel, runnerFor, type RangeSpec } from './mock-excel';

// Rows 2–4 and 6 are indicator rows (row 5 is a section heading); actual in D, target in C.
const ROWS = [2, 3, 4, 6];
const plan: StatusColumnsPlan = {
  sheet: '進捗',
  progress: {
    column: 'E',
    headerRow: 1,
    header: '進捗率',
    numberFormat: '0.0%',
    cells: ROWS.map((row) => ({ row, formula: `=KUSEI.PROGRESS(D${row},C${row})`, cached: null })),
  },
  status: {
    column: 'F',
    headerRow: 1,
    header: '状況',
    numberFormat: 'General',
    cells: ROWS.map((row) => ({ row, formula: `=KUSEI.STATUS(D${row},C${row},1,3)`, cached: null })),
  },
  styles: STATUS_STYLES,
};

function targetRanges(overrides: Record<string, RangeSpec> = {}): Record<string, RangeSpec> {
  return {
    E1: { values: [['']] },
    'E2:E4': { values: [[''], [''], ['']] },
    E6: { values: [['']] },
    F1: { values: [['']] },
    'F2:F4': { values: [[''], [''], ['']] },
    F6: { values: [['']] },
    'F2:F6': { values: [[''], [''], [''], [''], ['']] },
    ...overrides,
  };
}

function setup(ranges: Record<string, RangeSpec>, host: RequirementChecker = ALL_SUPPORTED) {
  const mock = mockExcel({ sheet: '進捗', ranges });
  return { mock, gateway: new OfficeGateway(runnerFor(mock), host) };
}

describe('OfficeGateway.writeStatusColumns', () => {
  it('writes headers, live formulas and formats for each run of rows in one batch after one read', async () => {
    const { mock, gateway } = setup(targetRanges());

    const outcome = await gateway.writeStatusColumns(plan, { overwrite: false });

    expect(outcome).toEqual({ kind: 'written', cells: 10 });
    expect(mock.sync).toHaveBeenCalledTimes(2);
    expect(mock.ranges.E1?.values).toEqual([['進捗率']]);
    expect(mock.ranges.F1?.values).toEqual([['状況']]);
    expect(mock.ranges['E2:E4']?.formulas).toEqual([
      ['=KUSEI.PROGRESS(D2,C2)'],
      ['=KUSEI.PROGRESS(D3,C3)'],
      ['=KUSEI.PROGRESS(D4,C4)'],
    ]);
    expect(mock.ranges['E2:E4']?.numberFormat).toEqual([['0.0%'], ['0.0%'], ['0.0%']]);
    expect(mock.ranges.E6?.formulas).toEqual([['=KUSEI.PROGRESS(D6,C6)']]);
    expect(mock.ranges['F2:F4']?.formulas).toEqual([
      ['=KUSEI.STATUS(D2,C2,1,3)'],
      ['=KUSEI.STATUS(D3,C3,1,3)'],
      ['=KUSEI.STATUS(D4,C4,1,3)'],
    ]);
    expect(mock.ranges.F6?.formulas).toEqual([['=KUSEI.STATUS(D6,C6,1,3)']]);
    expect((mock.ranges.E1?.format as { font: { bold: boolean } }).font.bold).toBe(true);
  });

  it('colours the four status words on the status rows, replacing earlier rules', async () => {
    const { mock, gateway } = setup(targetRanges());

    await gateway.writeStatusColumns(plan, { overwrite: false });

    expect(mock.cleared).toEqual(['F2:F6']);
    expect(
      mock.conditionalFormats.map((call) => ({
        range: call.range,
        type: call.type,
        rule: call.textComparison.rule,
        fill: call.textComparison.format.fill.color,
        font: call.textComparison.format.font.color,
      })),
    ).toEqual(
      STATUS_STYLES.map((style) => ({
        range: 'F2:F6',
        type: 'ContainsText',
        rule: { operator: 'Contains', text: style.text },
        fill: style.fill,
        font: style.font,
      })),
    );
    expect(STATUS_STYLES.map((style) => style.text)).toEqual([
      '目標達成',
      '概ね順調',
      '必ずしも順調ではない',
      '未測定',
      // The portable columns' own words (issue 14): look at the actual, or not judged per ward.
      '要確認',
      '参考',
      '全市で判定',
    ]);
  });

  it('touches no cell outside the two status columns', async () => {
    const { mock, gateway } = setup(targetRanges());
    await gateway.writeStatusColumns(plan, { overwrite: false });
    expect(mock.requested.every((address) => /^[EF]\d+(:[EF]\d+)?$/.test(address))).toBe(true);
  });

  it('reports non-empty target cells and writes nothing without consent', async () => {
    const { mock, gateway } = setup(
      targetRanges({ 'E2:E4': { values: [[''], ['メモ'], ['']] }, F1: { values: [['担当']] } }),
    );

    const outcome = await gateway.writeStatusColumns(plan, { overwrite: false });

    expect(outcome).toEqual({
      kind: 'conflicts',
      conflicts: [
        { address: 'E3', text: 'メモ' },
        { address: 'F1', text: '担当' },
      ],
    });
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(mock.ranges['E2:E4']?.formulas).toEqual([[''], ['メモ'], ['']]);
    expect(mock.ranges.F1?.formulas).toEqual([['担当']]);
    expect(mock.ranges.F1?.values).not.toEqual([['状況']]);
    expect(mock.conditionalFormats).toEqual([]);
  });

  it('overwrites them once the user agrees', async () => {
    const { mock, gateway } = setup(targetRanges({ 'E2:E4': { values: [[''], ['メモ'], ['']] } }));

    const outcome = await gateway.writeStatusColumns(plan, { overwrite: true });

    expect(outcome.kind).toBe('written');
    expect(mock.ranges['E2:E4']?.formulas).toEqual([
      ['=KUSEI.PROGRESS(D2,C2)'],
      ['=KUSEI.PROGRESS(D3,C3)'],
      ['=KUSEI.PROGRESS(D4,C4)'],
    ]);
  });

  it('refreshes its own earlier columns without asking (headers and KUSEI formulas, _xldudf_ too)', async () => {
    const { gateway } = setup(
      targetRanges({
        E1: { values: [['進捗率']] },
        'E2:E4': {
          values: [[0.416], [0.5], [1]],
          formulas: [['=KUSEI.PROGRESS(D2,C2)'], ['=_xldudf_KUSEI.PROGRESS(D3,C3)'], ['=KUSEI.PROGRESS(D4,C4)']],
        },
      }),
    );
    const outcome = await gateway.writeStatusColumns(plan, { overwrite: false });
    expect(outcome.kind).toBe('written');
  });

  it('leaves conditional formats out on a host without ExcelApi 1.6', async () => {
    const host = { isSetSupported: (_name: string, version?: string) => version !== '1.6' && version !== '1.13' };
    const { mock, gateway } = setup(targetRanges(), host);

    await gateway.writeStatusColumns(plan, { overwrite: false });

    expect(mock.conditionalFormats).toEqual([]);
    expect(gateway.missingFeatures().map((missing) => missing.requirement)).toEqual(['ExcelApi 1.6', 'ExcelApi 1.13']);
  });

  it('rethrows an Office failure as a GatewayError with code and debugInfo', async () => {
    const { mock, gateway } = setup(targetRanges());
    mock.sync.mockRejectedValueOnce({
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing or has an incorrect format.',
      debugInfo: { errorLocation: 'Range.formulas' },
    });

    const failure = gateway.writeStatusColumns(plan, { overwrite: false });

    await expect(failure).rejects.toBeInstanceOf(GatewayError);
    await expect(failure).rejects.toMatchObject({
      code: 'InvalidArgument',
      operation: 'writeStatusColumns',
      debugInfo: { errorLocation: 'Range.formulas' },
    });
  });
});
