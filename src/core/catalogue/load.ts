import { kuseiError } from '../messages';
import type { KuseiError, Result } from '../result';
import { MAX_YEAR, MIN_YEAR } from '../values/fiscal-year';
import { readTarget } from '../values/target';
import type { Catalogue, IndicatorDef } from './types';

/**
 * Validates arbitrary JSON (a file a user brings for another plan) into a Catalogue. Every problem
 * names where it is (`indicators[3].scope`) and what is wrong, in both languages.
 */
export function loadCatalogue(json: unknown): Result<Catalogue> {
  if (!isObject(json)) return invalid('$', 'オブジェクトではありません', 'not an object');
  const id = json.id;
  const name = json.name;
  const planStartYear = json.planStartYear;
  const planYears = json.planYears;
  const indicators = json.indicators;
  if (!isText(id)) return invalid('id', '空でない文字列が必要です', 'must be a non-empty string');
  if (!isText(name)) return invalid('name', '空でない文字列が必要です', 'must be a non-empty string');
  if (!isWhole(planStartYear) || planStartYear < MIN_YEAR || planStartYear > MAX_YEAR) {
    return invalid('planStartYear', '西暦の年（例: 2015）が必要です', 'must be a western year such as 2015');
  }
  if (!isWhole(planYears) || planYears < 1 || planYears > 20) {
    return invalid('planYears', '1〜20の整数が必要です', 'must be a whole number from 1 to 20');
  }
  if (!Array.isArray(indicators) || indicators.length === 0) {
    return invalid('indicators', '指標の配列（1つ以上）が必要です', 'must be a non-empty array of indicators');
  }
  const loaded: IndicatorDef[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of (indicators as unknown[]).entries()) {
    const indicator = loadIndicator(raw, `indicators[${index}]`);
    if ('error' in indicator) return indicator;
    if (ids.has(indicator.id)) {
      return invalid(
        `indicators[${index}].id`,
        `指標番号「${indicator.id}」が重複しています`,
        `duplicate id "${indicator.id}"`,
      );
    }
    ids.add(indicator.id);
    loaded.push(indicator);
  }
  return { id, name, planStartYear, planYears, indicators: loaded };
}

function loadIndicator(raw: unknown, path: string): Result<IndicatorDef> {
  if (!isObject(raw)) return invalid(path, 'オブジェクトではありません', 'not an object');
  const { id, name, target, unit, scope, counting } = raw;
  if (!isText(id)) return invalid(`${path}.id`, '空でない文字列が必要です', 'must be a non-empty string');
  if (!isText(name)) return invalid(`${path}.name`, '空でない文字列が必要です', 'must be a non-empty string');
  if (!isText(target)) return invalid(`${path}.target`, '目標値の文字列が必要です', 'must be the target text');
  if (typeof unit !== 'string') return invalid(`${path}.unit`, '単位の文字列が必要です', 'must be the unit text');
  if (scope !== 'ward' && scope !== 'city') {
    return invalid(`${path}.scope`, '"ward" か "city" のどちらかです', 'must be "ward" or "city"');
  }
  if (counting !== 'counted' && counting !== 'reference') {
    return invalid(`${path}.counting`, '"counted" か "reference" のどちらかです', 'must be "counted" or "reference"');
  }
  const parsed = readTarget(target);
  if ('error' in parsed) return invalid(`${path}.target`, parsed.message, `target "${target}" cannot be read`);
  return { id, name, target, unit, scope, counting };
}

function invalid(path: string, problem: string, problemEn: string): KuseiError {
  return kuseiError('#VALUE!', 'CATALOGUE_INVALID', { path, problem, problemEn });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
