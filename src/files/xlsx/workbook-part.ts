import { normalizePartName } from './zip-archive';
import { XmlScanner, XmlToken } from './xml-scanner';

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** Normalised part name of the worksheet, or null when its relationship is missing. */
  readonly part: string | null;
  /** A chartsheet or dialog sheet: no cells, not read. */
  readonly kind: 'worksheet' | 'other';
}

export interface DefinedName {
  readonly name: string;
  /** 0-based sheet index for a sheet-local name (`localSheetId`), or null for a workbook name. */
  readonly sheet: number | null;
  readonly formula: string;
}

export interface WorkbookInfo {
  /** In tab order, as Excel shows them. */
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedName[];
}

export interface Relationship {
  readonly type: string;
  /** Normalised part name, resolved against the source part's folder. */
  readonly target: string;
}

/** A relationship part (`_rels/*.rels`) → targets by id. `base` is the folder of the part it describes. */
export function parseRelationships(xml: string, base: string): Map<string, Relationship> {
  const scanner = new XmlScanner(xml);
  const byId = new Map<string, Relationship>();
  for (;;) {
    const token = scanner.next();
    if (token === XmlToken.End || token === XmlToken.Error) return byId;
    if (token !== XmlToken.Open || scanner.name !== 'Relationship') continue;
    const id = scanner.attr('Id');
    const target = scanner.attr('Target');
    if (id === undefined || target === undefined || scanner.attr('TargetMode') === 'External') continue;
    const absolute = target.startsWith('/') || target.startsWith('\\');
    byId.set(id, {
      type: scanner.attr('Type') ?? '',
      target: normalizePartName(absolute ? target : `${base}/${target}`),
    });
  }
}

/** The folder of a part: "xl/workbook.xml" → "xl". */
export function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** The relationship part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsOf(part: string): string {
  const folder = folderOf(part);
  const file = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return folder === '' ? `_rels/${file}.rels` : `${folder}/_rels/${file}.rels`;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** xl/workbook.xml (with its relationships) → sheets in tab order, the date system, defined names. */
export function parseWorkbook(xml: string, relationships: ReadonlyMap<string, Relationship>): WorkbookInfo | null {
  const scanner = new XmlScanner(xml);
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  for (;;) {
    const token = scanner.next();
    if (token === XmlToken.End) break;
    if (token === XmlToken.Error) return null;
    if (token !== XmlToken.Open) continue;
    const name = scanner.name;
    if (name === 'workbookPr') {
      date1904 = isTrue(scanner.attr('date1904'));
    } else if (name === 'sheet') {
      const relationship = relationships.get(scanner.attr('id') ?? '');
      const state = scanner.attr('state');
      sheets.push({
        name: scanner.attr('name') ?? '',
        hidden: state === 'hidden' || state === 'veryHidden',
        part: relationship?.target ?? null,
        kind: relationship === undefined || /\/worksheet$/.test(relationship.type) ? 'worksheet' : 'other',
      });
    } else if (name === 'definedName' && !scanner.selfClosing) {
      const definedName = scanner.attr('name') ?? '';
      const local = scanner.attr('localSheetId');
      let formula = '';
      for (;;) {
        const inner = scanner.next();
        if (inner === XmlToken.Text) formula += scanner.text();
        else if (inner === XmlToken.Close || inner === XmlToken.End || inner === XmlToken.Error) break;
      }
      const sheet = local === undefined ? null : Number(local);
      definedNames.push({ name: definedName, sheet: Number.isInteger(sheet) ? sheet : null, formula });
    }
  }
  return { sheets, date1904, definedNames };
}
