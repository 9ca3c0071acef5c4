import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { workbookToSnapshot } from '../../src/files/exceljs-snapshot';
import { readXlsxBytes } from '../../src/files/read-xlsx-buffer';
import { withStoredChoices } from '../../src/files/xlsx/write-stored-choices';
import { checkFiles, readableReport } from '../../src/cli/check';
import { parseChoices, serializeChoices } from '../../src/workbook/choices';
import type { StoredChoices } from '../../src/workbook/gateway';
import { MemoryGateway } from '../../src/taskpane/standalone/memory-gateway';
import { LazyWorkbookGateway } from '../../src/taskpane/standalone/lazy-gateway';
import { shown } from '../support/shown';

/**
 * Issue 12 §5: a mapping correction the pane saved lasts in the file. 此花区's FY2015 figures
 * (seeds: the standard layout, domain README "standard layout"), with the 実績 column headed
 * 「結果」, a word no layout knows: read as laid out, the sheet has no 実績 column.
 */
function wardWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('此花区');
  sheet.addRow(['区名', '指標番号', '取組の方向性', '目標値', '単位', '27年度実績', '確定値']);
  sheet.addRow(['此花区', '1-1-ア', '人と人とのつながりづくりの促進', '50%以上', '%', '集計中', '20.8%']);
  sheet.addRow(['此花区', '2-3-ア-②', '来庁者への案内サービス', '3.5点以上', '点', '集計中', '3点']);
  return workbook;
}

const CORRECTION = {
  tables: [{ headerRow: 1, columns: { A: 'ward', B: 'indicatorId', D: 'target', G: 'actual' } }],
} as const;
const CHOICES: StoredChoices = { settings: null, mappings: { 此花区: CORRECTION } };

function codes(snapshot: WorkbookSnapshot, mappings?: StoredChoices['mappings']): string[] {
  const report = validateWorkbook(snapshot, {
    settings: DEFAULT_SETTINGS,
    catalogue: FY2015_CATALOGUE,
    ...(mappings ? { mappings } : {}),
  });
  return report.findings.map((finding) => finding.code);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function readBack(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const snapshot = await readXlsxBytes(bytes, '此花区_KUSEI.xlsx');
  if ('fileError' in snapshot) throw new Error(shown(snapshot));
  return snapshot;
}

/** Office's form (ECMA-376 web extension part): the setting's value is the JSON of our JSON text. */
function webExtensionXml(choicesJson: string): string {
  const value = JSON.stringify(choicesJson).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" ' +
    'id="{5C2A4F86-8D1E-4A4B-9B3A-1F2E3D4C5B6A}">' +
    '<we:reference id="kusei" version="1.0.0.0" store="developer" storeType="Registry"/>' +
    '<we:alternateReferences/>' +
    `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>` +
    `<we:property name="kusei.choices" value="${value}"/></we:properties>` +
    '<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>' +
    '</we:webextension>'
  );
}

describe('mapping corrections saved in the file (issue 12 §5)', () => {
  it('without the correction the sheet is read as laid out: 集計中 in 27年度実績 is no figure', async () => {
    const snapshot = await readBack(await bytesOf(wardWorkbook()));
    expect(snapshot.storedChoices).toBeUndefined();
    expect(codes(snapshot)).toEqual(['value.notNumber', 'value.notNumber']);
  });

  it('round trip: the standalone download keeps the correction, and opening it applies it', async () => {
    const gateway = new MemoryGateway(wardWorkbook(), '此花区.xlsx', (wb, name) => workbookToSnapshot(wb, name));
    await gateway.saveChoices(CHOICES);
    const download = new Uint8Array(await gateway.toBuffer());

    const snapshot = await readBack(download);
    expect(parseChoices(snapshot.storedChoices)).toEqual(CHOICES);
    expect(codes(snapshot, parseChoices(snapshot.storedChoices).mappings)).toEqual([]);
    // The standalone pane opens the download with the saved choices (the pane checks with them).
    const reopened = new LazyWorkbookGateway(snapshot, () => Promise.reject(new Error('not loaded')));
    await expect(reopened.loadChoices()).resolves.toEqual(CHOICES);
  });

  it('the download still opens in ExcelJS, cells intact, and the custom property part is declared', async () => {
    const gateway = new MemoryGateway(wardWorkbook(), '此花区.xlsx', (wb, name) => workbookToSnapshot(wb, name));
    await gateway.saveChoices(CHOICES);
    const download = new Uint8Array(await gateway.toBuffer());
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(download.buffer);
    expect(reloaded.getWorksheet('此花区')?.getCell('G2').value).toBe('20.8%');
    const parts = unzipSync(download);
    const text = (name: string) => new TextDecoder().decode(parts[name]);
    expect(text('[Content_Types].xml')).toContain(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    expect(text('_rels/.rels')).toContain('relationships/custom-properties" Target="docProps/custom.xml"');
    expect(text('docProps/custom.xml')).toContain('pid="2" name="KUSEI.choices"><vt:lpwstr>{&quot;settings&quot;:null');
  });

  it('a download of a session without choices is ExcelJS’s file unchanged', async () => {
    const gateway = new MemoryGateway(wardWorkbook(), '此花区.xlsx', (wb, name) => workbookToSnapshot(wb, name));
    const parts = unzipSync(new Uint8Array(await gateway.toBuffer()));
    expect(parts['docProps/custom.xml']).toBeUndefined();
  });

  it('keeps a custom property the file already had and gives ours a new pid', async () => {
    const bytes = await bytesOf(wardWorkbook());
    const first = withStoredChoices(bytes, '{"settings":null,"mappings":{}}');
    const parts = unzipSync(first);
    const other =
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="担当課"><vt:lpwstr>市民協働課</vt:lpwstr></property>';
    parts['docProps/custom.xml'] = strToU8(
      new TextDecoder()
        .decode(parts['docProps/custom.xml'])
        .replace('<property ', `${other}<property `)
        .replace('pid="2" name="KUSEI', 'pid="3" name="KUSEI'),
    );
    const again = unzipSync(withStoredChoices(zipSync(parts), serializeChoices(CHOICES)));
    const custom = new TextDecoder().decode(again['docProps/custom.xml']);
    expect(custom).toContain(other);
    expect(custom.match(/name="KUSEI\.choices"/g)).toHaveLength(1);
    expect(custom).toContain('pid="3" name="KUSEI.choices"');
    // The package relationship is not added twice.
    expect(new TextDecoder().decode(again['_rels/.rels']).match(/custom-properties"/g)).toHaveLength(1);
  });

  it('kusei check applies a correction Office saved in the web extension part, and says so', async () => {
    const parts = unzipSync(await bytesOf(wardWorkbook()));
    parts['xl/webextensions/webextension1.xml'] = strToU8(webExtensionXml(serializeChoices(CHOICES)));
    const dir = mkdtempSync(join(tmpdir(), 'kusei-stored-'));
    const path = join(dir, '此花区.xlsx');
    writeFileSync(path, zipSync(parts));

    const result = await checkFiles([path], 'ja', DEFAULT_SETTINGS);
    expect(result.files[0]?.storedMappingSheets).toEqual(['此花区']);
    expect(result.files[0]?.findings).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(readableReport(result, 'ja')).toContain('ブックに保存された列の対応づけを使いました（シート: 此花区）。');
    expect(readableReport(result, 'en')).toContain('Used the column mapping saved in the workbook (sheets: 此花区).');
  });

  it('a stored choices text that is not JSON is dropped: the sheet is read as laid out', async () => {
    const parts = unzipSync(await bytesOf(wardWorkbook()));
    parts['xl/webextensions/webextension1.xml'] = strToU8(webExtensionXml('{not json'));
    const snapshot = await readBack(zipSync(parts));
    expect(parseChoices(snapshot.storedChoices)).toEqual({ settings: null, mappings: {} });
    expect(codes(snapshot, parseChoices(snapshot.storedChoices).mappings)).toEqual([
      'value.notNumber',
      'value.notNumber',
    ]);
  });
});
