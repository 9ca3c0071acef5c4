import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbook } from '../../src/taskpane/standalone/open';
import { isOpenFailure } from '../../src/taskpane/standalone/types';
import { generateHostileFiles } from '../fixtures/hostile/generate';
import { shown } from '../support/shown';

/**
 * Issue 13: the pane (standalone mode) opens the crafted files with the same reader as the CLI and
 * shows the same messages (Pane.tsx renders the failure's code and params), never an exception.
 */
jest.setTimeout(120_000);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kusei-pane-hostile-'));
  generateHostileFiles(dir, join(__dirname, '..', '..', 'examples', 'wards'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileOf = (name: string): { name: string; arrayBuffer: () => Promise<ArrayBuffer> } => ({
  name,
  arrayBuffer: () => {
    const bytes = readFileSync(join(dir, name));
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  },
});

describe('the pane opening crafted workbooks', () => {
  it.each([
    ['password.xlsx', 'FILE_PASSWORD_PROTECTED', 'はパスワードで保護(暗号化)されたExcelブックのため読めません。'],
    ['renamed-xls.xlsx', 'FILE_IS_XLS', 'は古いExcel 97-2003形式(.xls)のブックです'],
    ['renamed-ods.xlsx', 'FILE_IS_ODS', 'はOpenDocumentスプレッドシート(.ods'],
    ['renamed-docx.xlsx', 'FILE_IS_DOCX', 'はWord文書(.docx)です'],
    ['truncated.xlsx', 'FILE_TRUNCATED', 'は途中で切れています'],
    ['hidden-entries.xlsx', 'FILE_CORRUPT', 'を読めません(壊れているか、途中までしか保存されていません)'],
    ['leading-slash.xlsx', 'FILE_EXPANDS_TOO_MUCH', 'は展開すると大きすぎます'],
  ])('%s: %s with its message, in Japanese and English', async (name, code, text) => {
    const opened = await openWorkbook(fileOf(name) as unknown as File);
    expect(isOpenFailure(opened)).toBe(true);
    if (!isOpenFailure(opened)) return;
    expect((opened as unknown as { fileError: string }).fileError).toBe(code);
    expect(shown(opened)).toContain(`ファイル「${name}」${text}`);
    expect(shown(opened, 'en')).toContain(name);
    expect(shown(opened) + shown(opened, 'en')).not.toContain('Cannot read properties');
  });

  it('far cells and a whole-sheet merge open as the one cell they hold', async () => {
    for (const name of ['far-cells.xlsx', 'merge-whole-sheet.xlsx', 'col-max.xlsx', 'row-2e9.xlsx']) {
      const opened = await openWorkbook(fileOf(name) as unknown as File);
      expect(isOpenFailure(opened)).toBe(false);
    }
  });
});
