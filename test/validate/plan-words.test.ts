import { readImplementation, readListed } from '../../src/core/values/listing-words';

// Table 1 (R9, seed 000): 区運営方針への記載 and 取組の実施状況 are read from words, in any width or spacing
// and in the variants wards write (有/無, ○/×, 実施済み…); anything else must be
// "unreadable" (undefined → a finding), never a value that happens to live on Object.prototype.
describe('reading the Table 1 words', () => {
  it.each([
    ['記載あり', true],
    ['記載なし', false],
    ['', null],
    ['記 載 あ り', true],
    ['有', true],
    ['○', true],
    ['記載無', false],
    ['×', false],
    ['－', false],
    ['　', null],
    ['たぶん', undefined],
  ])('R9: 区運営方針への記載 %j reads as %j', (text, expected) => {
    expect(readListed(text)).toBe(expected);
  });

  it.each([
    ['全て実施', 'full'],
    ['一部実施', 'partial'],
    ['実施', 'done'],
    ['未実施', 'notDone'],
    ['すべて実施', 'full'],
    ['一部のみ実施', 'partial'],
    ['実施済み', 'done'],
    ['実 施 せ ず', 'notDone'],
    ['', null],
    ['検討中', undefined],
  ])('R9: 取組の実施状況 %j reads as %j', (text, expected) => {
    expect(readImplementation(text)).toBe(expected);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a cell holding %j is unreadable, not an inherited property',
    (text) => {
      expect(readListed(text)).toBeUndefined();
      expect(readImplementation(text)).toBeUndefined();
    },
  );
});
