import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputExistsError, writeFileAtomic } from '../../src/files/write-output-file';

describe('writing outputs atomically, never over an existing file unless asked (issue 6)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kusei-out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new file (creating its folder) and leaves no temporary file behind', async () => {
    const path = join(dir, 'sub', 'city-summary.html');
    await writeFileAtomic(path, '<p>表２</p>', false);
    expect(readFileSync(path, 'utf8')).toBe('<p>表２</p>');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['city-summary.html']);
  });

  it('refuses to replace an existing file without overwrite, and leaves it untouched', async () => {
    const path = join(dir, 'city-summary.xlsx');
    writeFileSync(path, 'the user’s own file');
    await expect(writeFileAtomic(path, new Uint8Array([1, 2, 3]), false)).rejects.toBeInstanceOf(OutputExistsError);
    expect(readFileSync(path, 'utf8')).toBe('the user’s own file');
    expect(readdirSync(dir)).toEqual(['city-summary.xlsx']);
  });

  it('replaces an existing file when overwrite is given (--force)', async () => {
    const path = join(dir, 'city-summary.xlsx');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new', true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['city-summary.xlsx']);
  });
});
