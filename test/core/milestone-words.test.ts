import { readMilestoneActual } from '../../src/core/values/milestone';
import { portableFormulas } from '../../src/core/portable/formulas';
import { simulatePortable } from '../../src/core/portable/simulate';

/**
 * A milestone target (/work/shared/domain/README.md §6, 1-3-ア: 仕組みを立ち上げる (H27中); §4 R8:
 * built once by 市民局) has no number: its actual says done or not. The words are docs/rules.md's
 * decision: done `構築済`, `実施済み`, `完了`, `達成`, `○`, `…しました`; not done `未構築`, `未実施`,
 * `検討中`, `×`; anything else unreadable. The core's reader and the portable formulas, which
 * workbooks keep where the add-in is absent (domain §9), must read them alike: one list, both built from it.
 */
const MILESTONE = { kind: 'milestone' } as const;
const YEAR_1_OF_3 = 334;

describe('milestone actuals: one list of words for the reader and the portable formulas', () => {
  it.each([
    ['構築済', true],
    ['実施済み', true],
    ['完了', true],
    ['達成', true],
    ['○', true],
    ['協議会を設置しました', true],
    ['立ち上げ', true],
    ['設置した', true],
    ['未構築', false],
    ['未実施', false],
    ['検討中', false],
    ['×', false],
    ['検討しています', null],
    ['よろしく', null],
  ])('docs/rules.md: the core reads %j as done = %j', (text, expected) => {
    expect(readMilestoneActual(text)).toBe(expected);
  });

  it.each([
    ['構築済', '目標達成'],
    ['実施済み', '目標達成'],
    ['完了', '目標達成'],
    ['達成', '目標達成'],
    ['○', '目標達成'],
    ['協議会を設置しました', '目標達成'],
    ['設置した', '目標達成'],
    ['未構築', '必ずしも順調ではない'],
    ['未実施', '必ずしも順調ではない'],
    ['検討中', '必ずしも順調ではない'],
    ['×', '必ずしも順調ではない'],
    ['検討しています', '要確認'],
  ])('the portable formula gives %j the status %j', (text, status) => {
    expect(simulatePortable(text, MILESTONE, YEAR_1_OF_3).status).toBe(status);
  });

  /** The texts a formula compares whole: `TRIM(F5)="…"` inside one branch of the status formula. */
  function comparedTexts(branch: string): string[] {
    return [...branch.matchAll(/TRIM\(F5\)="([^"]*)"/g)].map((match) => match[1] ?? '');
  }

  it('every text the formula compares as done or not done, the core reads the same way', () => {
    const { status } = portableFormulas('F5', MILESTONE, YEAR_1_OF_3);
    // =IFERROR(IF(<not measured>,"未測定",IF(<not done>,"必ずしも順調ではない",IF(<done>,"目標達成",…
    const notDoneBranch = status.slice(status.indexOf(',"未測定",IF('), status.indexOf(',"必ずしも順調ではない",IF('));
    const doneBranch = status.slice(status.indexOf(',"必ずしも順調ではない",IF('), status.indexOf(',"目標達成",'));
    const notDone = comparedTexts(notDoneBranch);
    const done = comparedTexts(doneBranch);
    expect(notDone).toEqual(expect.arrayContaining(['×', '検討中']));
    expect(done).toEqual(expect.arrayContaining(['○', '完了', '達成', '実施', '立ち上げ', '設置した']));
    expect(notDone.filter((text) => readMilestoneActual(text) !== false)).toEqual([]);
    expect(done.filter((text) => readMilestoneActual(text) !== true)).toEqual([]);
    expect(notDoneBranch).toContain('AND(LEFT(TRIM(F5),1)="未",LEN(TRIM(F5))>1)');
    for (const ending of ['済', '済み', '完了', 'しました'])
      expect(doneBranch).toContain(`RIGHT(TRIM(F5),${ending.length})="${ending}"`);
  });

  it.each(['達成した', '実施完'])(
    'a rarer spelling the core reads as done (%j) the formula asks to review, never the opposite',
    (text) => {
      expect(readMilestoneActual(text)).toBe(true);
      expect(simulatePortable(text, MILESTONE, YEAR_1_OF_3).status).toBe('要確認');
    },
  );
});
