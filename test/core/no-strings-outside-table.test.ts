import { join } from 'path';
import { literalsIn, sourceFiles } from '../support/source-literals';

/**
 * Every sentence a user reads is written in one of two tables, never inline (team rules, issue 10):
 * - src/core/messages/*.json — the one code table (findings, error values, files, gateway, report, the
 *   CLI's usage…), data a translator edits; the TypeScript modules beside them hold no text, and
 * - src/taskpane/i18n.ts — the pane's own labels (buttons, tabs, headings). They stay the pane's table
 *   rather than joining the code table because the pane's first download must not carry the core's
 *   messages (the core arrives lazily); both are typed so a key missing in either language fails.
 * Japanese words elsewhere are vocabulary the readers match in cells (目標達成, 区名, 以上…), not
 * sentences. A sentence is told by what only sentences have: 。, ください, ません.
 *
 * String literals, template parts and JSX text are read with TypeScript's own parser (JSON too), so
 * comments do not count.
 */
const SRC = join(__dirname, '../../src');
const TABLES = [/^core\/messages\/[\w-]+\.json$/, /^taskpane\/i18n\.ts$/];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const SENTENCE = /。|ください|ません/;

/**
 * Files that still write sentences inline, each waiting for its part of the table (the list must be
 * exact: a file that no longer needs its place here fails the test until it is taken out).
 */
const NOT_YET_MOVED: ReadonlySet<string> = new Set([]);

function sentencesIn(path: string): string[] {
  return literalsIn(path).filter((text) => JAPANESE.test(text) && SENTENCE.test(text));
}

describe('user-facing sentences live in the message tables only', () => {
  const files = sourceFiles(SRC, { json: true });

  it('finds the tables themselves (the scan reads what it should)', () => {
    const table = files.find((file) => file.name === 'core/messages/values.json');
    expect(table && sentencesIn(table.path).length).toBeGreaterThan(10);
  });

  it('has no Japanese sentence in a string literal outside them', () => {
    const offenders = files
      .filter((file) => !TABLES.some((table) => table.test(file.name)) && !NOT_YET_MOVED.has(file.name))
      .map((file) => ({ file: file.name, sentences: sentencesIn(file.path) }))
      .filter((entry) => entry.sentences.length > 0);
    expect(offenders).toEqual([]);
  });

  it('lists only files that still need the exception', () => {
    const stale = [...NOT_YET_MOVED].filter((name) => {
      const file = files.find((entry) => entry.name === name);
      return !file || sentencesIn(file.path).length === 0;
    });
    expect(stale).toEqual([]);
  });
});
