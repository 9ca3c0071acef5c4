import { execFileSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputClash } from '../../src/cli/output-clash';
import { sameFile, samePathText } from '../../src/files/same-file';

/**
 * Issue 13, output safety: an output is compared with the inputs as a real file (a link `alias → real`
 * made `--out alias/北区.xlsx --force` replace the input real/北区.xlsx), and a write that fails midway
 * leaves no truncated temporary file beside the output.
 */
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kusei-outputs-'));
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', '北区.xlsx'), 'ward workbook');
  symlinkSync(join(dir, 'real'), join(dir, 'alias'));
  linkSync(join(dir, 'real', '北区.xlsx'), join(dir, 'hard-link.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one file under two names', () => {
  it('a path through a folder link, a path with .., a hard link: the same file', async () => {
    const input = join(dir, 'real', '北区.xlsx');
    expect(await sameFile(join(dir, 'alias', '北区.xlsx'), input)).toBe(true);
    expect(await sameFile(join(dir, 'alias', '..', 'real', '北区.xlsx'), input)).toBe(true);
    expect(await sameFile(join(dir, 'hard-link.xlsx'), input)).toBe(true);
    expect(await sameFile(join(dir, 'alias', '都島区.xlsx'), input)).toBe(false);
  });

  it('an output not yet written, under a link, is compared through the link', async () => {
    expect(await sameFile(join(dir, 'alias', 'new', 'out.xlsx'), join(dir, 'real', 'new', 'out.xlsx'))).toBe(true);
  });

  it('letter case is ignored on Windows and macOS, not on Linux', () => {
    expect(samePathText('C:\\Wards\\北区.XLSX', 'c:\\wards\\北区.xlsx', 'win32')).toBe(true);
    expect(samePathText('/Users/a/Wards/Kita.xlsx', '/Users/a/wards/kita.xlsx', 'darwin')).toBe(true);
    expect(samePathText('/home/a/Kita.xlsx', '/home/a/kita.xlsx', 'linux')).toBe(false);
  });

  it('summary refuses --out naming an input through a link, with a message that says so', async () => {
    const message = await outputClash(
      [join(dir, 'real', '北区.xlsx')],
      [
        ['--out', join(dir, 'alias', '北区.xlsx')],
        ['--report', undefined],
      ],
    );
    expect(message).toContain('は、集計する入力ファイル');
    expect(message).toContain('入力ファイルは置き換えません。別のファイル名にしてください。');
    expect(
      await outputClash([join(dir, 'real', '北区.xlsx')], [['--out', join(dir, 'alias', 'summary.xlsx')]]),
    ).toBeNull();
  });
});

describe('a write that fails midway', () => {
  const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const SCRIPT = join(__dirname, 'support', 'write-under-limit.ts');
  // `ulimit -f 16`: files may grow to 16 KiB; a 100 KB write fails with EFBIG after 16 KiB, as on a
  // full disk. Node ignores SIGXFSZ, so the error reaches writeFileAtomic.
  const writeUnderLimit = (path: string, overwrite: boolean): { ok: boolean; code: string | null } =>
    JSON.parse(
      execFileSync(
        'bash',
        ['-c', `ulimit -f 16; exec "$0" "$@"`, TSX, SCRIPT, path, '100000', overwrite ? 'yes' : 'no'],
        {
          encoding: 'utf8',
        },
      ),
    ) as { ok: boolean; code: string | null };

  it('leaves no temporary file and no output; an existing output keeps its content', () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    expect(writeUnderLimit(join(out, 'summary.xlsx'), false)).toEqual({ ok: false, code: 'EFBIG' });
    expect(readdirSync(out)).toEqual([]);
    writeFileSync(join(out, 'summary.xlsx'), 'previous summary');
    expect(writeUnderLimit(join(out, 'summary.xlsx'), true)).toEqual({ ok: false, code: 'EFBIG' });
    expect(readdirSync(out)).toEqual(['summary.xlsx']);
    expect(readFileSync(join(out, 'summary.xlsx'), 'utf8')).toBe('previous summary');
  });
});
