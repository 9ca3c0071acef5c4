import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The registry here does not answer `npm audit`, so the lockfile is checked against what is known:
 * no package with an unfixed advisory, production dependencies pinned, each documented in
 * docs/dependencies.md with its licence, and no GPL anywhere in what ships (the production tree).
 */
const ROOT = join(__dirname, '..', '..');

interface LockPackage {
  readonly version?: string;
  readonly license?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockPackage>;
};
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const doc = readFileSync(join(ROOT, 'docs', 'dependencies.md'), 'utf8');

/** Packages with advisories their maintainers have not fixed in any version the registry serves. */
const KNOWN_UNFIXED: Readonly<Record<string, string>> = {
  xlsx: 'CVE-2023-30533 (prototype pollution), CVE-2024-22363 (ReDoS): 0.18.5 on npm is frozen since 2022',
  'node-xlsx': 'wraps xlsx@0.18.5',
  'xlsx-populate': 'unmaintained; depends on vulnerable jszip/xlsx lines',
};

/**
 * Production packages whose lockfile entry declares no licence, each checked by hand. Keep this list
 * short and say why each may stay.
 */
const UNDECLARED_LICENCE: Readonly<Record<string, string>> = {
  buffers:
    'buffers@0.1.1 (exceljs → unzipper → binary → buffers), by the author of binary (MIT); its package declares no licence',
};

function nameOf(lockPath: string): string {
  return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

const production = Object.entries(lock.packages).filter(
  ([path, entry]) => path !== '' && !entry.dev && !entry.devOptional,
);

/** True when a licence expression allows use without GPL terms (some OR-alternative has no GPL). */
function allowsNonGpl(expression: string): boolean {
  return expression
    .replace(/[()]/g, '')
    .split(/\s+OR\s+/i)
    .some((alternative) => !/\b(?:A|L)?GPL\b|GPL-/i.test(alternative));
}

/** Rows of the "Shipped" table: the packages named in the first cell, and the licence cell. */
function shippedRows(): { names: string[]; licence: string }[] {
  const section = doc.slice(doc.indexOf('## Shipped'), doc.indexOf('## ', doc.indexOf('## Shipped') + 3));
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line) && !/^\|\s*package\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const names = (cells[1] ?? '').split(',').map((name) => name.trim().replace(/\s+[\d~^.x]+$/, ''));
      return { names, licence: cells[2] ?? '' };
    });
}

describe('dependencies', () => {
  it('no package with a known unfixed advisory is anywhere in the lockfile (e.g. xlsx@0.18.5)', () => {
    const found = Object.keys(lock.packages).filter((path) => nameOf(path) in KNOWN_UNFIXED);
    expect(found).toEqual([]);
  });

  it('the check above would catch one: it recognises a nested xlsx entry', () => {
    expect(nameOf('node_modules/exceljs/node_modules/xlsx') in KNOWN_UNFIXED).toBe(true);
  });

  it('every production dependency is pinned to one version, and the lockfile holds that version', () => {
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      expect({ name, range }).toEqual({ name, range: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown });
      expect({ name, locked: lock.packages[`node_modules/${name}`]?.version }).toEqual({ name, locked: range });
    }
  });

  it('every production dependency is listed in docs/dependencies.md (Shipped) with its licence', () => {
    const rows = shippedRows();
    for (const name of Object.keys(manifest.dependencies)) {
      const row = rows.find((r) => r.names.includes(name));
      expect({ name, listed: row !== undefined }).toEqual({ name, listed: true });
      const locked = lock.packages[`node_modules/${name}`]?.license ?? '';
      expect({ name, licence: row?.licence }).toEqual({ name, licence: locked });
    }
  });

  it('nothing in the production tree is GPL-only; every package there declares a licence or is vouched for', () => {
    const gpl = production.filter(([, entry]) => entry.license && !allowsNonGpl(entry.license)).map(([p]) => p);
    expect(gpl).toEqual([]);
    const undeclared = production.filter(([, entry]) => !entry.license).map(([path]) => nameOf(path));
    expect(undeclared.filter((name) => !(name in UNDECLARED_LICENCE))).toEqual([]);
    expect(production.length).toBeGreaterThan(100);
  });

  it('the licence rule reads SPDX expressions as meant', () => {
    expect(allowsNonGpl('MIT')).toBe(true);
    expect(allowsNonGpl('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(allowsNonGpl('(MIT AND Zlib)')).toBe(true);
    expect(allowsNonGpl('GPL-3.0-only')).toBe(false);
    expect(allowsNonGpl('AGPL-3.0')).toBe(false);
    expect(allowsNonGpl('(GPL-2.0 OR GPL-3.0)')).toBe(false);
  });
});
