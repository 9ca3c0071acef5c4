import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuiltCli } from '../support/built-cli';

/**
 * The command as shipped: bin/kusei.js runs the one-file bundle (webpack.cli.config.js →
 * dist/cli/kusei.bundle.js, made by `npm run build:lib`). In-process tests run the sources; these run
 * the bundle in a child process, for what bundling could break: the command starting twice (the
 * entry's `require.main` check), the lazily loaded packages (ExcelJS external, fflate inside).
 */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kusei.js');
let dir: string;
let hook: string;

function kusei(args: readonly string[], preload: readonly string[] = []): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [...preload, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

beforeAll(() => {
  ensureBuiltCli();
  dir = mkdtempSync(join(tmpdir(), 'kusei-built-'));
  // Preloaded into the child: every package and built-in module it requires, printed at exit.
  hook = join(dir, 'required.cjs');
  writeFileSync(
    hook,
    [
      "const Module = require('module');",
      'const load = Module._load;',
      'const seen = new Set();',
      'Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };',
      "process.on('exit', () => process.stderr.write('REQUIRED ' + [...seen].join(' ') + '\\n'));",
    ].join('\n'),
  );
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/kusei.js runs the bundled command', () => {
  it('kusei --help prints the command list once, exit 0', () => {
    const run = kusei(['--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(count(String(run.stdout), 'usage: kusei <command>')).toBe(1);
    expect(String(run.stdout)).toMatch(/^ {2}summary /m);
  });

  it('a text summary of the 24 wards prints one report and loads neither ExcelJS nor worker_threads', () => {
    const run = kusei(['summary', 'examples/wards/*.xlsx'], ['-r', hook]);
    expect(run.status).toBe(0);
    expect(count(String(run.stdout), '提出が必要な区: 24区')).toBe(1);
    const required = /REQUIRED (.*)/.exec(String(run.stderr))?.[1]?.split(' ') ?? [];
    expect(required).toContain('../dist/cli/kusei.bundle.js');
    expect(required).not.toContain('exceljs');
    expect(required).not.toContain('worker_threads');
    expect(required).not.toContain('node:crypto');
  });

  it('summary --out loads ExcelJS and writes the workbook; status --out writes through the bundled fflate', () => {
    const summary = join(dir, 'summary.xlsx');
    const written = kusei(['summary', 'examples/wards', '--out', summary]);
    expect(written.status).toBe(0);
    expect(readFileSync(summary).subarray(0, 2).toString('latin1')).toBe('PK');
    const status = join(dir, '北区.xlsx');
    expect(kusei(['status', 'examples/wards/北区.xlsx', '--out', status]).status).toBe(0);
    const read = kusei(['read', status]);
    expect(read.status).toBe(0);
    expect(String(read.stdout)).toContain('シート「北区」');
    expect(String(read.stdout)).toMatch(/A1 +"区名"/);
  });
});
