import type ExcelJS from 'exceljs';

/**
 * Shared helpers of the layout writers: each writer takes rows of data and lays them out on an ExcelJS
 * worksheet the way a ward's template does, and returns where it put things (for expectations).
 */
export type Value = string | number | null | ExcelJS.CellErrorValue | { formula: string; result?: unknown };

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function address(row: number, col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

export function setCell(ws: ExcelJS.Worksheet, row: number, col: number, value: Value, numFmt?: string): void {
  const cell = ws.getCell(row, col);
  cell.value = value as ExcelJS.CellValue;
  if (numFmt) cell.numFmt = numFmt;
  if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
}

export function headerCell(ws: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const cell = ws.getCell(row, col);
  cell.value = text;
  cell.font = { bold: true };
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  cell.border = THIN;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

/** Title lines above a table (a title block), one per row from `startRow`; returns the next free row. */
export function writeTitle(ws: ExcelJS.Worksheet, lines: readonly string[], startRow: number): number {
  lines.forEach((line, index) => {
    const cell = ws.getCell(startRow + index, 1);
    cell.value = line;
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  return startRow + lines.length;
}

/** A percent written as Excel does when the cell is a number formatted as percent (51.3% → 0.513). */
export function percentNumber(text: string): number | null {
  const match = /^([0-9.]+)%$/.exec(text.trim());
  return match ? Math.round(Number(match[1]) * 10) / 1000 : null;
}

/** "2-1-ア-①" → { group: 2, section: 1, letter: 'ア', sub: '①' } */
export function idParts(id: string): { group: number; section: number; letter: string; sub: string | null } {
  const [group, section, letter, sub] = id.split('-');
  return { group: Number(group), section: Number(section), letter: letter ?? '', sub: sub ?? null };
}

/** Circled katakana as ward sheets print item letters (ア → ㋐). */
export function circledLetter(letter: string): string {
  const order = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ';
  const index = order.indexOf(letter);
  return index < 0 ? letter : String.fromCodePoint(0x32d0 + index);
}

/**
 * Table 1 columns (R9) any layout may carry at its right: 区運営方針への記載 (記載あり/記載なし) and
 * 取組の実施状況 (全て実施/一部実施/実施/未実施).
 */
export interface PlanColumns {
  readonly listedInPlan?: Value;
  readonly implementation?: Value;
}

export const PLAN_HEADERS = { listedInPlan: '区運営方針への記載', implementation: '取組の実施状況' } as const;

export function hasPlanColumns(rows: readonly PlanColumns[]): boolean {
  return rows.some((row) => row.listedInPlan !== undefined || row.implementation !== undefined);
}

/** "2-1-ア-①" → "2-1-ア": rows of one indicator's numbered measures share the base id. */
export function baseId(id: string): string {
  return id.split('-').slice(0, 3).join('-');
}

/** Section headings of the FY2015–FY2017 policy (区政運営基本方針), by group and section. */
export const POLICY_GROUPS: Readonly<Record<number, string>> = {
  1: '「大きな公共を担う活力ある地域社会づくり」に向けて',
  2: '「自律した自治体型の区政運営」に向けて',
};

export const POLICY_SECTIONS: Readonly<Record<string, string>> = {
  '1-1': '豊かなコミュニティの実現',
  '1-2': '多様な主体の協働(マルチパートナーシップ)の実現',
  '1-3': '地域資源の循環',
  '1-4': '地域公共人材の充実と中間支援組織の活用',
  '2-1': '区における住民主体の自治の実現',
  '2-2': '区民に身近な総合行政の拠点としての区役所づくり',
  '2-3': '区民が満足・納得できる区役所運営',
};
