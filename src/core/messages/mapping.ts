import type { MessageTable } from './table';

/**
 * Why a stored column mapping cannot be used (the `{problem}` of the finding mapping.invalid), one
 * code per reason, in both languages, so no English reason ends up inside a Japanese sentence.
 */
export const MAPPING_PROBLEM_MESSAGES = {
  'mappingProblem.notObject': { ja: '対応づけの形式が正しくありません', en: 'it is not a mapping object' },
  'mappingProblem.unknownLayout': { ja: '様式「{layout}」はありません', en: 'there is no layout "{layout}"' },
  'mappingProblem.noTables': { ja: '表が一つも指定されていません', en: 'it names no table' },
  'mappingProblem.tableNotObject': { ja: '表の指定の形式が正しくありません', en: 'a table is not a table object' },
  'mappingProblem.headerRowNotRow': {
    ja: '見出し行「{headerRow}」は行番号ではありません',
    en: 'header row "{headerRow}" is not a row number',
  },
  'mappingProblem.headerRowOutside': {
    ja: '見出し行 {headerRow} はシートの範囲外です',
    en: 'header row {headerRow} is outside the sheet',
  },
  'mappingProblem.columnsNotObject': {
    ja: '列の指定の形式が正しくありません',
    en: 'its columns are not a column list',
  },
  'mappingProblem.notColumnLetter': {
    ja: '「{letters}」は列名ではありません',
    en: '"{letters}" is not a column letter',
  },
  'mappingProblem.notField': { ja: '「{field}」という項目はありません', en: 'there is no field "{field}"' },
} as const satisfies MessageTable;

export type MappingProblemCode = keyof typeof MAPPING_PROBLEM_MESSAGES;
