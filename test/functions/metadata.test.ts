import { checkedMetadataFiles, schemaProblems } from '../../scripts/functions-metadata';
import type { FunctionsMetadata } from '../../src/functions/metadata';

/**
 * functions.json and functions.ja-JP.json exactly as the build writes them (webpack.config.js calls
 * the same checkedMetadataFiles), generated here, so this never passes for want of a build. Checked
 * with ajv against the custom-functions metadata schema (scripts/custom-functions.schema.json:
 * Microsoft's published schema, extended for allowCustomDataForDataTypeAny and
 * allowErrorForDataTypeAny as Microsoft documents them: "Manually create JSON metadata for custom
 * functions" § Metadata reference; "Errors as custom function inputs").
 */
const FILES = checkedMetadataFiles();

function file(name: string): FunctionsMetadata {
  const text = FILES[name];
  if (text === undefined) throw new Error(`the build writes no ${name}`);
  return JSON.parse(text) as FunctionsMetadata;
}

const EN = file('functions.json');
const JA = file('functions.ja-JP.json');

describe('the metadata files the build writes', () => {
  it('are exactly functions.json and functions.ja-JP.json (manifest.xml names both)', () => {
    expect(Object.keys(FILES).sort()).toEqual(['functions.ja-JP.json', 'functions.json']);
  });

  it('both validate against the custom-functions metadata schema', () => {
    expect(schemaProblems(EN)).toEqual([]);
    expect(schemaProblems(JA)).toEqual([]);
  });

  it("the schema check is not vacuous: Microsoft's rules reject a 2-letter id, a missing result, an unknown property", () => {
    const first = EN.functions[0];
    if (first === undefined) throw new Error('no functions');
    const broken = (change: Record<string, unknown>): unknown => ({
      ...EN,
      functions: [{ ...first, ...change }],
    });
    // Microsoft's naming rule: ids and names of at least three characters (so no KUSEI.FY).
    expect(schemaProblems(broken({ id: 'FY', name: 'FY' })).join('\n')).toMatch(
      /must NOT have fewer than 3 characters/,
    );
    const withoutResult = Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'result'));
    expect(schemaProblems({ ...EN, functions: [withoutResult] }).join('\n')).toMatch(/result/);
    expect(schemaProblems({ ...EN, allowErrorsEverywhere: true }).join('\n')).toMatch(/additional properties/);
    expect(schemaProblems(broken({ parameters: [{ name: 'x', type: 'any', dimensionality: 'cube' }] }))).not.toEqual(
      [],
    );
  });

  it('let errors and data types in (issue 14 §4): allowErrorForDataTypeAny and allowCustomDataForDataTypeAny', () => {
    for (const metadata of [EN, JA]) {
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    }
  });
});

describe('function names (Microsoft: "Naming guidelines" — three characters or more, no clash with a built-in)', () => {
  // Excel's own functions near KUSEI's words, written out here (Excel's function list).
  const EXCEL_BUILT_INS = ['VALUE', 'NUMBERVALUE', 'YEAR', 'TEXT', 'DATE', 'ROUND', 'INDEX', 'SUM', 'IF', 'RANK'];

  it('renames FY to FISCALYEAR and VALUE to NUMBER; every id is its own name, 3+ characters, not a built-in', () => {
    const ids = EN.functions.map((fn) => fn.id);
    expect(ids).toContain('FISCALYEAR');
    expect(ids).toContain('NUMBER');
    expect(ids).not.toContain('FY');
    expect(ids).not.toContain('VALUE');
    for (const fn of EN.functions) {
      expect([fn.id, fn.name]).toEqual([fn.id, fn.id]);
      expect(fn.id.length).toBeGreaterThanOrEqual(3);
      expect(EXCEL_BUILT_INS).not.toContain(fn.id);
    }
  });

  it('function names are the same in Japanese (a localized name gives #NAME? in another locale)', () => {
    expect(JA.functions.map((fn) => [fn.id, fn.name])).toEqual(EN.functions.map((fn) => [fn.id, fn.name]));
  });
});

describe('parameters', () => {
  const fn = (metadata: FunctionsMetadata, id: string): FunctionsMetadata['functions'][number] => {
    const found = metadata.functions.find((f) => f.id === id);
    if (found === undefined) throw new Error(`no ${id}`);
    return found;
  };

  it('STATUS in Japanese Excel: 実績, 目標値, [何年目], [年数], [判定ルール] (issue 14 §4, 16 §5: the tooltip a clerk reads)', () => {
    expect(fn(JA, 'STATUS').parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`)).toEqual([
      '実績',
      '目標値',
      '何年目?',
      '年数?',
      '判定ルール?',
    ]);
    expect(fn(EN, 'STATUS').parameters.map((p) => p.name)).toEqual(['actual', 'target', 'year', 'years', 'profile']);
    expect(fn(JA, 'THRESHOLD').parameters.map((p) => p.name)).toEqual(['何年目', '年数']);
    expect(fn(JA, 'WITHDRAWAL').parameters.map((p) => p.name)).toEqual(['実績', '業績目標', '撤退基準']);
  });

  it('every parameter and result is a matrix of any (a cell or a range), none repeating, no options', () => {
    for (const metadata of [EN, JA]) {
      for (const f of metadata.functions) {
        expect(f.result).toEqual({ dimensionality: 'matrix' });
        expect('options' in f).toBe(false);
        for (const p of f.parameters) expect([f.id, p.type, p.dimensionality]).toEqual([f.id, 'any', 'matrix']);
      }
    }
  });

  it('the two files agree on ids, order, optional parameters and types; Japanese text in the Japanese one', () => {
    const shape = (metadata: FunctionsMetadata): string[] =>
      metadata.functions.map((f) => `${f.id}(${f.parameters.map((p) => `${p.type}${p.optional ? '?' : ''}`).join()})`);
    expect(shape(JA)).toEqual(shape(EN));
    for (const f of JA.functions) {
      expect(f.description).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      for (const p of f.parameters)
        expect([f.id, p.description]).toEqual([f.id, expect.stringMatching(/[ぁ-んァ-ヶ一-龠]/)]);
    }
    for (const f of EN.functions) {
      // Every text comes from the message table (an unknown code would render as itself).
      expect(f.description).not.toMatch(/^FN_/);
      for (const p of f.parameters) expect(`${p.name} ${p.description}`).not.toMatch(/FN_/);
    }
  });
});
