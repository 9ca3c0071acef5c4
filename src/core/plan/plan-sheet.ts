import type { CellValue } from '../cell';
import type { Finding } from '../finding';
import { parseA1 } from '../address';
import { WARD_NAMES, wardOf } from '../layouts/wards';
// Its own part of the table, not the whole: the pane's plan chunk loads with every workbook, before the rest.
import { PLAN_CLI_MESSAGES } from '../messages/plan-cli';
import type { PlanFindingCode } from '../messages/plan';
import { renderEntry, type MessageParams } from '../messages/table';
import { makeFinding } from '../validate/finding-builder';
import type { SheetSnapshot } from '../snapshot';
import { describeValue } from '../values/describe';
import { readFiscalYear } from '../values/fiscal-year';
import { normalizeText } from '../values/normalize';
import { readTarget } from '../values/target';
import { planYearText, type Plan, type PlanIndicator, type PlanScope } from './plan';
import { PROFILES, profileById, type RuleProfile } from './profile';

/**
 * Reads a 計画定義 sheet: a coordinator's plan written in Excel (issue 16). A block of label → value
 * rows (計画ID, 計画名, 初年度, 最終年度, 判定ルール, 対象区), then a header row starting with 指標番号 and
 * one row per indicator. Mistakes are findings at their cells, like any ward sheet; the plan is
 * returned only when no error was found, so a half-read plan never judges anything.
 */
export const PLAN_SHEET_NAME = '計画定義';

export interface PlanSheetReading {
  readonly plan: Plan | null;
  readonly findings: readonly Finding[];
}

/**
 * The block's labels (column A) by the plan field they give, with the example a finding suggests. The
 * template writes them and a plan in JSON may use them as keys, so this table is the one spelling.
 */
export const PLAN_LABELS = {
  id: { label: '計画ID', example: 'nishi-r6' },
  name: { label: '計画名', example: '西区運営方針（令和6年度）' },
  firstYear: { label: '初年度', example: '令和6年度' },
  lastYear: { label: '最終年度', example: '令和8年度' },
  profile: { label: '判定ルール', example: 'kusei-2015' },
  wards: { label: '対象区', example: '全区' },
} as const;

type BlockKey = keyof typeof PLAN_LABELS;

/**
 * Header words of the indicator table, by the indicator field they give, each with the spellings a
 * coordinator may type; the first is the one the template writes.
 */
export const PLAN_COLUMNS = {
  id: ['指標番号', '番号', 'ID'],
  name: ['指標名', '指標', '成果指標'],
  target: ['目標値', '目標'],
  unit: ['単位'],
  scope: ['集計区分', '区分', '範囲'],
  group: ['経営課題', 'グループ', '区分け'],
} as const;

type Column = keyof typeof PLAN_COLUMNS;

const SCOPE_WORDS: ReadonlyMap<string, PlanScope> = new Map([
  ['区ごと', 'ward'],
  ['各区', 'ward'],
  ['区', 'ward'],
  ['ward', 'ward'],
  ['全市で1件', 'cityOnce'],
  ['全市', 'cityOnce'],
  ['cityonce', 'cityOnce'],
  ['参考', 'reference'],
  ['参考のみ', 'reference'],
  ['reference', 'reference'],
]);

const ALL_WARDS = new Set(['全区', '全24区', '24区', '市内全区']);

/** Profile by id, by its full name, or by the short words coordinators use. */
const PROFILE_WORDS: ReadonlyMap<string, string> = new Map([
  ['標準', 'kusei-2015'],
  ['k/n', 'kusei-2015'],
  ['固定しきい値', 'osaka-fixed'],
  ['固定', 'osaka-fixed'],
  ['単年度', 'ward-single-year'],
  ['a/b', 'ward-single-year'],
  ['s/a/b/c', 'baseline-band'],
  ['基準値比', 'baseline-band'],
]);

export function readPlanSheet(sheet: SheetSnapshot): PlanSheetReading {
  const origin = parseA1(sheet.origin) ?? { row: 0, col: 0 };
  const findings: Finding[] = [];
  const at = (row: number, col: number) => ({ row: origin.row + row, col: origin.col + col });
  const report = (
    code: PlanFindingCode,
    place: { row: number; col: number } | null,
    text: string,
    params: MessageParams = {},
  ) => findings.push(planFinding(code, sheet.name, place, text, params));

  const headerRow = sheet.values.findIndex((row) => columnOf(row[0]) === 'id');
  const blockRows = headerRow === -1 ? sheet.values : sheet.values.slice(0, headerRow);
  const block = readBlock(blockRows);

  const required = (key: BlockKey): { text: string; cell: CellValue; row: number } | null => {
    const entry = block.get(key);
    if (entry && describeValue(entry.cell).trim() !== '') return { ...entry, text: describeValue(entry.cell).trim() };
    report('plan.fieldMissing', null, '', PLAN_LABELS[key]);
    return null;
  };
  const id = required('id');
  const name = required('name');
  const firstYear = readYear(required('firstYear'), 'firstYear');
  const lastYear = readYear(required('lastYear'), 'lastYear');
  const profileEntry = required('profile');
  const wardsEntry = required('wards');

  function readYear(entry: { text: string; cell: CellValue; row: number } | null, key: BlockKey): number | null {
    if (entry === null) return null;
    const year = readFiscalYear(entry.cell, '令和');
    if (typeof year === 'number') return year;
    report('plan.yearUnreadable', at(entry.row, 1), entry.text, { label: PLAN_LABELS[key].label });
    return null;
  }
  if (firstYear !== null && lastYear !== null && lastYear < firstYear) {
    const lastRow = block.get('lastYear')?.row ?? 0;
    report('plan.periodReversed', at(lastRow, 1), String(lastYear), {
      first: planYearText(firstYear),
      last: planYearText(lastYear),
    });
  }

  let profile: RuleProfile | null = null;
  if (profileEntry !== null) {
    profile = profileOfWord(profileEntry.text);
    if (profile === null) {
      report('plan.profileUnknown', at(profileEntry.row, 1), profileEntry.text, {
        profiles: PROFILES.map((p) => p.id).join('、'),
      });
    }
  }

  let wards: readonly string[] = [];
  if (wardsEntry !== null) {
    const read = readWards(wardsEntry.text);
    wards = read.wards;
    for (const unknown of read.unknown) report('plan.wardUnknown', at(wardsEntry.row, 1), unknown);
  }

  const indicators: PlanIndicator[] = [];
  if (headerRow === -1) {
    report('plan.headerMissing', null, '');
  } else {
    const columns = columnsOf(sheet.values[headerRow] ?? []);
    const seen = new Set<string>();
    for (let r = headerRow + 1; r < sheet.values.length; r++) {
      const row = sheet.values[r] ?? [];
      const cell = (column: Column): string => {
        const index = columns.get(column);
        return index === undefined ? '' : describeValue(row[index] ?? null).trim();
      };
      const columnAt = (column: Column) => at(r, columns.get(column) ?? 0);
      if (row.every((value) => describeValue(value).trim() === '')) continue;
      const indicatorId = cell('id');
      if (indicatorId === '') {
        report('plan.idMissing', columnAt('id'), '', { row: origin.row + r + 1 });
        continue;
      }
      if (seen.has(indicatorId)) report('plan.duplicateIndicator', columnAt('id'), indicatorId);
      seen.add(indicatorId);
      const scopeText = cell('scope');
      const scope = scopeText === '' ? 'ward' : SCOPE_WORDS.get(normalizeText(scopeText).toLowerCase());
      if (scope === undefined) report('plan.scopeUnknown', columnAt('scope'), scopeText);
      const target = cell('target');
      const parsed = readTarget(target);
      if ('error' in parsed) report('plan.targetUnreadable', columnAt('target'), target, { reason: parsed.message });
      indicators.push({
        id: indicatorId,
        name: cell('name'),
        target,
        unit: cell('unit'),
        scope: scope ?? 'ward',
        group: cell('group') === '' ? null : cell('group'),
      });
    }
    if (indicators.length === 0) report('plan.noIndicators', null, '');
  }

  const failed = findings.some((finding) => finding.severity === 'error');
  if (failed || id === null || name === null || firstYear === null || lastYear === null || profile === null) {
    return { plan: null, findings };
  }
  return {
    plan: { id: id.text, name: name.text, firstYear, lastYear, profile, wards, indicators },
    findings,
  };
}

function readBlock(rows: readonly (readonly CellValue[])[]): Map<BlockKey, { cell: CellValue; row: number }> {
  const block = new Map<BlockKey, { cell: CellValue; row: number }>();
  rows.forEach((row, index) => {
    const label = normalizeText(describeValue(row[0] ?? null));
    const key = (Object.keys(PLAN_LABELS) as BlockKey[]).find((k) => normalizeText(PLAN_LABELS[k].label) === label);
    if (key !== undefined && !block.has(key)) block.set(key, { cell: row[1] ?? null, row: index });
  });
  return block;
}

function columnOf(cell: CellValue | undefined): Column | null {
  const text = normalizeText(describeValue(cell ?? null));
  if (text === '') return null;
  const found = (Object.keys(PLAN_COLUMNS) as Column[]).find((column) =>
    PLAN_COLUMNS[column].some((word) => normalizeText(word) === text),
  );
  return found ?? null;
}

function columnsOf(header: readonly CellValue[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column !== null && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

function profileOfWord(text: string): RuleProfile | null {
  const word = normalizeText(text).toLowerCase();
  const byId = profileById(PROFILE_WORDS.get(word) ?? word);
  if (byId) return byId;
  // A profile is also known by its Japanese name, as `kusei plan` shows it.
  return (
    PROFILES.find(
      (profile) => normalizeText(renderEntry(PLAN_CLI_MESSAGES[profile.nameCode], {}, 'ja')) === normalizeText(text),
    ) ?? null
  );
}

function readWards(text: string): { wards: readonly string[]; unknown: readonly string[] } {
  const plain = normalizeText(text);
  if (ALL_WARDS.has(plain)) return { wards: WARD_NAMES, unknown: [] };
  const wards: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[、,，・\s\u3000]+/).filter((p) => p !== '')) {
    const ward = wardOf(part);
    if (ward === null || !WARD_NAMES.includes(ward)) unknown.push(part);
    else if (!wards.includes(ward)) wards.push(ward);
  }
  return { wards, unknown };
}

function planFinding(
  code: PlanFindingCode,
  sheet: string,
  place: { row: number; col: number } | null,
  text: string,
  params: MessageParams,
): Finding {
  return makeFinding(code, { sheet, row: place?.row ?? null, col: place?.col ?? null }, text, params);
}
