import { compactText, foldWidth, plainKey } from '../../src/core/text';
import { normalizeHeader } from '../../src/core/layouts/normalize';
import { groupHeading, normalizeIndicatorId, sectionHeading } from '../../src/core/layouts/indicator-id';
import { normalizeText } from '../../src/core/values/normalize';

// Domain §3: cells are written in full width (５１．３％), with spaces and line breaks; §7: headers differ
// in width and spacing from ward to ward. Every reader folds them with the one text helper (core/text.ts).
describe('one width fold for values, headers, ids and names (domain §3, §7)', () => {
  it.each([
    ['５１．３％', '51.3%'],
    ['Ｈ２９年度', 'H29年度'],
    ['７団体', '7団体'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldWidth(text)).toBe(folded);
  });

  it('a name or id is compared with width and spacing ignored (此花区, 1-1-ア)', () => {
    expect(plainKey(' 此花区\u3000')).toBe('此花区');
    expect(plainKey('１－１－ア')).toBe('1-1-ア');
  });

  it('a spacing voicing mark typed by an old input method joins its kana again (ホ゜ → ポ)', () => {
    expect(compactText('ホ゜イント')).toBe('ポイント');
    expect(compactText('めさ゛す 状態')).toBe('めざす状態');
  });

  it('the value reader, the header matcher and the id reader all fold the same way', () => {
    expect(normalizeText('５１．３\n％')).toBe('51.3%');
    expect(normalizeHeader('成果指標と\n目標値（Ｈ２９）')).toBe('成果指標と目標値h29');
    expect(normalizeIndicatorId('１－１－ア')).toBe('1-1-ア');
    expect(groupHeading('１「人と人とのつながりづくり」に向けて')).toBe(1);
    expect(sectionHeading('（２）地域活動協議会')).toBe(2);
  });
});
