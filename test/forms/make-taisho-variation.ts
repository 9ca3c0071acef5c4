/**
 * Writes test/forms/taisho-variation.xlsx: another clerk's keeping of the 大正区 取組項目 form (seed 001,
 * 「市政改革プラン2.0」に基づく取組等, 平成29年度), written from the seed's text of 取組項目4, 5 and 21,
 * not from the reader. Its expectations are hand-written in taisho-variation.expected.json.
 *
 * How it differs from the corpus's taisho-initiative-sheets.xlsx (same form, another keeping):
 *  - a blank margin column A: stage captions in column B, labels in C, values in D:G, 課題と改善策 in H;
 *  - stage captions written once in the stage's first row, not merged; the year-end stage is captioned
 *    年度評価 (as the seed writes it for 取組項目1 and 2) or 自己評価;
 *  - 計画's two (目標) captions side by side with their text BELOW them (C5 / E5 over C6 / E6);
 *  - 区名 written in its own cell (G2 / H2), not in the title;
 *  - 中間振り返り marks in half-width brackets `(○)実施見込み ( )実施できない見込み`;
 *  - the (達成状況) as ○ typed in the cell left of each option (list validation "○").
 * Planted (see the expected file): 取組項目4 ticks 目標未達成 though 85.1% meets 85%以上 (R6);
 * 取組項目21 says 達成できない見込み with no 課題と改善策 (R5) and leaves (達成状況) unticked (required).
 *
 *   npx tsx test/forms/make-taisho-variation.ts
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';

type Value = string | number | null;

interface Item {
  readonly sheet: string;
  readonly number: number;
  readonly title: string;
  readonly planTarget: string;
  readonly target: string;
  readonly implementation: string;
  readonly achievement: string;
  readonly midExplanation: Value;
  readonly stage: '年度評価' | '自己評価';
  readonly narrative: string;
  readonly actual: Value;
  readonly actualFormat?: string;
  /** Which option of (達成状況) gets the ○: 0 目標達成, 1 目標未達成, null none. */
  readonly ticked: 0 | 1 | null;
  readonly explanation: Value;
}

// Figures and wording from seed 001; the 課題と改善策 prose is filler where the seed has none.
const ITEMS: readonly Item[] = [
  {
    sheet: '取組4',
    number: 4,
    title: '【コンプライアンスの確保】',
    planTarget: 'コンプライアンス研修受講者アンケートで「研修の内容に満足した」と回答した職員の割合100%',
    target: 'コンプライアンス研修受講者アンケートで「研修の内容に満足した」と回答した職員の割合85%以上。',
    implementation: '(○)実施見込み　( )実施できない見込み',
    achievement: '(○)達成見込み　( )達成できない見込み',
    midExplanation: null,
    stage: '自己評価',
    narrative:
      '・平成29年度の取組内容すべての取り組みを行った。\n・課長会・係長会・情報共有化委員会の開催により、各役職レベルでの横の連携を強化した。',
    actual: 0.851,
    actualFormat: '0.0%',
    ticked: 1,
    explanation: '研修の満足度は目標を上回ったが、受講できなかった職員への研修資料の共有を徹底する。',
  },
  {
    sheet: '取組5',
    number: 5,
    title: '【PDCAサイクルの徹底】',
    planTarget: '区政会議の参加者が区政会議での内容が区政に反映されていると感じている割合 50%以上',
    target: '・区民モニター回答率60%以上\n・区政会議での内容を区政に反映させる(1件以上)。',
    implementation: '( )実施見込み　(○)実施できない見込み',
    achievement: '(○)達成見込み　( )達成できない見込み',
    midExplanation:
      '区政会議委員の改選により委員数を絞り込み、区政会議本体がラウンドテーブルの役割も果たすため、ラウンドテーブルは開催しない。区政会議で意見聴取を行う。',
    stage: '年度評価',
    narrative:
      '・郵送及びホームページを利用したアンケート調査(2回)・区政会議の開催(3回)\n区民モニターアンケートの実施(2回)[回答率: 66.5% 66.5%] 区政会議での内容を区政に反映(2件)',
    actual: '・区民モニター回答率　66.5%\n・区政会議での内容を区政に反映　2件',
    ticked: 0,
    explanation: null,
  },
  {
    sheet: '取組21',
    number: 21,
    title: '【多様な区民の意見やニーズの的確な把握(区政編 改革の柱2 -イ)】',
    planTarget:
      '区役所が、様々な機会を通じて区民の意見やニーズを把握していると感じる区民の割合 29年度 35% (28年度 32.4%)',
    target: '区役所が、様々な機会を通じて区民の意見やニーズを把握していると感じる区民の割合 29年度 35%',
    implementation: '(○)実施見込み　( )実施できない見込み',
    achievement: '( )達成見込み　(○)達成できない見込み',
    midExplanation: null,
    stage: '自己評価',
    narrative: '区長会議での議事を職員全体で共有し、改善事例の共有を行った。',
    actual: 0.392,
    actualFormat: '0.0%',
    ticked: null,
    explanation: null,
  },
];

const FONT = { name: 'ＭＳ Ｐゴシック', size: 10 };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

function put(ws: ExcelJS.Worksheet, address: string, value: Value, format?: string): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.font = FONT;
  cell.alignment = WRAP;
  if (format) cell.numFmt = format;
}

function writeItem(ws: ExcelJS.Worksheet, item: Item): void {
  put(ws, 'A1', '平成29年度　区運営方針（「市政改革プラン2.0」に基づく取組等）　取組シート');
  ws.mergeCells('A1:F1');
  put(ws, 'G2', '区名');
  put(ws, 'H2', '大正区');
  put(ws, 'B3', `取組項目${item.number}`);
  put(ws, 'B4', item.title);
  ws.mergeCells('B4:H4');
  // 計画: captions side by side, their text below.
  put(ws, 'B5', '計画');
  put(ws, 'C5', '取組の方針・目標内容\n(目標)');
  ws.mergeCells('C5:D5');
  put(ws, 'E5', '当年度の取組内容\n(目標)');
  ws.mergeCells('E5:G5');
  put(ws, 'C6', item.planTarget);
  ws.mergeCells('C6:D6');
  put(ws, 'E6', item.target);
  ws.mergeCells('E6:G6');
  // 中間振り返り
  put(ws, 'B7', '中間振り返り');
  put(ws, 'C7', '取組内容の実施見込み');
  put(ws, 'D7', item.implementation);
  ws.mergeCells('D7:G7');
  put(ws, 'H7', '課題と改善策\n※左記が「×」の場合は必須');
  put(ws, 'C8', '目標の達成見込み');
  put(ws, 'D8', item.achievement);
  ws.mergeCells('D8:G8');
  put(ws, 'H8', item.midExplanation);
  // 年度評価 / 自己評価
  put(ws, 'B9', item.stage);
  put(ws, 'C9', '当年度の取組実績及び目標の達成状況');
  ws.mergeCells('C9:G9');
  put(ws, 'H9', '課題と改善策\n※左記が「×」の場合は必須');
  put(ws, 'C10', item.narrative);
  ws.mergeCells('C10:G10');
  put(ws, 'H10', item.explanation);
  ws.mergeCells('H10:H12');
  put(ws, 'C11', '(実績)');
  put(ws, 'D11', item.actual, item.actualFormat);
  ws.mergeCells('D11:G11');
  put(ws, 'C12', '(達成状況)');
  put(ws, 'D12', item.ticked === 0 ? '○' : null);
  put(ws, 'E12', '目標達成');
  put(ws, 'F12', item.ticked === 1 ? '○' : null);
  put(ws, 'G12', '目標未達成');
  for (const address of ['D12', 'F12']) {
    ws.getCell(address).dataValidation = { type: 'list', allowBlank: true, formulae: ['"○"'] };
  }
  [3, 14, 22, 8, 14, 8, 14, 40].forEach((width, index) => {
    ws.getColumn(index + 1).width = width;
  });
}

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '大正区役所 総務課';
  workbook.created = new Date(Date.UTC(2018, 3, 20));
  workbook.modified = workbook.created;
  for (const item of ITEMS) writeItem(workbook.addWorksheet(item.sheet), item);
  await workbook.xlsx.writeFile(join(__dirname, 'taisho-variation.xlsx'));
}

void main();
