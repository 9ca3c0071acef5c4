import {
  GRADE_WORDS,
  isOnTrack,
  readStatus,
  STATUS_WORDS,
  STATUSES,
  statusKey,
  TABLE2_COLUMN_WORDS,
  WITHDRAWAL_WORDS,
} from '../../src/core/values/status-words';
import {
  implementationWord,
  IMPLEMENTATION_WORDS,
  LISTING_WORDS,
  listingWord,
  readImplementation,
  readListed,
} from '../../src/core/values/listing-words';
import { grade, overallGrade, status, withdrawal } from '../../src/core/rules';

// Expected words are typed from the domain (README §2 Words, §4 R2-R4, R7-R9), never taken from the module.
describe('status words: one vocabulary (domain §2, §4 R2/R7)', () => {
  it('R2/R7: the four statuses are the city\u2019s words, best first (seed 000 Table 2)', () => {
    expect(STATUSES).toEqual(['目標達成', '概ね順調', '必ずしも順調ではない', '未測定']);
    expect(STATUS_WORDS).toEqual({
      achieved: '目標達成',
      onTrack: '概ね順調',
      behind: '必ずしも順調ではない',
      notMeasured: '未測定',
    });
  });

  it.each([
    ['目標達成', '目標達成'],
    [' 概ね順調 ', '概ね順調'],
    ['必ずしも順調ではない\n', '必ずしも順調ではない'],
    ['未測定', '未測定'],
    ['順調', null],
    ['A', null],
    ['constructor', null],
    ['', null],
  ])('reads %j as the status %j', (text, expected) => {
    expect(readStatus(text)).toBe(expected);
  });

  it.each([
    ['目標達成', 'achieved'],
    ['概ね順調', 'onTrack'],
    ['必ずしも順調ではない', 'behind'],
    ['未測定', 'notMeasured'],
    [null, 'notMeasured'],
  ] as const)('R8: %j is counted as %j (a case not judged counts with the not measured)', (word, key) => {
    expect(statusKey(word)).toBe(key);
  });

  it('R8: on track includes achieved (seed 000 ※3), nothing else', () => {
    expect(isOnTrack('目標達成')).toBe(true);
    expect(isOnTrack('概ね順調')).toBe(true);
    expect(isOnTrack('必ずしも順調ではない')).toBe(false);
    expect(isOnTrack('未測定')).toBe(false);
    expect(isOnTrack(null)).toBe(false);
  });

  it('R2: the rules answer in these words (20.8% against 50% in year 1 of 3 is on track; 15.6% is behind)', () => {
    expect(status('20.8%', 'H29年度までに50%以上', 1, 3)).toBe('概ね順調');
    expect(status('15.6%', 'H29年度までに50%以上', 1, 3)).toBe('必ずしも順調ではない');
    expect(status('51.3%', '50%以上', 1, 3)).toBe('目標達成');
    expect(status('未測定', '50%以上', 1, 3)).toBe('未測定');
  });

  it('R4: withdrawal words (seed 004: 709 against 1,000, rebuild under 600; 33% against 70%, under 50%)', () => {
    expect(WITHDRAWAL_WORDS).toEqual({ achieved: '目標達成', missed: '目標未達成', rebuild: '撤退基準未達成' });
    expect(withdrawal('709件', '1000件以上', '600件未満')).toBe('目標未達成');
    expect(withdrawal('33%', '70%以上', '50%未満')).toBe('撤退基準未達成');
  });

  it('R3: grades are A (達成) and B (未達成); an overall mark is B when any mark is B (seeds 002, 004)', () => {
    expect(GRADE_WORDS).toEqual({ met: 'A', missed: 'B' });
    expect(grade('41.2%', '48%以上')).toBe('B');
    expect(grade('7団体', '3団体以上')).toBe('A');
    expect(overallGrade(['A', 'B'])).toBe('B');
    expect(overallGrade(['A', 'A'])).toBe('A');
  });

  it('R8: Table 2 heads its columns 件数, 概ね順調, うち目標達成, 必ずしも順調ではない (seed 000)', () => {
    expect(TABLE2_COLUMN_WORDS).toEqual({
      cases: '件数',
      onTrack: '概ね順調',
      achieved: 'うち目標達成',
      behind: '必ずしも順調ではない',
      notMeasured: '未測定',
    });
  });
});

describe('Table 1 words: one vocabulary (domain §4 R9)', () => {
  it('R9: 区運営方針への記載 あり/なし and the implementation words, as seed 000 表1 writes them', () => {
    expect(LISTING_WORDS).toEqual({ true: '記載あり', false: '記載なし' });
    expect(IMPLEMENTATION_WORDS).toEqual({ full: '全て実施', partial: '一部実施', done: '実施', notDone: '未実施' });
    expect(listingWord(true)).toBe('記載あり');
    expect(listingWord(false)).toBe('記載なし');
    expect(listingWord(null)).toBe('');
    expect(implementationWord('partial')).toBe('一部実施');
    expect(implementationWord('notDone')).toBe('未実施');
  });

  it('reads back every word it writes', () => {
    expect(readListed(listingWord(true))).toBe(true);
    expect(readListed(listingWord(false))).toBe(false);
    for (const key of ['full', 'partial', 'done', 'notDone'] as const) {
      expect(readImplementation(implementationWord(key))).toBe(key);
    }
  });
});
