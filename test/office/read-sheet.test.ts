import { OfficeGateway } from '../../src/office/office-gateway';
import { CELLS_PER_REQUEST, splitAreas } from '../../src/office/read-sheet';
import { ALL_SUPPORTED, mockExcel, runnerFor, type RangeSpec } from './mock-excel';

/** A 福島区-style sheet of n data rows under a header (columns A–E). */
function sheetRows(dataRows: number): (string | number)[][] {
  const rows: (string | number)[][] = [['区名', '指標番号', '目標値', '27年度実績', '備考']];
  for (let i = 0; i < dataRows; i++) rows.push(['福島区', '1-1-ア', '50%以上', 0.247, '']);
  return rows;
}

function gatewayOver(rows: (string | number)[][], ranges: Record<string, RangeSpec>, merged?: string | null) {
  const mock = mockExcel({
    sheet: '進捗',
    used: { address: `進捗!A1:E${rows.length}`, rowCount: rows.length, columnCount: 5 },
    merged,
    ranges,
  });
  return { mock, gateway: new OfficeGateway(runnerFor(mock), ALL_SUPPORTED) };
}

describe('OfficeGateway.readActiveSheet', () => {
  it('loads values, value types, formulas and number formats of the used range and converts them', async () => {
    const values = [
      ['区名', '目標値', '実績', '進捗率', '状況'],
      ['福島区', '50%以上', 0.247, 0.494, '#N/A'],
      ['都島区', '', '未測定', '', ''],
    ];
    const formulas = [
      values[0]!,
      ['福島区', '50%以上', 0.247, '=KUSEI.PROGRESS(C2,B2)', '=NA()'],
      ['都島区', '', '未測定', '', ''],
    ];
    const numberFormat = values.map((row) => row.map((_, c) => (c === 2 || c === 3 ? '0.0%' : 'General')));
    const { mock, gateway } = gatewayOver(
      values,
      { 'A1:E3': { values, formulas, numberFormat } },
      '進捗!A1:B1, 進捗!C1:C1',
    );

    const snapshot = await gateway.readActiveSheet();

    expect(mock.loads).toEqual([{ address: 'A1:E3', properties: 'values,valueTypes,formulas,numberFormat' }]);
    expect(snapshot.name).toBe('進捗');
    expect(snapshot.origin).toBe('A1');
    expect(snapshot.values[1]).toEqual(['福島区', '50%以上', 0.247, 0.494, { cellError: '#N/A' }]);
    expect(snapshot.values[2]).toEqual(['都島区', null, '未測定', null, null]);
    expect(snapshot.formulas?.[1]).toEqual([null, null, null, 'KUSEI.PROGRESS(C2,B2)', 'NA()']);
    expect(snapshot.numberFormats?.[1]?.[2]).toBe('0.0%');
    expect(snapshot.merges).toEqual(['A1:B1', 'C1:C1']);
  });

  it('costs three syncs for 10 rows and the same three for 20,000 rows', async () => {
    for (const dataRows of [10, 20_000]) {
      const rows = sheetRows(dataRows);
      const address = `A1:E${rows.length}`;
      const { mock, gateway } = gatewayOver(rows, { [address]: { values: rows } }, null);

      const snapshot = await gateway.readActiveSheet();

      // Size, merged areas (a sync of their own, issue 14 §4), cells.
      expect(mock.sync).toHaveBeenCalledTimes(3);
      expect(mock.requested).toEqual([address]);
      expect(snapshot.values).toHaveLength(rows.length);
      expect(snapshot.values[rows.length - 1]).toEqual(['福島区', '1-1-ア', '50%以上', 0.247, null]);
      expect(snapshot.merges).toEqual([]);
    }
  });

  it('reads a sheet larger than one request in row chunks, one sync each', async () => {
    const rows = sheetRows(69_999); // 70,000 rows x 5 columns = 350,000 cells
    const perChunk = CELLS_PER_REQUEST / 5;
    expect(perChunk).toBe(30_000);
    const ranges = {
      'A1:E30000': { values: rows.slice(0, 30_000) },
      'A30001:E60000': { values: rows.slice(30_000, 60_000) },
      'A60001:E70000': { values: rows.slice(60_000) },
    };
    const { mock, gateway } = gatewayOver(rows, ranges, null);

    const snapshot = await gateway.readActiveSheet();

    expect(mock.requested).toEqual(['A1:E30000', 'A30001:E60000', 'A60001:E70000']);
    expect(mock.sync).toHaveBeenCalledTimes(5);
    expect(snapshot.values).toHaveLength(70_000);
    expect(snapshot.values[0]?.[0]).toBe('区名');
    expect(snapshot.values[69_999]?.[3]).toBe(0.247);
  });

  // A request over Excel's size limit, or a response over it (long texts fail on the way back).
  it.each(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'])(
    'reads again in smaller chunks when Excel says %s',
    async (code) => {
      const rows = sheetRows(20_000); // 20,001 rows: one request by the cell count, too big by content here
      const ranges = {
        'A1:E20001': { values: rows },
        'A1:E7500': { values: rows.slice(0, 7_500) },
        'A7501:E15000': { values: rows.slice(7_500, 15_000) },
        'A15001:E20001': { values: rows.slice(15_000) },
      };
      const { mock, gateway } = gatewayOver(rows, ranges, null);
      const sync = mock.sync.getMockImplementation();
      let calls = 0;
      mock.sync.mockImplementation(function (this: unknown) {
        calls++;
        if (calls === 3) return Promise.reject(Object.assign(new Error('too large'), { code, debugInfo: {} }));
        return sync ? (sync.call(this) as Promise<void>) : Promise.resolve();
      });

      const snapshot = await gateway.readActiveSheet();

      expect(mock.requested).toEqual(['A1:E20001', 'A1:E7500', 'A7501:E15000', 'A15001:E20001']);
      expect(mock.sync).toHaveBeenCalledTimes(6);
      expect(snapshot.values).toHaveLength(20_001);
      expect(snapshot.values[20_000]?.[0]).toBe('福島区');
    },
  );

  it('rethrows any other failure as a GatewayError', async () => {
    const rows = sheetRows(10);
    const { mock, gateway } = gatewayOver(rows, { 'A1:E11': { values: rows } }, null);
    const sync = mock.sync.getMockImplementation();
    let calls = 0;
    mock.sync.mockImplementation(function (this: unknown) {
      calls++;
      if (calls === 3)
        return Promise.reject(
          Object.assign(new Error('boom'), { code: 'GeneralException', debugInfo: { errorLocation: 'Range.load' } }),
        );
      return sync ? (sync.call(this) as Promise<void>) : Promise.resolve();
    });
    await expect(gateway.readActiveSheet()).rejects.toMatchObject({
      code: 'GeneralException',
      operation: 'readActiveSheet',
    });
  });

  it('starts the snapshot where the used range starts', async () => {
    const rows = [['区名', '実績']];
    const mock = mockExcel({
      sheet: 'S',
      used: { address: "'S'!C4:D4", rowCount: 1, columnCount: 2 },
      ranges: { 'C4:D4': { values: rows } },
    });
    const snapshot = await new OfficeGateway(runnerFor(mock), ALL_SUPPORTED).readActiveSheet();
    expect(snapshot.origin).toBe('C4');
    expect(snapshot.values).toEqual([['区名', '実績']]);
  });

  it('does not ask for merged areas on a host without ExcelApi 1.13, and says so', async () => {
    const rows = sheetRows(1);
    const mock = mockExcel({
      sheet: '進捗',
      used: { address: '進捗!A1:E2', rowCount: 2, columnCount: 5 },
      merged: '進捗!A1:B1',
      ranges: { 'A1:E2': { values: rows } },
    });
    const host = { isSetSupported: (_name: string, version?: string) => version !== '1.13' };
    const gateway = new OfficeGateway(runnerFor(mock), host);

    const snapshot = await gateway.readActiveSheet();

    expect(snapshot.merges).toEqual([]);
    expect(gateway.missingFeatures()).toEqual([{ feature: 'mergedAreas', requirement: 'ExcelApi 1.13' }]);
  });
});

describe('splitAreas', () => {
  it('asks for the used range by values only', async () => {
    const rows = sheetRows(3);
    const { mock, gateway } = gatewayOver(rows, { 'A1:E4': { values: rows } }, null);
    await gateway.readActiveSheet();
    expect(mock.usedRangeValuesOnly).toEqual([true]);
  });

  it('asks Excel 2016 (ExcelApi 1.1, no valuesOnly) for the plain used range, and still writes status columns', async () => {
    const rows = sheetRows(3);
    const mock = mockExcel({
      sheet: '進捗',
      used: { address: '進捗!A1:E4', rowCount: 4, columnCount: 5 },
      ranges: { 'A1:E4': { values: rows } },
    });
    const excel2016 = { isSetSupported: (_set: string, version?: string) => version === '1.1' };
    const gateway = new OfficeGateway(runnerFor(mock), excel2016);
    await gateway.readActiveSheet();
    expect(mock.usedRangeValuesOnly).toEqual([false]);
    expect(gateway.missingFeatures().map((missing) => missing.feature)).not.toContain('write');
  });

  it('reads merged areas in their own sync, and the header rows alone when the sheet has too many', async () => {
    // ExcelApi 1.13 fails above 512 merged areas: the sheet's merges fail, the first 200 rows' do not.
    const rows = sheetRows(1_000);
    const ranges = {
      'A1:E1001': { values: rows },
      'A1:E200': { values: rows.slice(0, 200), merged: '進捗!A1:B1' },
    };
    const { mock, gateway } = gatewayOver(rows, ranges, '進捗!A1:B1, 進捗!A2:B2');
    const sync = mock.sync.getMockImplementation();
    let calls = 0;
    mock.sync.mockImplementation(function (this: unknown) {
      calls++;
      if (calls === 2)
        return Promise.reject(Object.assign(new Error('too many areas'), { code: 'GeneralException', debugInfo: {} }));
      return sync ? (sync.call(this) as Promise<void>) : Promise.resolve();
    });

    const snapshot = await gateway.readActiveSheet();

    expect(mock.requested).toEqual(['A1:E200', 'A1:E1001']);
    expect(snapshot.merges).toEqual(['A1:B1']);
    expect(snapshot.values).toHaveLength(1_001);
  });

  it('reads the sheet without merges when even the header rows have too many', async () => {
    const rows = sheetRows(10);
    const ranges = { 'A1:E11': { values: rows }, 'A1:E200': { values: rows } };
    const { mock, gateway } = gatewayOver(rows, ranges, '進捗!A1:B1');
    const sync = mock.sync.getMockImplementation();
    let calls = 0;
    mock.sync.mockImplementation(function (this: unknown) {
      calls++;
      if (calls === 2 || calls === 3)
        return Promise.reject(Object.assign(new Error('too many areas'), { code: 'GeneralException', debugInfo: {} }));
      return sync ? (sync.call(this) as Promise<void>) : Promise.resolve();
    });

    const snapshot = await gateway.readActiveSheet();

    expect(snapshot.merges).toEqual([]);
    expect(snapshot.values).toHaveLength(11);
  });

  it('reads a RangeAreas address with quoted sheet names and absolute references', () => {
    expect(splitAreas("'区 一覧'!$A$1:$C$2, '区 一覧'!D4:E4")).toEqual(['A1:C2', 'D4:E4']);
    expect(splitAreas('A1:B2,C3')).toEqual(['A1:B2', 'C3']);
  });
});
