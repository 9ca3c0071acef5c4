import { DEFAULT_SETTINGS, type AmbiguousIncreaseRule, type KuseiSettings } from '../core/settings';
import type { MappingCorrection, StoredChoices } from './gateway';

/** Key under which the pane keeps its choices in a workbook (Office: workbook settings). */
export const CHOICES_KEY = 'kusei.choices';

export const EMPTY_CHOICES: StoredChoices = { settings: null, mappings: {} };

/**
 * Reads choices stored in a workbook. The workbook may have been edited by another tool or an older
 * version, so anything malformed is dropped (and the defaults used) rather than trusted.
 */
export function parseChoices(stored: unknown): StoredChoices {
  let data: unknown = stored;
  if (typeof stored === 'string') {
    try {
      data = JSON.parse(stored);
    } catch {
      return EMPTY_CHOICES;
    }
  }
  if (typeof data !== 'object' || data === null) return EMPTY_CHOICES;
  const record = data as { settings?: unknown; mappings?: unknown };
  return { settings: parseSettings(record.settings), mappings: parseMappings(record.mappings) };
}

export function serializeChoices(choices: StoredChoices): string {
  return JSON.stringify(choices);
}

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1989 && value <= 2100;
}

function parseSettings(value: unknown): KuseiSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  const years = s.planYears;
  const rule = s.ambiguousIncrease;
  if (!isYear(s.planStartYear) || !isYear(s.reportYear)) return null;
  if (typeof years !== 'number' || !Number.isInteger(years) || years < 1 || years > 10) return null;
  if (rule !== 'points' && rule !== 'relative') return null;
  return {
    planStartYear: s.planStartYear,
    planYears: years,
    reportYear: s.reportYear,
    ambiguousIncrease: rule satisfies AmbiguousIncreaseRule,
    catalogueId: typeof s.catalogueId === 'string' ? s.catalogueId : DEFAULT_SETTINGS.catalogueId,
    ...(s.statusFormulas === 'excel' || s.statusFormulas === 'kusei' ? { statusFormulas: s.statusFormulas } : {}),
    ...(s.planSource === 'shipped' || s.planSource === 'sheet' ? { planSource: s.planSource } : {}),
  };
}

/**
 * Keeps corrections that have the ColumnMapping shape; readSheet checks the details (letters,
 * fields, rows) against the sheet and reports a finding for one that no longer fits.
 */
function parseMappings(value: unknown): Record<string, MappingCorrection> {
  if (typeof value !== 'object' || value === null) return {};
  const result: Record<string, MappingCorrection> = {};
  for (const [sheet, mapping] of Object.entries(value)) {
    if (typeof mapping !== 'object' || mapping === null) continue;
    const tables = (mapping as { tables?: unknown }).tables;
    if (!Array.isArray(tables)) continue;
    const wellFormed = tables.every((table: unknown) => {
      if (typeof table !== 'object' || table === null) return false;
      const { headerRow, columns } = table as { headerRow?: unknown; columns?: unknown };
      return typeof headerRow === 'number' && typeof columns === 'object' && columns !== null;
    });
    if (wellFormed) result[sheet] = mapping as MappingCorrection;
  }
  return result;
}
