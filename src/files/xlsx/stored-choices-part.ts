import { CHOICES_KEY } from '../../workbook/choices';
import { decodeEntities } from './xml-scanner';
import { isZipRefusal, type ZipArchive } from './zip-archive';

/** The custom document property the standalone pane stores its choices in (a file has no add-in settings). */
export const CHOICES_PROPERTY = 'KUSEI.choices';
export const CUSTOM_PROPERTIES_PART = 'docProps/custom.xml';

/** Office keeps an add-in's workbook settings in a web extension part (one per add-in instance). */
const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension[^/]*\.xml$/i;

function text(archive: ZipArchive, name: string): string | null {
  const read = archive.readText(name);
  // A damaged settings part loses only the choices: the sheets are still read (defaults are used).
  return isZipRefusal(read) ? null : read;
}

/**
 * The add-in setting `kusei.choices` as Office wrote it: `<we:property name="kusei.choices"
 * value="…"/>`, whose value is the JSON of the setting (a JSON string holding our JSON, since the
 * Office gateway stores `serializeChoices`' text).
 */
function fromWebExtension(xml: string): string | null {
  for (const match of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>/g)) {
    const attributes = match[1] ?? '';
    const name = /\bname\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const value = /\bvalue\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (name === undefined || value === undefined || decodeEntities(name) !== CHOICES_KEY) continue;
    try {
      const setting: unknown = JSON.parse(decodeEntities(value));
      return typeof setting === 'string' ? setting : JSON.stringify(setting);
    } catch {
      return null;
    }
  }
  return null;
}

/** The custom document property `KUSEI.choices` the standalone pane writes (a vt:lpwstr text). */
function fromCustomProperties(xml: string): string | null {
  for (const match of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
    const name = /\bname\s*=\s*"([^"]*)"/.exec(match[1] ?? '')?.[1];
    if (name === undefined || decodeEntities(name) !== CHOICES_PROPERTY) continue;
    const body = /<(?:\w+:)?lpwstr>([\s\S]*?)<\/(?:\w+:)?lpwstr>/.exec(match[2] ?? '')?.[1];
    return body === undefined ? null : decodeEntities(body);
  }
  return null;
}

/**
 * The pane's choices stored in the file, as raw JSON for `parseChoices` (which drops anything
 * malformed), or null. Office's add-in settings come first: Excel keeps a file's custom properties
 * when it saves, so after a standalone download was opened and changed in Excel the web extension
 * part is the newer. ExcelJS drops web extension parts, so a standalone download holds only ours.
 */
export function readStoredChoices(archive: ZipArchive): string | null {
  for (const entry of archive.entries) {
    if (!WEB_EXTENSION_PART.test(entry.key)) continue;
    const xml = text(archive, entry.key);
    const found = xml === null ? null : fromWebExtension(xml);
    if (found !== null) return found;
  }
  const custom = archive.has(CUSTOM_PROPERTIES_PART) ? text(archive, CUSTOM_PROPERTIES_PART) : null;
  return custom === null ? null : fromCustomProperties(custom);
}
