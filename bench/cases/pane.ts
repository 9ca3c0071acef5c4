/**
 * Task pane suite (issues 5 and 11), on the production build in dist/ (built first when missing):
 * - initial scripts (those taskpane.html loads before the pane is usable), gzip, against the
 *   200 KB budget; the chunks the pane downloads to open a file (KUSEI's own reader, webpack chunk
 *   "xlsx-reader" and the shared chunks it needs) against issue 11's 40 KB budget; the ExcelJS chunk,
 *   loaded only when the pane writes into the workbook, against ExcelJS's own minified bundle. Chunks
 *   are found from the build itself: the runtime's map of chunk ids to file names and the chunk ids
 *   each lazy import loads together, never by guessing a file name;
 * - page load to interactive pane in Chromium on localhost (standalone mode, office.js blocked as
 *   offline), against loading the same page with its scripts blocked (HTML and server alone);
 * - opening and checking a 10,000-row standard-layout workbook in the page, against doing the same
 *   in Node with KUSEI's reader (fflate, as the pane) and with the old path (ExcelJS load + snapshot).
 *   The page's requests show which chunks opening a file downloads (ExcelJS must not be one) and, once,
 *   that adding the status columns is what brings ExcelJS.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { WARD_NAMES } from '../../src/core/layouts/wards';
import { workbookToSnapshot } from '../../src/files/exceljs-snapshot';
import { readXlsxBytes } from '../../src/files/read-xlsx-buffer';
import { coreEngine } from '../../src/taskpane/core-engine';
import { median, seededRandom, type BenchRow, REPOSITORY_ROOT } from '../harness';
import type { BenchCase } from '../case';
import { STANDARD_HEADER_ROW } from '../../scripts/layouts/standard';

// The repository (bench/harness.ts), also when bundled into dist-bench/run.js.
const ROOT = REPOSITORY_ROOT;
/** The production build (KUSEI_DIST names another build directory). */
const DIST = process.env.KUSEI_DIST ?? join(ROOT, 'dist');
const PORT = 3199;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LOAD_RUNS = 7;
const CHECK_RUNS = 3;
const ROWS = 10_000;
const BUDGET_KB = 200;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const READER_BUDGET_KB = 40;

const gzipKb = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length / 1024;
const fileGzipKb = (file: string): number => gzipKb(readFileSync(join(DIST, file)));
const sumGzipKb = (files: readonly string[]): number => files.reduce((sum, file) => sum + fileGzipKb(file), 0);
/** The file name of a request to the local server. */
const fileOf = (url: string): string => new URL(url).pathname.replace(/^\//, '');

function ensureBuild(): void {
  if (existsSync(join(DIST, 'taskpane.html'))) return;
  const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('webpack --mode production failed');
}

/** Scripts taskpane.html itself loads (the initial download), by file name. */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1] ?? '')
    .filter((src) => !/^https?:/.test(src));
}

/** The build's lazy chunks: ids by webpackChunkName and file names by id, as the runtime loads them. */
interface Chunks {
  readonly idOf: ReadonlyMap<string, number>;
  readonly fileOf: ReadonlyMap<number, string>;
  /** Every set of chunk ids one lazy import loads together (`Promise.all([r.e(11), r.e(714)])`). */
  readonly groups: readonly (readonly number[])[];
}

const pairs = (text: string): [string, string][] =>
  [...text.matchAll(/(\d+):"([^"]+)"/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);

/**
 * Reads runtime.js's chunk file function, `r.u = e => ({70:"consolidate",…}[e] || e) + "." +
 * {11:"b5cb983c",…}[e] + ".js"`, and the chunk loads of every script of the build. Throws when the
 * runtime has another shape (a webpack upgrade or a changed chunkFilename): a figure on a guessed
 * file would be wrong.
 */
function readChunks(): Chunks {
  const runtime = readFileSync(join(DIST, 'runtime.js'), 'utf8');
  const map = /\(\{((?:\d+:"[^"]+",?)*)\}\[(\w+)\]\|\|\2\)\+"\."\+\{((?:\d+:"[0-9a-f]+",?)*)\}\[\2\]\+"\.js"/.exec(
    runtime,
  );
  if (!map) throw new Error('runtime.js: no chunk-file map of the form ({id:"name"}[e]||e)+"."+{id:"hash"}[e]+".js"');
  const names = new Map(pairs(map[1] ?? '').map(([id, name]) => [Number(id), name]));
  const idOf = new Map([...names].map(([id, name]) => [name, id]));
  const fileOf = new Map(
    pairs(map[3] ?? '').map(([id, hash]) => [Number(id), `${names.get(Number(id)) ?? id}.${hash}.js`]),
  );
  const groups: number[][] = [];
  for (const file of readdirSync(DIST).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(DIST, file), 'utf8');
    // A load of several chunks, then every single load (`r.e(85).then(…)`) as a group of one.
    for (const all of code.matchAll(/Promise\.all\(\[((?:[\w$]+\.e\(\d+\),?)+)\]\)/g))
      groups.push([...(all[1] ?? '').matchAll(/\.e\((\d+)\)/g)].map((m) => Number(m[1])));
    for (const one of code.matchAll(/[\w$]+\.e\((\d+)\)/g)) groups.push([Number(one[1])]);
  }
  return { idOf, fileOf, groups };
}

/** The files one named chunk's import downloads: the largest chunk group that loads it. */
function chunkFiles(chunks: Chunks, name: string): string[] {
  const id = chunks.idOf.get(name);
  if (id === undefined) throw new Error(`the build has no chunk named "${name}"`);
  const group = chunks.groups
    .filter((ids) => ids.includes(id))
    .reduce<readonly number[]>((widest, ids) => (ids.length > widest.length ? ids : widest), [id]);
  return group.map((chunk) => {
    const file = chunks.fileOf.get(chunk);
    if (file === undefined || !existsSync(join(DIST, file)))
      throw new Error(`chunk ${chunk} (with "${name}") has no file in ${DIST}`);
    return file;
  });
}

/** The files of the build the pane needs to open a file and to write, found from the build. */
interface PaneChunks {
  readonly reader: readonly string[];
  readonly exceljs: string;
  /** The writer's own chunks (besides ExcelJS) that the reader did not already bring. */
  readonly writer: readonly string[];
}

function paneChunks(): PaneChunks {
  const chunks = readChunks();
  const reader = chunkFiles(chunks, 'xlsx-reader');
  const exceljs = chunkFiles(chunks, 'exceljs');
  if (exceljs.length !== 1 || exceljs[0] === undefined) throw new Error('ExcelJS is not one chunk of its own');
  const writer = chunkFiles(chunks, 'xlsx-writer').filter((file) => !reader.includes(file));
  return { reader, exceljs: exceljs[0], writer };
}

/** What the page was seen to download: at load, on opening a file, on writing into it. */
interface Seen {
  readonly atLoad: readonly string[];
  readonly onOpen: readonly string[];
  readonly onWrite: readonly string[];
}

function sizeRows(chunks: PaneChunks, seen: Seen): BenchRow[] {
  const scripts = initialScripts();
  const initial = sumGzipKb(scripts);
  const reader = sumGzipKb(chunks.reader);
  const notOnOpen = chunks.reader.filter((file) => !seen.onOpen.includes(file));
  const alsoOnOpen = seen.onOpen.filter((file) => file.endsWith('.js') && !chunks.reader.includes(file));
  const excelOnOpen = seen.onOpen.includes(chunks.exceljs) || seen.atLoad.includes(chunks.exceljs);
  const excel = fileGzipKb(chunks.exceljs);
  const own = gzipKb(readFileSync(join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js')));
  return [
    {
      benchmark: 'task pane initial scripts (gzip)',
      figure: scripts.join(' + '),
      value: initial,
      unit: 'KB',
      runs: 1,
      comparedTo: 'budget (issue 5: must be under 200 KB, aim 150)',
      comparedValue: BUDGET_KB,
      ratio: initial / BUDGET_KB,
      note: 'the reader, the check engine and ExcelJS load later, on first use',
    },
    {
      benchmark: 'the reader chunks the pane downloads to open a file (gzip)',
      figure: chunks.reader.join(' + '),
      value: reader,
      unit: 'KB',
      runs: 1,
      comparedTo: 'budget (issue 11: ≤ 40 KB)',
      comparedValue: READER_BUDGET_KB,
      ratio: reader / READER_BUDGET_KB,
      note: [
        'chunk "xlsx-reader" and the shared chunks its import loads with it (from runtime.js and the import)',
        notOnOpen.length === 0
          ? 'all were requested on opening a file'
          : `FINDING: not requested on opening a file: ${notOnOpen.join(', ')}`,
        alsoOnOpen.length > 0
          ? `opening also downloads ${alsoOnOpen.join(' + ')} (${sumGzipKb(alsoOnOpen).toFixed(1)} KB: the check engine and the views it shows)`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
    },
    {
      benchmark: 'ExcelJS chunk, loaded only when the pane writes into the workbook (gzip)',
      figure: chunks.exceljs,
      value: excel,
      unit: 'KB',
      runs: 1,
      comparedTo: "ExcelJS's own exceljs.min.js (gzip)",
      comparedValue: own,
      ratio: excel / own,
      note: [
        excelOnOpen
          ? 'FINDING: ExcelJS WAS requested before anything was written (at load or on opening a file)'
          : 'not requested at load nor on opening and checking a file',
        seen.onWrite.includes(chunks.exceljs)
          ? `requested on 状況列を追加, with ${chunks.writer.join(' + ')} (${sumGzipKb(chunks.writer).toFixed(1)} KB)`
          : 'FINDING: not requested on 状況列を追加 either',
      ].join('; '),
    },
  ];
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve-dist.mjs'), String(PORT), DIST], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`serve-dist exited with ${String(code)}`)));
  });
  return server;
}

/** Milliseconds from navigation start until the pane's first control is usable. */
async function timeToInteractive(browser: Browser, scripts: boolean): Promise<{ ms: number; requests: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
  if (!scripts) await page.route(`${ORIGIN}/**/*.js`, (route) => route.abort());
  await page.goto(`${ORIGIN}/taskpane.html`, { waitUntil: scripts ? 'commit' : 'load' });
  if (scripts) await page.getByRole('button', { name: '.xlsx ファイルを開く' }).waitFor({ state: 'visible' });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return { ms, requests };
}

function tenThousandRows(path: string): Promise<void> {
  const random = seededRandom(5);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('全区');
  sheet.addRow([...STANDARD_HEADER_ROW]);
  for (let i = 0; i < ROWS; i++) {
    const ward = WARD_NAMES[i % WARD_NAMES.length] ?? '北区';
    const actual = `${(random() * 100).toFixed(1)}%`;
    sheet.addRow([
      ward,
      `${1 + (i % 9)}-${1 + Math.floor(i / 9)}-ア`,
      '指標',
      'H29年度までに50%以上',
      '%',
      actual,
      '記載あり',
      '全て実施',
      null,
    ]);
  }
  return workbook.xlsx.writeFile(path);
}

interface PageCheck {
  readonly ms: number;
  /** Files requested from loading the page until the pane was usable. */
  readonly atLoad: string[];
  /** Files requested from choosing the file until its findings were shown. */
  readonly onOpen: string[];
  /** With `write`: files requested from pressing 状況列を追加 until the columns were written. */
  readonly onWrite: string[];
}

async function checkInPage(browser: Browser, file: string, write: boolean): Promise<PageCheck> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let requests: string[] = [];
  page.on('request', (request) => requests.push(fileOf(request.url())));
  const take = (): string[] => {
    const taken = requests;
    requests = [];
    return taken;
  };
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.getByRole('button', { name: '.xlsx ファイルを開く' }).waitFor();
  const atLoad = take();
  const start = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('layout-summary').waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  const onOpen = take();
  let onWrite: string[] = [];
  if (write) {
    await page.getByRole('button', { name: '状況列を追加', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    const written = page.getByText(/進捗率と状況の列を追加しました/);
    await dialog.or(written).waitFor({ timeout: 120_000 });
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: '表の右端に追加する' }).click();
    await written.waitFor({ timeout: 120_000 });
    onWrite = take();
  }
  await context.close();
  return { ms, atLoad, onOpen, onWrite };
}

/** The old path in Node: ExcelJS reads the file, its snapshot, the check. */
async function checkInNodeExcelJs(file: string): Promise<number> {
  const start = Date.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbookToSnapshot(workbook, 'bench.xlsx').sheets[0];
  if (!sheet) throw new Error('no sheet');
  coreEngine.check(sheet, DEFAULT_SETTINGS, undefined);
  return Date.now() - start;
}

/** What the page does, in Node: KUSEI's reader with fflate (the pane's inflate), then the check. */
async function checkInNodeReader(file: string): Promise<number> {
  const start = Date.now();
  const snapshot = await readXlsxBytes(new Uint8Array(readFileSync(file)), 'bench.xlsx');
  if ('fileError' in snapshot) throw new Error(snapshot.code);
  const sheet = snapshot.sheets[0];
  if (!sheet) throw new Error('no sheet');
  coreEngine.check(sheet, DEFAULT_SETTINGS, undefined);
  return Date.now() - start;
}

const benchCase: BenchCase = {
  name: 'Task pane (issues 5 and 11)',
  async run() {
    ensureBuild();
    const chunks = paneChunks();
    const rows: BenchRow[] = [];
    const server = await startServer();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const dir = mkdtempSync(join(tmpdir(), 'kusei-pane-bench-'));
    try {
      const interactive: number[] = [];
      const floor: number[] = [];
      let requests: string[] = [];
      for (let i = 0; i < LOAD_RUNS; i++) {
        floor.push((await timeToInteractive(browser, false)).ms);
        const run = await timeToInteractive(browser, true);
        interactive.push(run.ms);
        requests = run.requests;
      }
      const excelRequested = requests.some((url) => fileOf(url) === chunks.exceljs);
      rows.push({
        benchmark: 'page load to interactive pane (Chromium, localhost, standalone)',
        figure: 'navigation start → "open file" button visible',
        value: median(interactive),
        unit: 'ms',
        runs: LOAD_RUNS,
        comparedTo: 'same page with its scripts blocked (HTML + server only)',
        comparedValue: median(floor),
        ratio: median(interactive) / median(floor),
        note: excelRequested ? 'ExcelJS WAS requested before a file was opened' : 'ExcelJS not requested at load',
      });

      const file = join(dir, 'ten-thousand.xlsx');
      await tenThousandRows(file);
      const page: number[] = [];
      const nodeReader: number[] = [];
      const nodeExcelJs: number[] = [];
      const seen = { atLoad: new Set<string>(), onOpen: new Set<string>(), onWrite: new Set<string>() };
      for (let i = 0; i < CHECK_RUNS; i++) {
        nodeExcelJs.push(await checkInNodeExcelJs(file));
        nodeReader.push(await checkInNodeReader(file));
        // The last run also writes the status columns (after its timing), to see what writing downloads.
        const run = await checkInPage(browser, file, i === CHECK_RUNS - 1);
        page.push(run.ms);
        for (const [set, files] of [
          [seen.atLoad, run.atLoad],
          [seen.onOpen, run.onOpen],
          [seen.onWrite, run.onWrite],
        ] as const)
          for (const name of files) set.add(name);
      }
      rows.unshift(
        ...sizeRows(chunks, { atLoad: [...seen.atLoad], onOpen: [...seen.onOpen], onWrite: [...seen.onWrite] }),
      );
      const excelOnOpen = seen.onOpen.has(chunks.exceljs);
      const openRow = (comparedTo: string, node: readonly number[]): BenchRow => ({
        benchmark: `open and check a ${ROWS.toLocaleString('en')}-row sheet in standalone mode`,
        figure: 'file chosen → findings shown (reader and check chunks load, KUSEI reader parses, check, render)',
        value: median(page),
        unit: 'ms',
        runs: CHECK_RUNS,
        comparedTo,
        comparedValue: median(node),
        ratio: median(page) / median(node),
        note: `includes downloading the reader and core chunks on first open; ${
          excelOnOpen ? 'FINDING: ExcelJS WAS requested on open' : 'ExcelJS not requested on open'
        }`,
      });
      rows.push(
        openRow('KUSEI reader (fflate, as the pane) + check of the same file in Node', nodeReader),
        openRow('the old path: ExcelJS load + snapshot + check of the same file in Node', nodeExcelJs),
      );
    } finally {
      await browser.close();
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

export default benchCase;
