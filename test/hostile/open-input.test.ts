import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFileReadError } from '../../src/files/errors';
import { readWorkbookFile } from '../../src/files/read-xlsx-file';
import { readInputBytes } from '../../src/files/open-input';
import { shown } from '../support/shown';

/**
 * Issue 13: special files are refused for every input kind (.csv and .xlsx alike) before any read —
 * a `.csv` linked to /dev/zero would read forever, a FIFO would wait forever for a writer.
 */
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kusei-open-input-'));
  for (const ext of ['csv', 'xlsx']) {
    symlinkSync('/dev/zero', join(dir, `zero.${ext}`));
    execFileSync('mkfifo', [join(dir, `fifo.${ext}`)]);
    mkdirSync(join(dir, `folder.${ext}`));
  }
  symlinkSync('/dev/null', join(dir, 'null.csv'));
  writeFileSync(join(dir, 'plain.csv'), '区名,指標番号\n北区,1-1-ア\n');
  symlinkSync(join(dir, 'plain.csv'), join(dir, 'alias.csv'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('special files, every input kind', () => {
  it.each(['zero.csv', 'zero.xlsx', 'fifo.csv', 'fifo.xlsx', 'folder.csv', 'folder.xlsx', 'null.csv'])(
    '%s is refused as not a regular file, without reading or waiting',
    async (name) => {
      const result = await readWorkbookFile(join(dir, name));
      expect(isFileReadError(result) && result.fileError).toBe('FILE_NOT_REGULAR');
      if (!isFileReadError(result)) return;
      expect(shown(result)).toBe(
        `「${name}」は通常のファイルではありません(フォルダー、デバイス、名前付きパイプなど)。読み取らずに飛ばしました。区の進捗表のファイルを指定してください。`,
      );
      expect(shown(result, 'en')).toContain('is not a regular file');
    },
  );

  it('a missing file is FILE_NOT_FOUND; a link to a regular file is read as that file', async () => {
    const missing = await readInputBytes(join(dir, 'none.csv'));
    expect(isFileReadError(missing) && missing.fileError).toBe('FILE_NOT_FOUND');
    const alias = await readWorkbookFile(join(dir, 'alias.csv'));
    expect(isFileReadError(alias)).toBe(false);
    if (!isFileReadError(alias)) expect(alias.sheets[0]?.values[1]).toEqual(['北区', '1-1-ア']);
  });
});
