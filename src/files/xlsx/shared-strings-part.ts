import { XmlScanner, XmlToken } from './xml-scanner';

/** Excel escapes characters XML cannot hold (a carriage return) as "_x000D_". */
export function decodeExcelEscapes(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of one string item (`<si>` of the shared strings, `<is>` of an inline string) from
 * the scanner positioned just after its start tag: plain `<t>` or rich-text runs `<r><t>`, in order.
 * Phonetic runs (`<rPh>`, the furigana Japanese Excel stores beside the text) are skipped: they are not
 * what the cell shows.
 */
export function readStringItem(scanner: XmlScanner, endName: string): string | null {
  let text = '';
  let inT = false;
  for (;;) {
    const token = scanner.next();
    if (token === XmlToken.End || token === XmlToken.Error) return null;
    if (token === XmlToken.Text) {
      if (inT) text += scanner.text();
    } else if (token === XmlToken.Open) {
      const name = scanner.name;
      if (name === 't') inT = !scanner.selfClosing;
      else if (name === 'rPh' || name === 'phoneticPr' || name === 'rPr') {
        if (scanner.skipElement() !== XmlToken.Close) return null;
      }
    } else if (token === XmlToken.Close) {
      if (scanner.name === 't') inT = false;
      else if (scanner.name === endName) return decodeExcelEscapes(text);
    }
  }
}

/** xl/sharedStrings.xml → the strings in order, or null when the part is malformed. */
export function parseSharedStrings(xml: string): string[] | null {
  const scanner = new XmlScanner(xml);
  const strings: string[] = [];
  for (;;) {
    const token = scanner.next();
    if (token === XmlToken.End) return strings;
    if (token === XmlToken.Error) return null;
    if (token === XmlToken.Open && scanner.name === 'si') {
      if (scanner.selfClosing) {
        strings.push('');
        continue;
      }
      const text = readStringItem(scanner, 'si');
      if (text === null) return null;
      strings.push(text);
    }
  }
}
