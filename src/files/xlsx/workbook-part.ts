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
  readonly hidden: boolean;
}

/**
 * Defined names kept from one workbook: a ward's file has a few (print areas and titles, a list for
 * a validation); past this many the rest are not read, so a crafted part cannot grow the snapshot.
 */
export const MAX_DEFINED_NAMES = 1_000;
/** Excel's own limits: a name of at most 255 characters, a formula of at most 8,192; longer ones are not read. */
export const MAX_DEFINED_NAME_LENGTH = 255;
export const MAX_DEFINED_NAME_FORMULA = 8_192;

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
      scanner.attrs('name', 'localSheetId', 'hidden');
      const definedName = scanner.attrValue(0) ?? '';
      const local = scanner.attrValue(1);
      const hidden = isTrue(scanner.attrValue(2));
      let formula = '';
      for (;;) {
        const inner = scanner.next();
        // Text past the limit is not gathered (the name is dropped below), so a huge one costs nothing.
        if (inner === XmlToken.Text && formula.length <= MAX_DEFINED_NAME_FORMULA) formula += scanner.text();
        else if (inner === XmlToken.Close || inner === XmlToken.End || inner === XmlToken.Error) break;
      }
      const sheet = local === undefined ? null : Number(local);
      const fits =
        definedName !== '' &&
        definedName.length <= MAX_DEFINED_NAME_LENGTH &&
        formula.length <= MAX_DEFINED_NAME_FORMULA &&
        definedNames.length < MAX_DEFINED_NAMES;
      // A sheet index that is not a whole number names no sheet: the name's scope is unknown, it is left out.
      if (fits && (sheet === null || (Number.isInteger(sheet) && sheet >= 0))) {
        definedNames.push({ name: definedName, sheet, formula, hidden });
      }
    }
  }
  return { sheets, date1904, definedNames };
}
