import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFileReadError } from '../../src/files/errors';
import { readWorkbookFile } from '../../src/files/read-xlsx-file';
import { shown } from '../support/shown';

/**
 * Issue 13, each file isolated: a reader that fails on bytes no test foresaw (here the CSV reader,
 * made to throw as a bug would) gives that file an error value, never an exception for the batch and
 * never the exception's text.
 */
jest.mock('../../src/files/csv', () => ({
  readCsvBytes: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  },
}));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kusei-isolation-'));
  writeFileSync(join(dir, '北区.csv'), '区名\n北区\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a reader bug becomes FILE_CORRUPT for that file, without the exception text', async () => {
  const result = await readWorkbookFile(join(dir, '北区.csv'));
  expect(isFileReadError(result) && result.fileError).toBe('FILE_CORRUPT');
  if (!isFileReadError(result)) return;
  expect(shown(result)).toBe(
    'ファイル「北区.csv」を読めません(壊れているか、途中までしか保存されていません)。Excelで開いて保存し直してください。',
  );
  expect(shown(result) + shown(result, 'en')).not.toContain('Cannot read properties');
});
