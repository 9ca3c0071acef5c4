import { readImplementation, readListed } from '../../src/core/values/listing-words';

// Table 1 (R9, seed 000): 区運営方針への記載 and 取組の実施状況 are read from words; anything else must be
// "unreadable" (undefined → a finding), never a value that happens to live on Object.prototype.
describe('reading the Table 1 words', () => {
  it.each([
    ['記載あり', true],
    ['記載なし', false],
    ['', null],
  ])('R9: 区運営方針への記載 %j reads as %j', (text, expected) => {
    expect(readListed(text)).toBe(expected);
  });

  it.each([
    ['全て実施', 'full'],
    ['一部実施', 'partial'],
    ['実施', 'done'],
    ['未実施', 'notDone'],
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
