import ExcelJS from 'exceljs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { workbookToSnapshot } from '../../src/files/exceljs-snapshot';
import { coreEngine } from '../../src/taskpane/core-engine';
import { MemoryGateway } from '../../src/taskpane/standalone/memory-gateway';

/** A ward sheet in the standard layout: 此花区's FY2015 figures for two indicators. */
function wardWorkbook(extra?: (sheet: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('此花区');
  sheet.addRow(['区名', '指標番号', '取組の方向性', '目標値', '単位', '27年度実績']);
  sheet.addRow(['此花区', '1-1-ア', '人と人とのつながりづくりの促進', '50%以上', '%', '20.8%']);
  sheet.addRow(['此花区', '2-3-ア-②', '来庁者への案内サービス', '3.5点以上', '点', '3点']);
  extra?.(sheet);
  return workbook;
}

async function checkedGateway(workbook: ExcelJS.Workbook) {
  const gateway = new MemoryGateway(workbook, '此花区.xlsx', (wb, name) => workbookToSnapshot(wb, name));
  // KUSEI formulas (設定 → 状況列の式 → KUSEI): their text is short to compare; the portable default is
  // proven in test/portable. 此花区's sheet maps no column right of 27年度実績, so beside it is free.
  const settings = { ...DEFAULT_SETTINGS, statusFormulas: 'kusei' as const };
  const check = coreEngine.check(await gateway.readActiveSheet(), settings, undefined);
  const { plan } = coreEngine.planStatusColumns(check, settings, 'besideActual');
  if (!plan) throw new Error('expected a plan');
  return { gateway, check, plan };
}

describe('MemoryGateway (standalone mode)', () => {
  it('writes live formulas with the core’s cached results, formats and status colours into the workbook', async () => {
    const workbook = wardWorkbook();
    const { gateway, plan } = await checkedGateway(workbook);
    expect([plan.progress.column, plan.status.column]).toEqual(['G', 'H']);

    const outcome = await gateway.writeStatusColumns(plan, { overwrite: false });

    expect(outcome).toEqual({ kind: 'written', cells: 6 });
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(await gateway.toBuffer());
    const sheet = reloaded.getWorksheet('此花区');
    expect(sheet?.getCell('G1').value).toBe('進捗率');
    expect(sheet?.getCell('H1').value).toBe('状況');
    expect(sheet?.getCell('G2').value).toEqual({ formula: 'KUSEI.PROGRESS(F2,D2)', result: 0.416 });
    expect(sheet?.getCell('G2').numFmt).toBe('0.0%');
    expect(sheet?.getCell('H2').value).toEqual({ formula: 'KUSEI.STATUS(F2,D2,1,3)', result: '概ね順調' });
    // R1: 3点 against 3.5点 is 85.7%, over the year-1 threshold 33.4%.
    expect(sheet?.getCell('H3').value).toEqual({ formula: 'KUSEI.STATUS(F3,D3,1,3)', result: '概ね順調' });
    const formattings = ((sheet as unknown as { conditionalFormattings?: unknown })?.conditionalFormattings ?? []) as {
      ref: string;
      rules: { formulae?: string[] }[];
    }[];
    const rules = formattings.flatMap((cf) => cf.rules.map((rule) => [cf.ref, rule.formulae?.[0]]));
    expect(rules).toEqual([
      ['H2:H3', 'NOT(ISERROR(SEARCH("目標達成",H2)))'],
      ['H2:H3', 'NOT(ISERROR(SEARCH("概ね順調",H2)))'],
      ['H2:H3', 'NOT(ISERROR(SEARCH("必ずしも順調ではない",H2)))'],
      ['H2:H3', 'NOT(ISERROR(SEARCH("未測定",H2)))'],
      ['H2:H3', 'NOT(ISERROR(SEARCH("要確認",H2)))'],
      ['H2:H3', 'NOT(ISERROR(SEARCH("参考",H2)))'],
      ['H2:H3', 'NOT(ISERROR(SEARCH("全市で判定",H2)))'],
    ]);
  });

  it('leaves every input cell as it was', async () => {
    const workbook = wardWorkbook();
    const before = workbookToSnapshot(workbook).sheets[0]?.values.map((row) => row.slice(0, 6));
    const { gateway, plan } = await checkedGateway(workbook);
    await gateway.writeStatusColumns(plan, { overwrite: false });
    const after = workbookToSnapshot(workbook).sheets[0]?.values.map((row) => row.slice(0, 6));
    expect(after).toEqual(before);
  });

  it('reports a non-empty cell instead of overwriting it, and overwrites only with consent', async () => {
    const workbook = wardWorkbook((sheet) => {
      sheet.getCell('G3').value = '確認中';
    });
    const { gateway, plan } = await checkedGateway(workbook);

    expect(await gateway.writeStatusColumns(plan, { overwrite: false })).toEqual({
      kind: 'conflicts',
      conflicts: [{ address: 'G3', text: '確認中' }],
    });
    expect(workbook.getWorksheet('此花区')?.getCell('G3').value).toBe('確認中');
    expect(workbook.getWorksheet('此花区')?.getCell('G2').value).toBeNull();

    await gateway.writeStatusColumns(plan, { overwrite: true });
    expect(workbook.getWorksheet('此花区')?.getCell('G3').value).toMatchObject({ formula: 'KUSEI.PROGRESS(F3,D3)' });
  });

  it('refreshes its own columns on a second run without asking', async () => {
    const workbook = wardWorkbook();
    const { gateway, plan } = await checkedGateway(workbook);
    await gateway.writeStatusColumns(plan, { overwrite: false });
    expect((await gateway.writeStatusColumns(plan, { overwrite: false })).kind).toBe('written');
  });

  it('inserts the template as a new sheet and makes it the active one', async () => {
    const workbook = wardWorkbook();
    const gateway = new MemoryGateway(workbook, 'x.xlsx', (wb, name) => workbookToSnapshot(wb, name));
    const name = await gateway.insertTemplate(coreEngine.template(DEFAULT_SETTINGS, '此花区'));
    expect(name).toBe('此花区 平成27年度');
    const active = await gateway.readActiveSheet();
    expect(active.name).toBe(name);
    expect(active.formulas?.[1]?.[7]).toBe('KUSEI.STATUS(F2,D2,1,3)');
    expect(active.values[1]?.[7]).toBe('未測定');
  });
});
