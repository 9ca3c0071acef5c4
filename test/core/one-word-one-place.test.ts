import { join } from 'path';
import { literalsIn, sourceFiles } from '../support/source-literals';

/**
 * One word, one place (issue 10): the statuses of R2/R4/R7 and Table 1's words of R9 (domain §2, §4)
 * are spelt in code only by their vocabularies, values/status-words.ts and values/listing-words.ts.
 * Everyone else imports them, so a word cannot drift in one reader and not in another. The message
 * tables (core/messages/**, taskpane/i18n.ts) write them too, as what a user reads in either language.
 *
 * String literals, template parts, regular expressions and JSX text are read with TypeScript's own
 * parser, so comments do not count.
 */
const SRC = join(__dirname, '../../src');
const WORDS = [
  '目標達成',
  '概ね順調',
  '必ずしも順調ではない',
  '未測定',
  '目標未達成',
  '撤退基準未達成',
  '記載あり',
  '記載なし',
  '全て実施',
  '一部実施',
  '未実施',
];
const PLACES = [
  /^core\/values\/status-words\.ts$/,
  /^core\/values\/listing-words\.ts$/,
  /^core\/messages\//,
  /^taskpane\/i18n\.ts$/,
];

/** Files that still spell a word, each with its reason (the list must stay exact). */
const NOT_YET_MOVED: ReadonlySet<string> = new Set([
  // A form's own choices as the form prints them (data describing a form, like the synonym dictionary).
  'core/forms/descriptions.ts',
]);

function wordsIn(path: string): string[] {
  return literalsIn(path, { regularExpressions: true }).flatMap((text) => WORDS.filter((word) => text.includes(word)));
}

describe('the status and Table 1 words are spelt in their vocabularies only', () => {
  const files = sourceFiles(SRC);

  it('finds the vocabularies themselves (the scan reads what it should)', () => {
    const vocabulary = files.find((file) => file.name === 'core/values/status-words.ts');
    expect(vocabulary && new Set(wordsIn(vocabulary.path))).toEqual(
      new Set(['目標達成', '概ね順調', '必ずしも順調ではない', '未測定', '目標未達成', '撤退基準未達成']),
    );
  });

  it('has no word in a literal outside them', () => {
    const offenders = files
      .filter((file) => !PLACES.some((place) => place.test(file.name)) && !NOT_YET_MOVED.has(file.name))
      .map((file) => ({ file: file.name, words: wordsIn(file.path) }))
      .filter((entry) => entry.words.length > 0);
    expect(offenders).toEqual([]);
  });

  it('lists only files that still need the exception', () => {
    const stale = [...NOT_YET_MOVED].filter((name) => {
      const file = files.find((entry) => entry.name === name);
      return !file || wordsIn(file.path).length === 0;
    });
    expect(stale).toEqual([]);
  });
});
