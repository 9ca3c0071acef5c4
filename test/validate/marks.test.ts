import {
  declaredWords,
  MARK_CHOICES,
  markFromChoices,
  readChoiceList,
  readDeclaredMark,
  readMark,
} from '../../src/core/validate/marks';

// Spellings from the corpus README ("Marks in many spellings") and seeds 001 / 004.
describe('declared marks in every spelling', () => {
  it('reads ☑ / ☐ (seed 001 自己評価 達成状況)', () => {
    expect(readDeclaredMark('☑ 目標達成　☐ 目標未達成')?.value).toBe('目標達成');
    expect(readDeclaredMark('☐ 目標達成　☑ 目標未達成')?.value).toBe('目標未達成');
  });
  it('reads the seed 004 ■/□ block, ignoring the bracketed sub-choices', () => {
    const block =
      '□目標達成（□取組は予定どおり実施　□取組を予定どおり実施しなかった）\n■目標未達成（■取組は予定どおり実施　□取組を予定どおり実施しなかった）\n□撤退基準未達成';
    expect(readDeclaredMark(block)?.value).toBe('目標未達成');
    const first =
      '■目標達成（□取組は予定どおり実施　■取組を予定どおり実施しなかった）\n□目標未達成（□取組は予定どおり実施　□取組を予定どおり実施しなかった）\n□撤退基準未達成';
    expect(readDeclaredMark(first)?.value).toBe('目標達成');
    expect(readDeclaredMark(block.replace('■目標未達成', '□目標未達成').replace(/■/g, '□'))).toBeNull();
    expect(readChoiceList(block.replace(/■/g, '□'))).toEqual({ kind: 'none' });
  });
  it('reads （○）実施見込み　（　）実施できない見込み (seed 001 中間振り返り)', () => {
    expect(readDeclaredMark('（○）実施見込み　（　）実施できない見込み')?.value).toBe('実施見込み');
    expect(readDeclaredMark('（　）実施見込み　（○）実施できない見込み')?.negative).toBe(true);
    expect(readChoiceList('（　）達成見込み　（　）達成できない見込み')).toEqual({ kind: 'none' });
  });
  it('reads full-width Ｂ as B and keeps plain marks', () => {
    expect(readDeclaredMark('Ｂ')?.value).toBe('B');
    expect(declaredWords('Ｂ')).toBe('B');
    expect(readDeclaredMark('A')?.value).toBe('A');
    expect(readDeclaredMark('全校区')).toBeNull();
  });
  it('turns ○ typed beside options into the chosen words at the ○ cell', () => {
    const options = [
      { ref: { row: 6, col: 2, value: '○' }, label: '実施見込み' },
      { ref: { row: 6, col: 4, value: null }, label: '実施できない見込み' },
    ];
    expect(markFromChoices(options)).toEqual({ row: 6, col: 2, value: '実施見込み' });
    const none = options.map((o) => ({ ...o, ref: { ...o.ref, value: null } }));
    expect(markFromChoices(none)).toEqual({ row: 6, col: 2, value: null });
  });

  it('folds width and spacing as names are folded, not as values are (△ is no minus sign in a mark)', () => {
    expect(readMark('目標\u3000未達成')).toEqual({ value: '目標未達成', negative: true, kind: 'achievement' });
    expect(readMark(' ｱ:有効であり、継続して推進')).toEqual({ value: 'ア', negative: false, kind: 'other' });
    expect(readMark('△')).toBeNull();
    expect(readMark('-')).toBeNull();
    expect(declaredWords('　Ｂ　')).toBe('B');
    const blank = { ref: { row: 1, col: 1, value: '\u3000' }, label: '実施見込み' };
    const ticked = { ref: { row: 1, col: 3, value: '〇' }, label: '実施できない見込み' };
    expect(markFromChoices([blank, ticked])).toEqual({ row: 1, col: 3, value: '実施できない見込み' });
  });

  it('names the marks a sheet may write in the unreadable mark message (domain §2)', () => {
    expect(MARK_CHOICES).toBe(
      'A / B、目標達成 / 目標未達成 / 撤退基準未達成、概ね順調 / 必ずしも順調ではない、○ / ×、ア / イ',
    );
  });
});
