import fc from 'fast-check';
import { indicatorLetter, normalizeIndicatorId } from '../../src/core/layouts/indicator-id';

describe('normalizeIndicatorId', () => {
  it.each([
    ['1-1-ア', '1-1-ア'],
    ['１－１－ア', '1-1-ア'],
    ['1-1-㋐', '1-1-ア'],
    ['1‐2‐㋑', '1-2-イ'],
    ['1-1-⑦', '1-1-ア'],
    ['2-1-ア-①', '2-1-ア-①'],
    ['2-1-ア-1', '2-1-ア-①'],
    ['２－１－ア－③', '2-1-ア-③'],
    ['2-1-ア①', '2-1-ア-①'],
    ['2-1-ア(2)', '2-1-ア-②'],
    [' 2 - 3 - ア - ② ', '2-3-ア-②'],
    ['1-(3)-ウ', '1-3-ウ'],
  ])('reads %s as %s (the catalogue form, domain §6)', (text, id) => {
    expect(normalizeIndicatorId(text)).toBe(id);
  });

  it.each(['', 'ア', '1-1', '人と人とのつながり', 'A-1-ア', '1-1-a', '1-1-ア-①-②', '51.3%'])(
    '%s is not an id (null, never a guess)',
    (text) => {
      expect(normalizeIndicatorId(text)).toBeNull();
    },
  );

  it('property: never throws and gives the same output for the same input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const first = normalizeIndicatorId(text);
        expect(normalizeIndicatorId(text)).toBe(first);
        expect(first === null || /^\d+-\d+-[ア-ン](-[①-⑳])?$/.test(first)).toBe(true);
      }),
    );
  });

  it('property: any id written in full width, with circled katakana or spaces, normalises to itself', () => {
    const letters = 'アイウエオ';
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (g, s, l, wide) => {
          const letter = letters[l] ?? 'ア';
          const canonical = `${g}-${s}-${letter}`;
          const written = wide
            ? `${String.fromCharCode(0xff10 + g)}－${String.fromCharCode(0xff10 + s)}－${String.fromCodePoint(0x32d0 + l)}`
            : ` ${g} - ${s} - ${letter} `;
          expect(normalizeIndicatorId(written)).toBe(canonical);
        },
      ),
    );
  });
});

describe('indicatorLetter (item cells of seed 004 give only the letter)', () => {
  it.each([
    ['㋐', 'ア'],
    ['⑦', 'ア'],
    ['イ', 'イ'],
    ['ｱ', 'ア'],
  ])('%s → %s', (text, letter) => {
    expect(indicatorLetter(text)?.letter).toBe(letter);
  });

  it('is null for other text', () => {
    expect(indicatorLetter('人と人')).toBeNull();
    expect(indicatorLetter('12')).toBeNull();
  });

  it('property: never throws, deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        expect(indicatorLetter(text)).toEqual(indicatorLetter(text));
      }),
    );
  });
});
