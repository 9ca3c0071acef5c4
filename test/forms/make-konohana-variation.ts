/**
 * Writes test/forms/konohana-variation.xlsx: another keeping of the 此花区 PDCA form (seed 003, 平成27年度),
 * written from the seed's text of sections 1-(1) and 2-(3), not from the reader. Its expectations are
 * hand-written in konohana-variation.expected.json.
 *
 * How it differs from the corpus's konohana-pdca.xlsx (same form, another keeping):
 *  - no 表紙: each sheet starts with a title row naming the year and the ward (平成27年度 … （此花区）);
 *  - the items are written with circled letters (㋐, ㋑), as seed 000 writes them;
 *  - the P / D / C / A captions are written once, not merged over their rows;
 *  - 結果 written as text (51.3%), one of them typed as a number into a 0.0% cell.
 * Planted (see the expected file): 区役所運営 C18 holds 94.4 formatted 0.0% (shown 9440.0%), and the 目標
 * of ii. keeps last period's year (H26年度までに3.5点以上) in a 平成27年度 sheet.
 *
 *   npx tsx test/forms/make-konohana-variation.ts
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';

type Value = string | number;

interface Measure {
  readonly text: string;
  readonly target: string;
  readonly result: Value;
  readonly format?: string;
}

interface Section {
  readonly sheet: string;
  readonly headings: readonly string[];
  readonly plan: string;
  readonly done: string;
  readonly measures: readonly Measure[];
  readonly reflected: string;
}

const SECTIONS: readonly Section[] = [
  {
    sheet: 'つながり',
    headings: [
      '１　「大きな公共を担う活力ある地域社会づくり」に向けて',
      '（１）豊かなコミュニティの実現',
      '㋐　人と人とのつながり作りの促進',
    ],
    plan: '身近な地域の中で「声かけ」、「見守り」、「助け合い」、「支え合い」を実感している区民の割合：50%以上',
    done: '区民まつりなどで区民にアピール',
    measures: [
      {
        text: '身近な地域の中で「声かけ」、「見守り」、「助け合い」、「支え合い」を実感している区民の割合',
        target: '50%以上',
        result: '51.3%',
      },
    ],
    reflected: '・区民参加型の事業において、人と人とのつながりを実感できるきっかけづくりの企画・立案を行う',
  },
  {
    sheet: '区役所運営',
    headings: [
      '２　「自律した自治体型の区政運営」に向けて',
      '（３）区民が満足・納得できる区役所運営',
      '㋐　庁舎案内や窓口業務におけるサービス向上',
      '㋑　区民が納税者の視点で納得できる効果的・効率的な業務運営',
    ],
    plan: 'i. 来庁者への案内サービスや窓口での対応が良いと感じた区民の割合：80%以上\nii. 覆面調査員による調査（5点満点）での点数：3.5点以上\niii. 区役所の取組が進められていることを知っている区民の割合：60%以上',
    done: '・庁舎案内の改善と接遇研修の実施',
    measures: [
      {
        text: 'i. 区役所を過去1年間に訪れた区民のうち、来庁者への案内サービスや窓口での対応が良いと感じた区民の割合',
        target: '80%以上',
        // Typed as 94.4 into a cell formatted 0.0%: Excel shows 9440.0% (planted K1).
        result: 94.4,
        format: '0.0%',
      },
      {
        text: 'ii. 区役所来庁者に対する窓口サービスに係る民間事業者の覆面調査員による調査（5点満点）での点数',
        // Last period's year kept (planted K2).
        target: 'H26年度までに3.5点以上',
        result: '3点',
      },
      {
        text: 'iii. 効果的・効率的な業務運営に向け、区の実情や特性に応じて、区役所の取組が進められていることを知っている区民の割合',
        target: '60%以上',
        result: '21.3%',
      },
    ],
    reflected: '・「サービス力強化プロジェクト」により区役所のサービス力を高める',
  },
];

const FONT = { name: 'ＭＳ Ｐゴシック', size: 10 };

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: Value, format?: string): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.font = FONT;
  cell.alignment = { wrapText: true, vertical: 'top' };
  if (format) cell.numFmt = format;
}

function writeSection(ws: ExcelJS.Worksheet, section: Section): void {
  put(ws, 1, 1, '平成27年度　区政運営基本方針　実績・評価（此花区）');
  let row = 2;
  for (const heading of section.headings) put(ws, row++, 1, heading);
  row++;
  put(ws, row, 1, 'P');
  put(ws, row, 2, '業績目標（目標年次：29年度）');
  put(ws, row + 1, 2, section.plan);
  row += 3;
  put(ws, row, 1, 'D');
  put(ws, row, 2, '実績');
  put(ws, row + 1, 2, section.done);
  row += 3;
  put(ws, row, 1, 'C');
  put(ws, row, 2, '評価');
  row++;
  for (const measure of section.measures) {
    put(ws, row, 2, measure.text);
    put(ws, row + 1, 2, '目標');
    put(ws, row + 1, 3, measure.target);
    put(ws, row + 2, 2, '結果');
    put(ws, row + 2, 3, measure.result, measure.format);
    row += 3;
  }
  row++;
  put(ws, row, 1, 'A');
  put(ws, row, 2, '今年度反映した内容');
  put(ws, row + 1, 2, section.reflected);
  [6, 60, 16].forEach((width, index) => {
    ws.getColumn(index + 1).width = width;
  });
}

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '此花区役所';
  workbook.created = new Date(Date.UTC(2016, 5, 1));
  workbook.modified = workbook.created;
  for (const section of SECTIONS) writeSection(workbook.addWorksheet(section.sheet), section);
  await workbook.xlsx.writeFile(join(__dirname, 'konohana-variation.xlsx'));
}

void main();
