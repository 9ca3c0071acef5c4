import { errorMessageEn, kuseiError, renderMessage } from '../messages/value-errors';
import type { MessageParams } from '../messages/table';
import type { CatalogueProblemCode } from '../messages/catalogue';
import type { KuseiError, Result } from '../result';
import { MAX_YEAR, MIN_YEAR } from '../values/fiscal-year';
import { readTarget } from '../values/target';
import type { Catalogue, IndicatorDef } from './types';

/**
 * Validates arbitrary JSON (a file a user brings for another plan) into a Catalogue. Every problem
 * names where it is (`indicators[3].scope`) and what is wrong, in both languages.
 */
export function loadCatalogue(json: unknown): Result<Catalogue> {
  if (!isObject(json)) return invalid('$', 'catalogueProblem.notObject');
  const id = json.id;
  const name = json.name;
  const planStartYear = json.planStartYear;
  const planYears = json.planYears;
  const indicators = json.indicators;
  if (!isText(id)) return invalid('id', 'catalogueProblem.needsText');
  if (!isText(name)) return invalid('name', 'catalogueProblem.needsText');
  if (!isWhole(planStartYear) || planStartYear < MIN_YEAR || planStartYear > MAX_YEAR) {
    return invalid('planStartYear', 'catalogueProblem.needsYear');
  }
  if (!isWhole(planYears) || planYears < 1 || planYears > 20) {
    return invalid('planYears', 'catalogueProblem.needsYears');
  }
  if (!Array.isArray(indicators) || indicators.length === 0) {
    return invalid('indicators', 'catalogueProblem.needsIndicators');
  }
  const loaded: IndicatorDef[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of (indicators as unknown[]).entries()) {
    const indicator = loadIndicator(raw, `indicators[${index}]`);
    if ('error' in indicator) return indicator;
    if (ids.has(indicator.id)) {
      return invalid(`indicators[${index}].id`, 'catalogueProblem.duplicateId', { id: indicator.id });
    }
    ids.add(indicator.id);
    loaded.push(indicator);
  }
  return { id, name, planStartYear, planYears, indicators: loaded };
}

function loadIndicator(raw: unknown, path: string): Result<IndicatorDef> {
  if (!isObject(raw)) return invalid(path, 'catalogueProblem.notObject');
  const { id, name, target, unit, scope, counting } = raw;
  if (!isText(id)) return invalid(`${path}.id`, 'catalogueProblem.needsText');
  if (!isText(name)) return invalid(`${path}.name`, 'catalogueProblem.needsText');
  if (!isText(target)) return invalid(`${path}.target`, 'catalogueProblem.needsTarget');
  if (typeof unit !== 'string') return invalid(`${path}.unit`, 'catalogueProblem.needsUnit');
  if (scope !== 'ward' && scope !== 'city') {
    return invalid(`${path}.scope`, 'catalogueProblem.scope');
  }
  if (counting !== 'counted' && counting !== 'reference') {
    return invalid(`${path}.counting`, 'catalogueProblem.counting');
  }
  const parsed = readTarget(target);
  if ('error' in parsed) {
    const reasons = { target, reason: parsed.message, reasonEn: errorMessageEn(parsed) };
    return invalid(`${path}.target`, 'catalogueProblem.targetUnreadable', reasons);
  }
  return { id, name, target, unit, scope, counting };
}

/** CATALOGUE_INVALID with where (`path`) and what, the problem said in each language from the table. */
function invalid(path: string, problem: CatalogueProblemCode, params: MessageParams = {}): KuseiError {
  return kuseiError('#VALUE!', 'CATALOGUE_INVALID', {
    path,
    problem: renderMessage(problem, params, 'ja'),
    problemEn: renderMessage(problem, params, 'en'),
  });
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
