import path from 'node:path';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { containing, CORPUS, factsView, loadWorkbook, readForm, view, type RecordView } from './helpers';

/**
 * The corpus forms (test/fixtures/corpus, a copy of ../shared/corpus) read by the form readers: every
 * record's cells and values, written by hand from the corpus expected.json ("cells" of each record) and
 * seeds 001 (大正区) / 003 (此花区). The checks' findings on these files are tested with the corpus
 * sample-file test; here, only what the reader says is where.
 */

let workbooks: Record<string, WorkbookSnapshot>;

beforeAll(async () => {
  workbooks = {};
  for (const file of ['taisho-initiative-sheets.xlsx', 'taisho-midyear-review.xlsx', 'konohana-pdca.xlsx']) {
    workbooks[file] = await loadWorkbook(path.join(CORPUS, file));
  }
});

function sheetOf(file: string, name: string) {
  const sheet = workbooks[file]?.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`${file} has no sheet ${name}`);
  return sheet;
}

function records(file: string, name: string): RecordView[] {
  const reading = readForm(sheetOf(file, name));
  expect(reading).not.toBeNull();
  return reading ? view(reading) : [];
}

const TAISHO = 'taisho-initiative-sheets.xlsx';
const MIDYEAR = 'taisho-midyear-review.xlsx';
const KONOHANA = 'konohana-pdca.xlsx';

const BOTH_OUTLOOKS = ['implementationOutlook', 'achievementOutlook'];

describe('大正区 取組項目 sheets (seed 001; corpus taisho-initiative-sheets.xlsx)', () => {
  it('reads 記入要領 as a sheet of the form with no record', () => {
    const reading = readForm(sheetOf(TAISHO, '記入要領'));
    expect(reading?.layout).toBe('taisho-initiative');
    expect(reading?.records).toEqual([]);
  });

  it('names the ward and the report year where the title writes them (A1)', () => {
    const reading = readForm(sheetOf(TAISHO, '取組項目1'));
    expect(reading && factsView(reading.facts)).toEqual({
      ward: '平成29年度　大正区運営方針　「市政改革プラン2.0」に基づく取組等@A1',
      reportYear: '平成29年度　大正区運営方針　「市政改革プラン2.0」に基づく取組等@A1',
    });
    expect(reading?.confidence).toBe(1);
    expect(reading?.findings).toEqual([]);
  });

  it('取組項目1: year-end record at row 13, the mid-year review at row 9', () => {
    expect(records(TAISHO, '取組項目1')).toEqual([
      {
        row: 13,
        id: null,
        cells: {
          indicatorText: 'A4',
          target: 'F8',
          context: 'C8,B12',
          actual: 'C13',
          mark: 'C14',
          explanation: 'E12',
        },
        values: {
          indicatorText: '【歳入の確保(介護保険料現年度・滞納繰越分の収納率アップ)】',
          // Last year's sentence kept (planted T1): the reader gives it as written.
          target: '以上の取り組みにより、28年度97.60%以上の収納率の向上をめざす。',
          context: containing('27年度(実績)97.53%'),
          actual: 0.9719,
          mark: '☐ 目標達成　☑ 目標未達成',
          explanation: containing('平成29年度の収納率は平成30年5月末まで確定しない'),
        },
        // 記入要領 5: the (達成状況) is ticked once the 自己評価 is written.
        required: ['mark'],
      },
      {
        row: 9,
        id: null,
        cells: { indicatorText: 'A4', implementationOutlook: 'C9', achievementOutlook: 'C10', explanation: 'E10' },
        values: {
          indicatorText: '【歳入の確保(介護保険料現年度・滞納繰越分の収納率アップ)】',
          implementationOutlook: '（○）実施見込み　（　）実施できない見込み',
          achievementOutlook: '（　）達成見込み　（○）達成できない見込み',
          explanation: containing('目標の97.60%には届かない見込み'),
        },
        required: BOTH_OUTLOOKS,
      },
    ]);
  });

  it('取組項目2: two targets (F8) and two actuals (C13) stay one cell each; E12 empty is still the place', () => {
    const [yearEnd, midYear] = records(TAISHO, '取組項目2');
    expect(yearEnd?.cells).toEqual({
      indicatorText: 'A4',
      target: 'F8',
      context: 'C8,B12',
      actual: 'C13',
      mark: 'C14',
      explanation: 'E12',
    });
    expect(yearEnd?.values.target).toBe('現年度分目標収納率　88.80%以上\n滞納繰越分目標収納率　25.07%以上');
    expect(yearEnd?.values.actual).toBe(
      '現年度分　86.76%（平成30年3月末現在）\n滞納繰越分　29.24%（平成30年3月末現在）',
    );
    expect(yearEnd?.values.mark).toBe('☑ 目標達成　☐ 目標未達成');
    expect(yearEnd?.values.explanation).toBeNull();
    expect(midYear?.row).toBe(9);
    expect(midYear?.values.achievementOutlook).toBe('（○）達成見込み　（　）達成できない見込み');
    expect(midYear?.cells.explanation).toBe('E10');
  });

  it('取組項目19: 実施できない見込み (C9) with its 課題と改善策 cell E10 empty (planted T3)', () => {
    const [yearEnd, midYear] = records(TAISHO, '取組項目19');
    expect(yearEnd?.row).toBe(13);
    expect(yearEnd?.cells.target).toBe('F8');
    expect(yearEnd?.values.actual).toBe('・教育委員会事務局兼務の区職員　100%\n・区内小・中学校長　100%');
    expect(midYear).toEqual({
      row: 9,
      id: null,
      cells: { indicatorText: 'A4', implementationOutlook: 'C9', achievementOutlook: 'C10', explanation: 'E10' },
      values: {
        indicatorText: '【「ニア・イズ・ベター」に基づく分権型教育行政の効果的な推進（区政編 改革の柱2 -イ）】',
        implementationOutlook: '（　）実施見込み　（○）実施できない見込み',
        achievementOutlook: '（○）達成見込み　（　）達成できない見込み',
        explanation: null,
      },
      required: BOTH_OUTLOOKS,
    });
  });
});

describe('大正区 中間振り返り (seed 001; corpus taisho-midyear-review.xlsx)', () => {
  it('gives the ward as written at C2 (太正区, planted M1) and the year at A1', () => {
    const reading = readForm(sheetOf(MIDYEAR, '中間振り返り'));
    expect(reading && factsView(reading.facts)).toEqual({
      ward: '太正区@C2',
      reportYear: '平成29年度　区運営方針「市政改革プラン2.0」に基づく取組等　中間振り返り@A1',
    });
  });

  it('gives one mid-year record per item: ○ typed beside the chosen option, year-end blocks not read', () => {
    expect(records(MIDYEAR, '中間振り返り')).toEqual([
      {
        row: 7,
        id: null,
        cells: {
          indicatorText: 'C4',
          target: 'C6',
          context: 'C5',
          implementationOutlook: 'C7',
          achievementOutlook: 'E8',
          explanation: 'G8',
        },
        values: {
          indicatorText: '【歳入の確保(介護保険料現年度・滞納繰越分の収納率アップ)】',
          target: '以上の取り組みにより、29年度97.60%以上の収納率の向上をめざす。',
          context: '27年度(実績)97.53%　29年度(目標)97.60%',
          implementationOutlook: '実施見込み',
          achievementOutlook: '達成できない見込み',
          explanation: containing('9月末現在の収納率'),
        },
        required: BOTH_OUTLOOKS,
        midYearOnly: true,
      },
      {
        row: 16,
        id: null,
        cells: {
          indicatorText: 'C13',
          target: 'C15',
          context: 'C14',
          implementationOutlook: 'C16',
          // Nothing chosen (planted M2): the first option's ○ cell, empty.
          achievementOutlook: 'C17',
          explanation: 'G17',
        },
        values: {
          indicatorText: '【歳入の確保　国民健康保険料の現年度及び滞納繰越分の収納率のアップ】',
          target: '現年度分目標収納率　88.80%以上\n滞納繰越分目標収納率　25.07%以上',
          context: '平成29年度目標収納率　88.80%（現年度賦課分）',
          implementationOutlook: '実施見込み',
          achievementOutlook: null,
          explanation: null,
        },
        required: BOTH_OUTLOOKS,
        midYearOnly: true,
      },
      {
        row: 25,
        id: null,
        cells: {
          indicatorText: 'C22',
          target: 'C24',
          context: 'C23',
          implementationOutlook: 'E25',
          achievementOutlook: 'C26',
          explanation: 'G26',
        },
        values: {
          indicatorText: '【「ニア・イズ・ベター」に基づく分権型教育行政の効果的な推進（区政編 改革の柱2 -イ）】',
          target: '【平成29年度】\n・教育委員会事務局兼務の区職員 50%以上\n・区内小・中学校長 50%以上',
          context: containing('【平成29年度】'),
          implementationOutlook: '実施できない見込み',
          achievementOutlook: '達成見込み',
          explanation: containing('区総合教育会議の立ち上げ準備'),
        },
        required: BOTH_OUTLOOKS,
        midYearOnly: true,
      },
    ]);
  });
});

describe('此花区 PDCA sheets (seed 003; corpus konohana-pdca.xlsx)', () => {
  it('reads 表紙 for the ward (A7) and the year (A2), with no record', () => {
    const reading = readForm(sheetOf(KONOHANA, '表紙'));
    expect(reading?.records).toEqual([]);
    expect(reading && factsView(reading.facts)).toEqual({ ward: '此花区　実績・評価@A7', reportYear: '平成27年度@A2' });
  });

  it('takes the ward and the year of a theme sheet from the workbook (表紙)', () => {
    const cover = readForm(sheetOf(KONOHANA, '表紙'));
    const reading = readForm(sheetOf(KONOHANA, 'コミュニティ'), cover?.facts);
    expect(reading && factsView(reading.facts)).toEqual({ ward: '此花区　実績・評価@A7', reportYear: '平成27年度@A2' });
  });

  // Seed 003 and the corpus expected.json: sheet, indicator, 目標 cell, 結果 cell, the measure's wording.
  const MEASURES: [string, string, string, string, string][] = [
    ['コミュニティ', '1-1-ア', 'C17', 'C18', 'B16'],
    ['協働', '1-2-ア', 'C18', 'C19', 'B17'],
    ['協働', '1-2-イ', 'C21', 'C22', 'B20'],
    ['公共人材', '1-4-ア', 'C18', 'C19', 'B17'],
    ['公共人材', '1-4-イ', 'C21', 'C22', 'B20'],
    ['住民自治', '2-1-ア-①', 'C18', 'C19', 'B17'],
    ['住民自治', '2-1-イ-①', 'C21', 'C22', 'B20'],
    ['総合窓口', '2-2-ア', 'C17', 'C18', 'B16'],
    ['区役所運営', '2-3-ア-①', 'C18', 'C19', 'B17'],
    ['区役所運営', '2-3-ア-②', 'C21', 'C22', 'B20'],
    ['区役所運営', '2-3-イ', 'C24', 'C25', 'B23'],
  ];

  it.each(MEASURES)('%s: %s with 目標 %s, 結果 %s, wording %s', (sheet, id, target, actual, text) => {
    const found = records(KONOHANA, sheet).find((record) => record.id === id);
    expect(found?.cells.target).toBe(target);
    expect(found?.cells.actual).toBe(actual);
    expect(found?.cells.indicatorText).toBe(text);
    expect(found?.row).toBe(Number(actual.slice(1)));
  });

  it('gives each theme sheet exactly its measures, in order', () => {
    const ids = (sheet: string) => records(KONOHANA, sheet).map((record) => record.id);
    expect(ids('コミュニティ')).toEqual(['1-1-ア']);
    expect(ids('協働')).toEqual(['1-2-ア', '1-2-イ']);
    expect(ids('公共人材')).toEqual(['1-4-ア', '1-4-イ']);
    expect(ids('住民自治')).toEqual(['2-1-ア-①', '2-1-イ-①']);
    expect(ids('総合窓口')).toEqual(['2-2-ア']);
    expect(ids('区役所運営')).toEqual(['2-3-ア-①', '2-3-ア-②', '2-3-イ']);
  });

  it('keeps the values as Excel holds them (fractions, full-width text, a score formatted 0"点")', () => {
    const value = (sheet: string, id: string, field: string) =>
      records(KONOHANA, sheet).find((record) => record.id === id)?.values[field];
    expect(value('コミュニティ', '1-1-ア', 'actual')).toBe(0.513);
    expect(value('コミュニティ', '1-1-ア', 'target')).toBe('50%以上');
    expect(value('住民自治', '2-1-ア-①', 'actual')).toBe('３１．３％');
    expect(value('住民自治', '2-1-ア-①', 'target')).toBe('６０％以上');
    expect(value('区役所運営', '2-3-ア-②', 'actual')).toBe(3);
    expect(value('区役所運営', '2-3-ア-②', 'target')).toBe('3.5点以上');
  });

  it('地域資源: 成果測定の対象外 (B18) is the outcome of 1-3-ア, イ and ウ, with no target', () => {
    expect(records(KONOHANA, '地域資源')).toEqual(
      ['1-3-ア', '1-3-イ', '1-3-ウ'].map((id) => ({
        row: 18,
        id,
        cells: { context: 'B10', actual: 'B18' },
        values: { context: containing('1件以上'), actual: '成果測定の対象外' },
      })),
    );
  });

  it('reads the P 業績目標 (B8/B9) as context, never as a target', () => {
    const [record] = records(KONOHANA, 'コミュニティ');
    expect(record?.cells.context).toBe('B8');
    expect(record?.cells.target).toBe('C17');
  });
});

describe('other sheets are left to the table reader', () => {
  it('returns null for the 西区 and 福島区 corpus workbooks', async () => {
    for (const file of ['nishi-r6-plan.xlsx', 'fukushima-indicators.xlsx', 'fukushima-initiatives.xlsx']) {
      const workbook = await loadWorkbook(path.join(CORPUS, file));
      for (const sheet of workbook.sheets) expect(readForm(sheet)).toBeNull();
    }
  });
});
