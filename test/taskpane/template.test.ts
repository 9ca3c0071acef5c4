import { FY2015_CATALOGUE } from '../../src/core/index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { readSheet } from '../../src/core/validate/read-sheet';
import { coreEngine } from '../../src/taskpane/core-engine';

describe('Insert a template (テンプレートを挿入)', () => {
  const template = coreEngine.template(DEFAULT_SETTINGS, '此花区');

  it('lays out one row per ward-scope indicator of the FY2015 catalogue, targets filled in', () => {
    expect(template.name).toBe('此花区 平成27年度');
    expect(template.rows[0]).toEqual([
      '区名',
      '指標番号',
      '取組の方向性',
      '目標値',
      '単位',
      '平成27年度実績',
      '進捗率',
      '状況',
      '区運営方針への記載',
      '取組の実施状況',
      '備考',
    ]);
    // 17 indicators; 1-3-ア is built once by the city (domain §6), not by each ward.
    const wardScope = FY2015_CATALOGUE.indicators.filter((indicator) => indicator.scope !== 'city');
    expect(FY2015_CATALOGUE.indicators).toHaveLength(17);
    expect(template.rows).toHaveLength(1 + wardScope.length);
    expect(template.rows.slice(1).map((row) => row[1])).not.toContain('1-3-ア');
    const first = template.rows[1];
    expect(first?.slice(0, 2)).toEqual(['此花区', '1-1-ア']);
    expect(first?.[3]).toBe(FY2015_CATALOGUE.indicators[0]?.target);
  });

  it('has the status formulas ready, showing 未測定 until an actual is written (R7)', () => {
    expect(template.rows[1]?.[6]).toBe('=KUSEI.PROGRESS(F2,D2)');
    expect(template.rows[1]?.[7]).toBe('=KUSEI.STATUS(F2,D2,1,3)');
    expect(template.cached.H2).toBe('未測定');
    expect(template.columnFormats[6]).toBe('0.0%');
    expect(template.statusColumn).toBe('H');
  });

  it('is read back as the KUSEI standard layout, every column mapped', () => {
    const sheet: SheetSnapshot = {
      name: template.name,
      origin: 'A1',
      values: template.rows.map((row) =>
        row.map((cell) => (typeof cell === 'string' && cell.startsWith('=') ? null : cell)),
      ),
    };
    const reading = readSheet(sheet, { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE });
    expect(reading.layout).toBe('standard');
    expect(reading.tables[0]?.columns.map((column) => [column.column, column.field])).toEqual(
      expect.arrayContaining([
        ['A', 'ward'],
        ['B', 'indicatorId'],
        ['D', 'target'],
        ['F', 'actual'],
      ]),
    );
    expect(reading.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
