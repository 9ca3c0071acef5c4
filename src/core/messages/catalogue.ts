import type { MessageTable } from './table';

/** What is wrong at one place of an indicator catalogue (the `{problem}` of CATALOGUE_INVALID). */
export const CATALOGUE_PROBLEM_MESSAGES = {
  'catalogueProblem.notObject': { ja: 'オブジェクトではありません', en: 'not an object' },
  'catalogueProblem.needsText': { ja: '空でない文字列が必要です', en: 'must be a non-empty string' },
  'catalogueProblem.needsYear': { ja: '西暦の年（例: 2015）が必要です', en: 'must be a western year such as 2015' },
  'catalogueProblem.needsYears': { ja: '1〜20の整数が必要です', en: 'must be a whole number from 1 to 20' },
  'catalogueProblem.needsIndicators': {
    ja: '指標の配列（1つ以上）が必要です',
    en: 'must be a non-empty array of indicators',
  },
  'catalogueProblem.duplicateId': { ja: '指標番号「{id}」が重複しています', en: 'duplicate id "{id}"' },
  'catalogueProblem.needsTarget': { ja: '目標値の文字列が必要です', en: 'must be the target text' },
  'catalogueProblem.needsUnit': { ja: '単位の文字列が必要です', en: 'must be the unit text' },
  'catalogueProblem.scope': { ja: '"ward" か "city" のどちらかです', en: 'must be "ward" or "city"' },
  'catalogueProblem.counting': {
    ja: '"counted" か "reference" のどちらかです',
    en: 'must be "counted" or "reference"',
  },
  'catalogueProblem.targetUnreadable': {
    ja: '目標値「{target}」を読めません（{reason}）',
    en: 'target "{target}" cannot be read ({reasonEn})',
  },
} as const satisfies MessageTable;

export type CatalogueProblemCode = keyof typeof CATALOGUE_PROBLEM_MESSAGES;
