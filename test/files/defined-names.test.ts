import { join } from 'node:path';
import type { Io } from '../../src/cli/io';
import { runRead, type ReadJson } from '../../src/cli/read';
import { readXlsxFile } from '../../src/files/read-xlsx-file';
import {
  MAX_DEFINED_NAME_FORMULA,
  MAX_DEFINED_NAMES,
  parseWorkbook,
  type Relationship,
} from '../../src/files/xlsx/workbook-part';

/**
 * Defined names (issue 11: the snapshot carries "defined names where used"): read from xl/workbook.xml
 * into the snapshot's `definedNames` and shown by `kusei read`. Expected lists are written by hand
 * from `unzip -p <file> xl/workbook.xml`.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const GOOGLE = join(FIXTURES, 'xlsx', 'poi-64750-google-sheets.xlsx');
const FUKUSHIMA = join(FIXTURES, 'corpus', 'fukushima-indicators.xlsx');

async function kusei(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => out.push(text) };
  const code = await runRead(args, io);
  return { code, out: out.join('\n') };
}

const NO_RELATIONSHIPS = new Map<string, Relationship>();

describe('defined names', () => {
  it('a workbook name (Google Sheets: <definedName name="validations">validations!$A$1:$A$7)', async () => {
    const snapshot = await readXlsxFile(GOOGLE);
    expect('sheets' in snapshot && snapshot.definedNames).toEqual([
      { name: 'validations', sheet: null, ref: 'validations!$A$1:$A$7', hidden: false },
    ]);
  });

  it('a print title local to the first sheet (localSheetId="0"), its &apos; decoded', async () => {
    const snapshot = await readXlsxFile(FUKUSHIMA);
    expect('sheets' in snapshot && snapshot.definedNames).toEqual([
      {
        name: '_xlnm.Print_Titles',
        sheet: 'めざす成果および戦略（H27）',
        ref: "'めざす成果および戦略（H27）'!$1:$6",
        hidden: false,
      },
    ]);
  });

  it('a workbook without names has no definedNames field', async () => {
    const snapshot = await readXlsxFile(join(FIXTURES, 'xlsx', 'poi-two-sheets-one-hidden.xlsx'));
    expect('sheets' in snapshot && 'definedNames' in snapshot).toBe(false);
  });

  it('hidden names are marked, an empty name is left out; the sheet index stays an index until names are resolved', () => {
    const xml =
      '<workbook><sheets><sheet name="区" r:id="rId1"/><sheet name="計画定義" r:id="rId2"/></sheets><definedNames>' +
      '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">計画定義!$A$1:$C$9</definedName>' +
      '<definedName name="外" localSheetId="7">区!$A$1</definedName>' +
      '<definedName name="">区!$A$1</definedName>' +
      '<definedName name="率">0.5</definedName></definedNames></workbook>';
    expect(parseWorkbook(xml, NO_RELATIONSHIPS)?.definedNames).toEqual([
      { name: '_xlnm._FilterDatabase', sheet: 1, formula: '計画定義!$A$1:$C$9', hidden: true },
      { name: '外', sheet: 7, formula: '区!$A$1', hidden: false },
      { name: '率', sheet: null, formula: '0.5', hidden: false },
    ]);
  });

  it('bounded: at most 1,000 names, none whose formula is over 8,192 characters', () => {
    const many = Array.from({ length: 1_005 }, (_, i) => `<definedName name="n${i}">区!$A$${i + 1}</definedName>`);
    const long = `<definedName name="long">${'A'.repeat(8_193)}</definedName>`;
    const xml = `<workbook><sheets/><definedNames>${long}${many.join('')}</definedNames></workbook>`;
    const names = parseWorkbook(xml, NO_RELATIONSHIPS)?.definedNames ?? [];
    expect(MAX_DEFINED_NAMES).toBe(1_000);
    expect(MAX_DEFINED_NAME_FORMULA).toBe(8_192);
    expect(names).toHaveLength(1_000);
    expect(names[0]).toEqual({ name: 'n0', sheet: null, formula: '区!$A$1', hidden: false });
    expect(names.at(-1)?.name).toBe('n999');
  });

  it('kusei read --json: a top-level definedNames array; text: a count and one line per name', async () => {
    const json = await kusei(FUKUSHIMA, '--json');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.out) as ReadJson).definedNames).toEqual([
      {
        name: '_xlnm.Print_Titles',
        sheet: 'めざす成果および戦略（H27）',
        ref: "'めざす成果および戦略（H27）'!$1:$6",
        hidden: false,
      },
    ]);
    const text = await kusei(FUKUSHIMA);
    expect(text.out).toContain('名前の定義: 1件');
    expect(text.out).toContain(
      "  _xlnm.Print_Titles  'めざす成果および戦略（H27）'!$1:$6  (シート「めざす成果および戦略（H27）」の名前)",
    );
    const english = await kusei(GOOGLE, '--lang', 'en');
    expect(english.out).toContain('Defined names: 1');
    expect(english.out).toContain('  validations  validations!$A$1:$A$7');
  });

  it('kusei read --sheet leaves out names local to other sheets, keeps the workbook names', async () => {
    const google = JSON.parse((await kusei(GOOGLE, '--sheet', 'Sheet1', '--json')).out) as ReadJson;
    expect(google.definedNames.map((name) => name.name)).toEqual(['validations']);
  });
});
