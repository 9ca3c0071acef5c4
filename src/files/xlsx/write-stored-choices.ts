import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CHOICES_PROPERTY, CUSTOM_PROPERTIES_PART } from './stored-choices-part';

const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id every user-defined custom property carries (ECMA-376 Part 1, §22.3.2.2). */
const USER_DEFINED_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function propertyXml(pid: number, json: string): string {
  return `<property fmtid="${USER_DEFINED_FMTID}" pid="${pid}" name="${CHOICES_PROPERTY}"><vt:lpwstr>${escapeXml(json)}</vt:lpwstr></property>`;
}

/** The custom properties part with our property set: the others a file had are kept as they were. */
function customPropertiesXml(existing: string | null, json: string): string {
  const ours = new RegExp(
    `<property\\b[^>]*\\bname="${CHOICES_PROPERTY.replace('.', '\\.')}"[^>]*>[\\s\\S]*?</property>`,
    'g',
  );
  const kept = existing?.replace(ours, '') ?? null;
  if (kept === null || !kept.includes('</Properties>')) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `${propertyXml(2, json)}</Properties>`
    );
  }
  // Property ids start at 2 and must be unique within the part.
  const pids = [...kept.matchAll(/\bpid="(\d+)"/g)].map((match) => Number(match[1]));
  const pid = Math.max(1, ...pids) + 1;
  return kept.replace('</Properties>', `${propertyXml(pid, json)}</Properties>`);
}

function withOverride(types: string): string {
  if (/PartName="\/docProps\/custom\.xml"/i.test(types)) return types;
  return types.replace(
    '</Types>',
    `<Override PartName="/${CUSTOM_PROPERTIES_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`,
  );
}

function withRelationship(rels: string): string {
  if (rels.includes(CUSTOM_RELATIONSHIP)) return rels;
  const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((match) => match[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return rels.replace(
    '</Relationships>',
    `<Relationship Id="rId${n}" Type="${CUSTOM_RELATIONSHIP}" Target="${CUSTOM_PROPERTIES_PART}"/></Relationships>`,
  );
}

/**
 * The .xlsx bytes ExcelJS wrote, with the pane's choices as the custom document property
 * `KUSEI.choices` (issue 12 §5): ExcelJS cannot write custom properties, so the package is rebuilt
 * with the part, its content type and the package relationship added. The other parts are copied
 * byte for byte (re-deflated). Read back by src/files/xlsx/stored-choices-part.ts.
 */
export function withStoredChoices(xlsx: Uint8Array, json: string): Uint8Array {
  const parts: Zippable = unzipSync(xlsx);
  const existing = parts[CUSTOM_PROPERTIES_PART];
  const existingXml = existing instanceof Uint8Array ? strFromU8(existing) : null;
  parts[CUSTOM_PROPERTIES_PART] = strToU8(customPropertiesXml(existingXml, json));
  const types = parts['[Content_Types].xml'];
  if (types instanceof Uint8Array) parts['[Content_Types].xml'] = strToU8(withOverride(strFromU8(types)));
  const rels = parts['_rels/.rels'];
  if (rels instanceof Uint8Array) parts['_rels/.rels'] = strToU8(withRelationship(strFromU8(rels)));
  return zipSync(parts);
}
