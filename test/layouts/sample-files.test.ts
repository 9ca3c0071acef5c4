import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FY2015_CATALOGUE } from '../../src/core/catalogue';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateWorkbook } from '../../src/core/validate';
import { isFileReadError, readWorkbookFile } from '../../src/files';
import { fixtures } from './fixtures';
import { shown } from '../support/shown';

/**
 * Sample-file-driven (Script Lab style): every fixture in test/fixtures is read and validated, and
 * must produce what its `<name>.expected.json` says; files named error.* must produce their named
 * error findings at the named cells.
 */
const all = fixtures();

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('sample files in test/fixtures', () => {
  it('covers the four seed layouts, the standard layout, messy variants and error files', () => {
    const layouts = new Set(all.map((fixture) => fixture.expected.layout));
    for (const layout of ['fukushima-indicator', 'nishi-outcome', 'taisho-initiative', 'konohana-pdca', 'standard']) {
      expect(layouts).toContain(layout);
    }
    expect(all.filter((fixture) => fixture.name.startsWith('messy.')).length).toBeGreaterThanOrEqual(5);
    expect(all.filter((fixture) => fixture.name.startsWith('error.')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(all.map((fixture) => [fixture.name, fixture] as const))('%s reads as expected', async (_name, fixture) => {
    const before = sha(fixture.path);
    const snapshot = await readWorkbookFile(fixture.path);
    if (isFileReadError(snapshot)) throw new Error(`${fixture.name}: ${shown(snapshot)}`);
    const report = validateWorkbook(snapshot, { settings: DEFAULT_SETTINGS, catalogue: FY2015_CATALOGUE });
    const { expected } = fixture;

    expect(report.layout).toBe(expected.layout);
    expect(report.records).toHaveLength(expected.records);
    const found = report.findings.map((finding) => ({ code: finding.code, cell: finding.cell }));
    for (const finding of expected.findings) expect(found).toContainEqual(finding);
    if (expected.valid) {
      expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(report.valid).toBe(true);
    } else {
      expect(report.valid).toBe(false);
      const expectedErrors = expected.findings.filter((f) =>
        report.findings.some((r) => r.code === f.code && r.severity === 'error'),
      );
      expect(expectedErrors.length).toBeGreaterThan(0);
    }
    if (expected.ward) expect(new Set(report.records.map((record) => record.ward))).toEqual(new Set([expected.ward]));
    if (expected.plan) {
      expect({
        listed: report.records.filter((record) => record.listedInPlan === true).length,
        unlisted: report.records.filter((record) => record.listedInPlan === false).length,
      }).toEqual(expected.plan);
    }
    // Reading never writes the user's file.
    expect(sha(fixture.path)).toBe(before);
  });
});
