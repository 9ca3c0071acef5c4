import ExcelJS from 'exceljs';
import { workbookToSnapshot } from '../../src/files/exceljs-snapshot';
import type { StoredChoices } from '../../src/workbook/gateway';
import { LazyWorkbookGateway } from '../../src/taskpane/standalone/lazy-gateway';
import { MemoryGateway } from '../../src/taskpane/standalone/memory-gateway';

/** A hidden note sheet first, then two ward sheets (the standard layout's first columns). */
function wardsWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('メモ', { state: 'hidden' }).addRow(['作業用']);
  workbook.addWorksheet('此花区').addRow(['区名', '指標番号', '目標値']);
  workbook.addWorksheet('北区').addRow(['区名', '指標番号', '目標値']);
  return workbook;
}

const CHOICES: StoredChoices = {
  settings: null,
  mappings: { 北区: { tables: [{ headerRow: 1, columns: { A: 'ward', B: 'indicatorId', C: 'target' } }] } },
};

describe('LazyWorkbookGateway (standalone mode, before and after ExcelJS loads)', () => {
  function lazyOver(workbook: ExcelJS.Workbook) {
    const loaded: MemoryGateway[] = [];
    const load = () => {
      const writer = new MemoryGateway(workbook, 'wards.xlsx', (wb, name) => workbookToSnapshot(wb, name));
      loaded.push(writer);
      return Promise.resolve(writer);
    };
    return { gateway: new LazyWorkbookGateway(workbookToSnapshot(workbook, 'wards.xlsx'), load), loaded };
  }

  it('opens on the first visible sheet and lists only the visible ones', () => {
    const { gateway } = lazyOver(wardsWorkbook());
    expect(gateway.activeSheet()).toBe('此花区');
    expect(gateway.sheetNames()).toEqual(['此花区', '北区']);
    expect(() => gateway.setActiveSheet('中央区')).toThrow('No sheet named 中央区');
  });

  it('hands the active sheet, the selected cell and the choices to the writer, loading it once', async () => {
    const { gateway, loaded } = lazyOver(wardsWorkbook());
    gateway.setActiveSheet('北区');
    await gateway.selectCell('北区', 'C1');
    await gateway.saveChoices(CHOICES);
    expect(loaded).toHaveLength(0);

    await Promise.all([gateway.toBuffer(), gateway.toBuffer()]);
    expect(loaded).toHaveLength(1);
    const writer = loaded[0] as MemoryGateway;
    expect(writer.activeSheet()).toBe('北区');
    expect(writer.selectedCell()).toEqual({ sheet: '北区', address: 'C1' });
    await expect(writer.loadChoices()).resolves.toEqual(CHOICES);

    // From then on everything goes through the writer.
    gateway.setActiveSheet('此花区');
    expect(writer.activeSheet()).toBe('此花区');
    expect((await gateway.readActiveSheet()).name).toBe('此花区');
  });
});
