import {
  portableModel,
  simulatePortable,
  thresholdPermille,
  isPortableFormula,
  portableFormulas,
} from '../../src/core/portable';

/**
 * The portable columns' pieces, with expectations written by hand from the domain: R1 (progress =
 * actual ÷ target, rounded to 0.1%), R2 (threshold k/n rounded up at 0.1%: 1/3 → 33.4%, 2/3 → 66.7%),
 * R3 (met), R7 (未測定), and seed 000's FY2015 figures (中央区 38.3% against 50%以上).
 */
describe('portable model and formulas', () => {
  it('reads a target once into its value, unit and direction (H29年度までに50%以上 → 0.5 %, higher)', () => {
    expect(portableModel('H29年度までに50%以上')).toEqual({
      kind: 'ratio',
      unit: '%',
      target: 0.5,
      baseline: null,
      direction: 'higher',
      strict: false,
    });
    expect(portableModel('H29年度までに1件以上')).toMatchObject({ unit: '件', target: 1 });
    expect(portableModel('平成27年度中に仕組みを立ち上げる')).toEqual({ kind: 'milestone' });
    expect(portableModel('結果')).toBeNull();
  });

  it('thresholds are k/n rounded up at 0.1%, in thousandths (R2)', () => {
    expect([thresholdPermille(1, 3), thresholdPermille(2, 3), thresholdPermille(3, 3)]).toEqual([334, 667, 1000]);
    expect(thresholdPermille(4, 3)).toBeNull();
  });

  it('computes what the formula computes: text and number actuals as the sheets write them', () => {
    const half = portableModel('H29年度までに50%以上');
    if (!half) throw new Error('model');
    // 中央区 FY2015: 38.3% of 50% is 76.6%, over 33.4% in year 1 of 3: 概ね順調.
    expect(simulatePortable('38.3%', half, 334)).toEqual({ progress: 0.766, status: '概ね順調' });
    expect(simulatePortable('３８．３％', half, 334)).toEqual({ progress: 0.766, status: '概ね順調' });
    // A percent-formatted number cell: 0.726 meets 50%.
    expect(simulatePortable(0.726, half, 334)).toEqual({ progress: 1.452, status: '目標達成' });
    // 16.6% of 50% is 33.2%: below 33.4%.
    expect(simulatePortable(0.166, half, 334)).toEqual({ progress: 0.332, status: '必ずしも順調ではない' });
    expect(simulatePortable('約3割', half, 334)).toEqual({ progress: '要確認', status: '要確認' });
    expect(simulatePortable('未測定', half, 334)).toEqual({ progress: null, status: '未測定' });
    expect(simulatePortable(null, half, 334)).toEqual({ progress: null, status: '未測定' });
    const count = portableModel('H29年度までに1件以上');
    if (!count) throw new Error('model');
    expect(simulatePortable('0件', count, 334)).toEqual({ progress: 0, status: '必ずしも順調ではない' });
    expect(simulatePortable('5%', count, 334).status).toBe('要確認');
  });

  it('reads milestone actuals in the documents’ words (docs/rules.md)', () => {
    const milestone = { kind: 'milestone' } as const;
    expect(simulatePortable('構築済', milestone, 334).status).toBe('目標達成');
    expect(simulatePortable('未構築', milestone, 334).status).toBe('必ずしも順調ではない');
    expect(simulatePortable('検討しています', milestone, 334).status).toBe('要確認');
  });

  it('writes formulas recognised as its own, so writing again needs no consent', () => {
    const half = portableModel('50%以上');
    if (!half) throw new Error('model');
    const { progress, status } = portableFormulas('F5', half, 334);
    expect(isPortableFormula(progress)).toBe(true);
    expect(isPortableFormula(status.slice(1))).toBe(true);
    expect(isPortableFormula('="参考"')).toBe(true);
    expect(isPortableFormula('=IF(F5>1,"目標達成","")')).toBe(false);
  });
});
