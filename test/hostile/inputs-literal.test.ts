import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../../src/cli/inputs';

/**
 * Found by the hostile-file tests (issue 13): a file named `\x1b[2K\x1b[1Aansi-name.csv` was read as a
 * glob, and its unclosed `[` made `kusei summary` fail with an internal SyntaxError.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kusei-inputs-'));
  writeFileSync(join(dir, '\u001b[2K\u001b[1Aansi-name.csv'), 'x');
  writeFileSync(join(dir, '北区[改].xlsx'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('input names with glob characters', () => {
  it('a file that exists is taken as it is named', async () => {
    for (const name of ['\u001b[2K\u001b[1Aansi-name.csv', '北区[改].xlsx']) {
      expect(await expandInputs([join(dir, name)], 'ja')).toEqual({ files: [join(dir, name)], problems: [] });
    }
  });

  it('a pattern with an unclosed [ matches nothing instead of throwing', async () => {
    const result = await expandInputs([join(dir, 'x[*.csv')], 'ja');
    expect(result.files).toEqual([]);
    expect(result.problems).toHaveLength(1);
  });
});
