/**
 * Offline structural checks of manifest.xml, shared by `npm run validate`
 * (scripts/validate-manifest.mjs) and the jest test (test/manifest/). Microsoft's validator is an
 * online service this machine cannot reach, and no npm package ships the manifest XSDs, so these
 * checks cover what KUSEI's manifest must get right: well-formed XML, ids and versions, https URLs
 * that point at files the build produces, icons at their sizes, the shared runtime, the KUSEI
 * namespace, the localized metadata, and the one permission.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses XML strictly (namespaces on); throws with the parser's message when it is not well formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
    }
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  const document = root.children[0];
  if (!document) throw new Error('no root element');
  return document;
}

/** Every element below `element` (depth first) whose local name (without prefix) is `name`. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (localName(child.name) === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

function first(element: XmlElement, name: string): XmlElement | undefined {
  return findAll(element, name)[0];
}

export interface ManifestFiles {
  /** The bytes of a file the build produces, by path relative to the hosted base URL; null when absent. */
  read(relativePath: string): Uint8Array | null;
}

export interface ManifestCheck {
  readonly name: string;
  readonly problems: readonly string[];
}

/** PNG width and height from the IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+(\.\d+){3}$/;

/** Runs every check; a manifest is valid when no check has problems. */
export function checkManifest(xml: string, files: ManifestFiles): ManifestCheck[] {
  let doc: XmlElement;
  try {
    doc = parseXml(xml);
  } catch (error) {
    return [{ name: 'well-formed XML', problems: [String(error instanceof Error ? error.message : error)] }];
  }
  const resources = resourceTable(doc);
  const base = baseUrl(resources);
  return [
    { name: 'well-formed XML', problems: [] },
    { name: 'add-in identity (Id, Version, locale, names)', problems: identityProblems(doc) },
    { name: 'resource references resolve', problems: referenceProblems(doc, resources) },
    { name: 'every URL is https and served by the build', problems: urlProblems(doc, base, files) },
    { name: 'icons exist at their sizes', problems: iconProblems(doc, resources, base, files) },
    { name: 'shared runtime', problems: sharedRuntimeProblems(doc, resources) },
    {
      name: 'custom functions (namespace, script, metadata with ja-JP)',
      problems: functionProblems(doc, resources, base),
    },
    { name: 'permission ReadWriteDocument only', problems: permissionProblems(doc) },
  ];
}

interface Resource {
  readonly kind: string;
  readonly value: string;
  readonly overrides: Readonly<Record<string, string>>;
  readonly attributes: Readonly<Record<string, string>>;
}

function resourceTable(doc: XmlElement): Map<string, Resource> {
  const table = new Map<string, Resource>();
  const resourcesElement = first(doc, 'Resources');
  if (!resourcesElement) return table;
  for (const group of resourcesElement.children) {
    for (const item of group.children) {
      const id = item.attributes['id'];
      if (id === undefined) continue;
      const overrides: Record<string, string> = {};
      for (const o of item.children) {
        if (localName(o.name) === 'Override') overrides[o.attributes['Locale'] ?? ''] = o.attributes['Value'] ?? '';
      }
      table.set(id, {
        kind: localName(group.name),
        value: item.attributes['DefaultValue'] ?? '',
        overrides,
        attributes: item.attributes,
      });
    }
  }
  return table;
}

function baseUrl(resources: Map<string, Resource>): string {
  const page = resources.get('Taskpane.Url')?.value ?? '';
  return page.slice(0, page.lastIndexOf('/') + 1);
}

function identityProblems(doc: XmlElement): string[] {
  const problems: string[] = [];
  if (localName(doc.name) !== 'OfficeApp') problems.push(`root element is ${doc.name}, not OfficeApp`);
  if (doc.attributes['xsi:type'] !== 'TaskPaneApp') problems.push('OfficeApp xsi:type is not TaskPaneApp');
  const id = first(doc, 'Id')?.text.trim() ?? '';
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = first(doc, 'Version')?.text.trim() ?? '';
  if (!VERSION.test(version)) problems.push(`Version "${version}" is not n.n.n.n`);
  if ((first(doc, 'ProviderName')?.text.trim() ?? '') === '') problems.push('ProviderName is empty');
  const locale = first(doc, 'DefaultLocale')?.text.trim();
  if (locale !== 'ja-JP') problems.push(`DefaultLocale is ${locale ?? 'missing'}, not ja-JP`);
  for (const name of ['DisplayName', 'Description']) {
    const element = doc.children.find((child) => localName(child.name) === name);
    if (!element?.attributes['DefaultValue']) problems.push(`${name} has no DefaultValue`);
    const english = element?.children.find((o) => o.attributes['Locale'] === 'en-US');
    if (!english?.attributes['Value']) problems.push(`${name} has no en-US override`);
  }
  if (!findAll(doc, 'Host').some((host) => host.attributes['Name'] === 'Workbook'))
    problems.push('no Workbook (Excel) host');
  return problems;
}

function referenceProblems(doc: XmlElement, resources: Map<string, Resource>): string[] {
  const problems: string[] = [];
  for (const element of allElements(doc)) {
    const resid = element.attributes['resid'];
    if (resid !== undefined && !resources.has(resid))
      problems.push(`${element.name} refers to undefined resource "${resid}"`);
  }
  for (const id of resources.keys())
    if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
  for (const [id, resource] of resources) {
    if (resource.kind === 'ShortStrings' && resource.value.length > 125)
      problems.push(`short string ${id} exceeds 125 characters`);
  }
  return [...new Set(problems)];
}

function allElements(doc: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    all.push(node);
    node.children.forEach(visit);
  };
  visit(doc);
  return all;
}

/** Every URL the manifest names: URL-valued attributes and AppDomain texts. */
function manifestUrls(doc: XmlElement): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const element of allElements(doc)) {
    for (const attribute of ['DefaultValue', 'Value']) {
      const value = element.attributes[attribute];
      if (value !== undefined && /^[a-z]+:\/\//i.test(value)) urls.push({ where: element.name, url: value });
    }
    if (localName(element.name) === 'AppDomain') urls.push({ where: 'AppDomain', url: element.text.trim() });
  }
  return urls;
}

function urlProblems(doc: XmlElement, base: string, files: ManifestFiles): string[] {
  const problems: string[] = [];
  if (!base.startsWith('https://')) problems.push(`Taskpane.Url does not give an https base URL ("${base}")`);
  for (const { where, url } of manifestUrls(doc)) {
    if (!url.startsWith('https://')) {
      problems.push(`${where}: ${url} is not https`);
      continue;
    }
    if (where === 'AppDomain') continue;
    if (!url.startsWith(base)) {
      problems.push(`${where}: ${url} is not under the add-in's base URL ${base}`);
      continue;
    }
    const path = url.slice(base.length);
    if (files.read(path) === null) problems.push(`${where}: ${url} → ${path} is not a file the build produces`);
  }
  return problems;
}

function iconProblems(doc: XmlElement, resources: Map<string, Resource>, base: string, files: ManifestFiles): string[] {
  const problems: string[] = [];
  const expect = (label: string, url: string | undefined, size: number): void => {
    if (!url) {
      problems.push(`${label}: missing`);
      return;
    }
    const bytes = url.startsWith(base) ? files.read(url.slice(base.length)) : null;
    if (bytes === null) return; // reported by the URL check
    const actual = pngSize(bytes);
    if (actual === null) problems.push(`${label}: ${url} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`${label}: ${url} is ${actual.width}×${actual.height}, expected ${size}×${size}`);
    }
  };
  expect('IconUrl', first(doc, 'IconUrl')?.attributes['DefaultValue'], 32);
  expect('HighResolutionIconUrl', first(doc, 'HighResolutionIconUrl')?.attributes['DefaultValue'], 64);
  for (const image of findAll(doc, 'Image')) {
    const resid = image.attributes['resid'];
    const size = Number(image.attributes['size']);
    if (resid === undefined) continue;
    expect(`ribbon icon ${resid}`, resources.get(resid)?.value, size);
  }
  for (const size of [16, 32, 80]) {
    if (!findAll(doc, 'Image').some((image) => image.attributes['size'] === String(size))) {
      problems.push(`ribbon icon of ${size}px missing`);
    }
  }
  return problems;
}

function sharedRuntimeProblems(doc: XmlElement, resources: Map<string, Resource>): string[] {
  const problems: string[] = [];
  const runtimes = findAll(doc, 'Runtime');
  const runtime = runtimes[0];
  if (runtimes.length !== 1 || !runtime) return ['exactly one <Runtime> expected (task pane and functions share it)'];
  if (runtime.attributes['lifetime'] !== 'long') problems.push('Runtime lifetime is not "long"');
  const resid = runtime.attributes['resid'] ?? '';
  if (!resources.has(resid)) problems.push(`Runtime resid "${resid}" is not a resource`);
  const sets = findAll(doc, 'Set').filter((set) => set.attributes['Name'] === 'SharedRuntime');
  if (sets.length === 0) problems.push('requirement set SharedRuntime is not declared');
  const page = findAll(doc, 'Page')[0];
  if (first(page ?? doc, 'SourceLocation')?.attributes['resid'] !== resid) {
    problems.push('custom functions Page does not load the shared runtime page');
  }
  for (const action of findAll(doc, 'Action')) {
    if (action.attributes['xsi:type'] !== 'ShowTaskpane') continue;
    if (first(action, 'SourceLocation')?.attributes['resid'] !== resid)
      problems.push('the task pane button opens another page than the runtime');
  }
  if (findAll(doc, 'Action').length === 0) problems.push('no ribbon button opens the task pane');
  if (first(doc, 'FunctionFile')?.attributes['resid'] !== resid)
    problems.push('FunctionFile is not the shared runtime page');
  return problems;
}

function functionProblems(doc: XmlElement, resources: Map<string, Resource>, base: string): string[] {
  const problems: string[] = [];
  const point = findAll(doc, 'ExtensionPoint').find((e) => e.attributes['xsi:type'] === 'CustomFunctions');
  if (!point) return ['no CustomFunctions extension point'];
  const resOf = (name: string): Resource | undefined => {
    const element = first(point, name);
    const holder =
      element && localName(element.name) === 'Namespace' ? element : first(element ?? point, 'SourceLocation');
    return resources.get(holder?.attributes['resid'] ?? '');
  };
  const namespace = resOf('Namespace');
  if (namespace?.value !== 'KUSEI') problems.push(`namespace is "${namespace?.value ?? ''}", not KUSEI`);
  if (Object.keys(namespace?.overrides ?? {}).length > 0) problems.push('the namespace must not be localized');
  if (resOf('Script')?.value !== `${base}functions.js`) problems.push('Script is not functions.js');
  const metadata = resOf('Metadata');
  if (metadata?.value !== `${base}functions.json`) problems.push('Metadata is not functions.json');
  if (metadata?.overrides['ja-JP'] !== `${base}functions.ja-JP.json`)
    problems.push('Metadata has no ja-JP override to functions.ja-JP.json');
  return problems;
}

function permissionProblems(doc: XmlElement): string[] {
  const permissions = findAll(doc, 'Permissions').map((p) => p.text.trim());
  return permissions.length === 1 && permissions[0] === 'ReadWriteDocument'
    ? []
    : [`Permissions are [${permissions.join(', ')}], expected ReadWriteDocument only`];
}
