import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseChoices, serializeChoices } from '../../src/workbook/choices';

/** The plan choice (issue 16 §2) is saved with the other choices and read back; a stray value is dropped. */
describe('stored plan choice', () => {
  it('keeps planSource "sheet" through a save and a load', () => {
    const choices = {
      settings: { ...DEFAULT_SETTINGS, planStartYear: 2024, planSource: 'sheet' as const },
      mappings: {},
    };
    expect(parseChoices(serializeChoices(choices))).toEqual(choices);
  });

  it('drops a plan source it does not know, keeping the rest (the shipped plan then applies)', () => {
    const stored = JSON.stringify({ settings: { ...DEFAULT_SETTINGS, planSource: 'file.xlsx' }, mappings: {} });
    expect(parseChoices(stored)).toEqual({ settings: DEFAULT_SETTINGS, mappings: {} });
  });
});
