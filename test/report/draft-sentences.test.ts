import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { consolidateFiles, cityReport } from '../../src/cli/summary';
import type { CityReport } from '../../src/core/report/model';
import { csvRecords } from '../aggregate/csv-records';
import { reportFromRecords } from './helpers';

/**
 * Issue 15 §2: the draft 【達成状況】 sentences regenerated from examples/ say what the publication says
 * (seed 000 section Ⅱ). Every expectation below is copied by hand from the seed: its counts, and the
 * wards the data determines (1-2-イ: only 都島区 is behind, at 31.2％; 1-3-イ/ウ: 東成区 created 2 of 5).
 * The ward named in 「A区をはじめ」 is the draft's choice (the highest rate), not checked against the seed.
 */
const sentencesOf = (report: CityReport, id: string): string =>
  report.draft.indicators.find((indicator) => indicator.id === id)?.sentences.join('\n') ?? '';

function expectPublication(report: CityReport): void {
  const overall = report.draft.overall.join('\n');
  // 「成果指標17項目408件（17項目×24区）…記載したものが346件…記載していないものが62件」
  expect(overall).toContain('成果指標17項目408件（17項目×24区）');
  expect(overall).toContain('「区運営方針」に記載したものが346件、「区運営方針」には記載していないものが62件');
  expect(overall).toContain('記載した取組をすべて実施したものが330件、記載した取組の一部を実施したものが16件');
  expect(overall).toContain('59件は取組が実施されており、3件は取組が実施されていない');
  // 「成果指標15項目337件…のうち、304件（全体の約9割を占める）…「地域活動協議会を核とした自律した地域運営の支援」や「中間支援組織の活用」など77件（約2割）」
  expect(overall).toContain(
    '成果指標15項目337件のうち、304件（全体の約9割を占める）が成果目標値達成に向け概ね順調に進捗しており',
  );
  expect(overall).toContain(
    '「地域活動協議会を核とした自律した地域運営の支援」や「中間支援組織の活用」など77件（約2割）',
  );
  expect(overall).toContain('すでに平成29年度までの目標値を達成しています');
  // 「必ずしも順調ではないと評価されたものは、「地域公共人材の充実と活用の促進」など33件あり」
  expect(overall).toContain('必ずしも順調ではないと評価されたものは、「地域公共人材の充実と活用の促進」など33件');

  // 1-1-ア: 「すべての区において、進捗率が33.4％以上…概ね順調です。」「…をはじめ17区においては、平成29年度までの目標値を達成」
  expect(sentencesOf(report, '1-1-ア')).toContain(
    'すべての区において、進捗率が33.4％以上となっており、目標達成に向けた進捗状況は、概ね順調です。',
  );
  expect(sentencesOf(report, '1-1-ア')).toMatch(
    /特に、\S+区をはじめ17区においては、平成29年度までの目標値を達成することができました。/,
  );
  // 1-2-ア: 「すべての区において、平成29年度までの目標値を達成することができました。」
  expect(sentencesOf(report, '1-2-ア')).toBe('すべての区において、平成29年度までの目標値を達成することができました。');
  // 1-2-イ: 「都島区以外の23区においては…概ね順調です。（都島区の進捗率は31.2％でした）」
  expect(sentencesOf(report, '1-2-イ')).toBe(
    '都島区以外の23区においては、進捗率が33.4％以上となっており、目標達成に向けた進捗状況は、概ね順調です。（都島区の進捗率は31.2％でした）',
  );
  // 1-3-イ, 1-3-ウ: 「東成区をはじめ4区において…（4区計５件）」
  for (const id of ['1-3-イ', '1-3-ウ']) {
    expect(sentencesOf(report, id)).toContain('東成区をはじめ4区において');
    expect(sentencesOf(report, id)).toContain('（4区計5件）');
  }
  // 1-4-ア: 「…をはじめ8区においては…概ね順調」「一方で、…をはじめ16区においては、進捗率が33.4％未満」
  expect(sentencesOf(report, '1-4-ア')).toMatch(/\S+区をはじめ8区においては、進捗率が33\.4％以上/);
  expect(sentencesOf(report, '1-4-ア')).toMatch(
    /一方で、\S+区をはじめ16区においては、進捗率が33\.4％未満であり、必ずしも順調とはいえない状況です。/,
  );
  // 1-4-イ: 「すべての区において…概ね順調です。」「…をはじめ23区においては、平成29年度までの目標値を達成」
  expect(sentencesOf(report, '1-4-イ')).toMatch(/をはじめ23区においては、平成29年度までの目標値を達成/);
  // 2-1-イ-②: 13区 and 11区; 2-3-ア-①: 5区; 2-3-ア-②: 7区; 2-3-イ: 19区 and 5区.
  expect(sentencesOf(report, '2-1-イ-②')).toMatch(/をはじめ13区においては[\s\S]*をはじめ11区においては/);
  expect(sentencesOf(report, '2-3-ア-①')).toMatch(/をはじめ5区においては、平成29年度までの目標値を達成/);
  expect(sentencesOf(report, '2-3-ア-②')).toMatch(/をはじめ7区においては、平成29年度までの目標値を達成/);
  expect(sentencesOf(report, '2-3-イ')).toMatch(/をはじめ19区においては[\s\S]*をはじめ5区においては/);
  for (const id of ['2-1-ア-①', '2-1-ア-②', '2-1-ア-③', '2-1-イ-①', '2-2-ア'])
    expect(sentencesOf(report, id)).toBe(
      'すべての区において、進捗率が33.4％以上となっており、目標達成に向けた進捗状況は、概ね順調です。',
    );
}

describe('draft 【達成状況】 sentences in the publication’s style (issue 15 §2, seed 000 section Ⅱ)', () => {
  it('from examples/fy2015_city.csv: every count and every ward the data determines', () => {
    expectPublication(reportFromRecords(csvRecords()));
  });

  it('from the 25 workbooks of examples/wards/, read as laid out: the same sentences', async () => {
    const dir = join(__dirname, '..', '..', 'examples', 'wards');
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => join(dir, name));
    expectPublication(cityReport(await consolidateFiles(files)));
  });

  it('is marked as a draft the coordinator edits', () => {
    const report = reportFromRecords(csvRecords());
    expect(report.say('report.draft')).toContain('下書き');
    expect(report.say('report.draftNote')).toContain('公表前に担当者が確認し');
  });

  it('says so when a ward is missing instead of 「すべての区」', () => {
    const report = reportFromRecords(csvRecords().filter((r) => r.ward !== '都島区'));
    expect(report.submissions.missing).toEqual(['都島区']);
    expect(sentencesOf(report, '2-2-ア')).toContain('（集計した23区についての文です。都島区の提出がありません。）');
  });

  it('in English when the run is in English', () => {
    const report = reportFromRecords(csvRecords(), 'en');
    expect(sentencesOf(report, '1-2-イ')).toBe(
      "In the 23 wards other than 都島区 the progress rate is 33.4% or more: on track. (都島区's progress rate was 31.2%)",
    );
  });
});
