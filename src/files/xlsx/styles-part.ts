import { builtInFormat, isDateFormat } from './number-formats';
import { XmlScanner, XmlToken } from './xml-scanner';

/** Per cell style (the `s` index of a cell): its number format text (null for General) and whether it is a date. */
export interface CellStyles {
  readonly formats: readonly (string | null)[];
  readonly dates: readonly boolean[];
}

export const NO_STYLES: CellStyles = { formats: [], dates: [] };

/**
 * xl/styles.xml → the number format of each cell style (`cellXfs`, in order). Custom formats
 * (`numFmts`) win over built-in ids, as in Excel. Fonts, fills and borders are not read.
 */
export function parseStyles(xml: string): CellStyles {
  const scanner = new XmlScanner(xml);
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  for (;;) {
    const token = scanner.next();
    if (token === XmlToken.End || token === XmlToken.Error) break;
    if (token === XmlToken.Open) {
      const name = scanner.name;
      if (name === 'numFmt') {
        const id = Number(scanner.attr('numFmtId'));
        const code = scanner.attr('formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') {
        inCellXfs = !scanner.selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(scanner.attr('numFmtId') ?? 0);
        ids.push(Number.isInteger(id) ? id : 0);
        if (!scanner.selfClosing) scanner.skipElement();
      } else if (
        name === 'cellStyleXfs' ||
        name === 'dxfs' ||
        name === 'fonts' ||
        name === 'fills' ||
        name === 'borders'
      ) {
        scanner.skipElement();
      }
    } else if (token === XmlToken.Close && scanner.name === 'cellXfs') {
      inCellXfs = false;
    }
  }
  const formats = ids.map((id) => {
    const text = custom.get(id) ?? builtInFormat(id);
    return text === undefined || id === 0 || /^general$/i.test(text) ? null : text;
  });
  return { formats, dates: formats.map((format) => format !== null && isDateFormat(format)) };
}
