import { readFileSync } from 'fs';
import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as KUSEI from '../../src/functions/functions';
import { ELEMENTWISE_SPECS } from '../../src/functions/definitions';
import {
  descriptionProblems,
  localizeMetadata,
  metadataShape,
  type FunctionsMetadata,
  type LocalizedDescriptions,
} from '../../src/functions/localize';

const FUNCTIONS_TS = join(__dirname, '../../src/functions/functions.ts');
const TABLE = JSON.parse(
  readFileSync(join(__dirname, '../../src/functions/descriptions.ja-JP.json'), 'utf8'),
) as LocalizedDescriptions;

/** Generates functions.json from the JSDoc exactly as the build does (no previous build needed). */
async function generated(): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS, false);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

const EXPECTED: Record<string, string[]> = {
  PROGRESS: ['actual', 'target', 'baseline?', 'direction?'],
  STATUS: ['actual', 'target', 'year?', 'years?'],
  GRADE: ['actual', 'target'],
  WITHDRAWAL: ['actual', 'target', 'criterion'],
  THRESHOLD: ['year', 'years'],
  FY: ['text'],
  WAREKI: ['year'],
  VALUE: ['text'],
  TARGET: ['text'],
  EXPLAIN: ['actual', 'target', 'year?', 'years?'],
  SUMMARY: ['indicators', 'statuses', 'wards?'],
};

describe('functions.json generated from the JSDoc', () => {
  it('has every KUSEI function with its id, name and parameters in order', async () => {
    const metadata = await generated();
    const actual = Object.fromEntries(
      metadata.functions.map((fn) => [fn.id, fn.parameters.map((p) => `${p.name}${p['optional'] ? '?' : ''}`)]),
    );
    expect(actual).toEqual(EXPECTED);
    expect(metadata.functions.every((fn) => fn.name === fn.id)).toBe(true);
  });

  it('every parameter and result is a matrix of any (a cell or a range), none repeating', async () => {
    for (const fn of (await generated()).functions) {
      expect(fn['result']).toEqual({ dimensionality: 'matrix' });
      for (const p of fn.parameters) {
        expect([fn.id, p.name, p['type'], p['dimensionality'], p['repeating']]).toEqual([
          fn.id,
          p.name,
          'any',
          'matrix',
          undefined,
        ]);
      }
    }
  });

  it('no function is volatile, streaming or cancelable, and each has a description', async () => {
    for (const fn of (await generated()).functions) {
      expect(fn['options']).toBeUndefined();
      expect(fn.description?.length ?? 0).toBeGreaterThan(10);
      expect(fn.parameters.every((p) => (p.description?.length ?? 0) > 3)).toBe(true);
    }
  });

  it('the ids are the wrappers exported from functions.ts and the specs of definitions.ts', async () => {
    const ids = (await generated()).functions.map((fn) => fn.id);
    expect(ids).toEqual([...KUSEI.FUNCTION_IDS]);
    const specs = Object.fromEntries(
      ELEMENTWISE_SPECS.map((spec) => [spec.id, spec.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`)]),
    );
    for (const [id, parameters] of Object.entries(specs)) expect(EXPECTED[id]).toEqual(parameters);
  });
});

describe('functions.ja-JP.json', () => {
  it('has a Japanese description for every function and parameter, and nothing else', async () => {
    expect(descriptionProblems(await generated(), TABLE)).toEqual([]);
  });

  it('agrees with functions.json on ids, names, parameters, types and dimensionality; only descriptions differ', async () => {
    const metadata = await generated();
    const localized = localizeMetadata(metadata, TABLE);
    expect(metadataShape(localized)).toEqual(metadataShape(metadata));
    for (const fn of localized.functions) {
      expect(fn.description).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      for (const p of fn.parameters) expect(p.description).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
  });

  it('the check fails when a description is missing or a parameter is unknown', async () => {
    const metadata = await generated();
    const { STATUS, ...withoutStatus } = TABLE;
    expect(descriptionProblems(metadata, withoutStatus)).toEqual(['STATUS: no Japanese description']);
    const renamed = { ...TABLE, GRADE: { description: '判定', parameters: { actual: '実績', goal: '目標' } } };
    expect(descriptionProblems(metadata, renamed)).toEqual([
      'GRADE(target): no Japanese description',
      'GRADE(goal): described but not a parameter',
    ]);
    expect(() => localizeMetadata(metadata, withoutStatus)).toThrow(/STATUS/);
    expect(STATUS).toBeDefined();
  });

  it('the built pair, when a build exists, agrees on ids and parameters and is fully described', () => {
    const dist = join(__dirname, '../../dist');
    let built: FunctionsMetadata;
    let builtJa: FunctionsMetadata;
    try {
      built = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as FunctionsMetadata;
      builtJa = JSON.parse(readFileSync(join(dist, 'functions.ja-JP.json'), 'utf8')) as FunctionsMetadata;
    } catch {
      return; // no build in this checkout: the tests above cover the generator itself
    }
    expect(metadataShape(builtJa)).toEqual(metadataShape(built));
    for (const fn of builtJa.functions) {
      expect(fn.description).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      for (const p of fn.parameters) expect(p.description).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
  });
});
