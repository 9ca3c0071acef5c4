import { plainKey } from '../text';

/** Osaka City's 24 wards (区), as data: the ward of a sheet is read from a cell, the sheet or file name. */
export const WARD_NAMES: readonly string[] = [
  '北区',
  '都島区',
  '福島区',
  '此花区',
  '中央区',
  '西区',
  '港区',
  '大正区',
  '天王寺区',
  '浪速区',
  '西淀川区',
  '淀川区',
  '東淀川区',
  '東成区',
  '生野区',
  '旭区',
  '城東区',
  '鶴見区',
  '阿倍野区',
  '住之江区',
  '住吉区',
  '東住吉区',
  '平野区',
  '西成区',
];

/**
 * The city as a whole: the record of a city-scope indicator that 市民局 builds once (1-3-ア, seed 000
 * ※1) names it in the ward column instead of a ward. One vocabulary for validation and aggregation:
 * both read 全市 and 市全体 as the city and show it as 全市.
 */
export const CITY_NAME = '全市';

/** Every way a ward column writes the city itself. */
export const CITY_NAMES: readonly string[] = [CITY_NAME, '市全体'];

const BY_LENGTH = [...WARD_NAMES].sort((a, b) => b.length - a.length);

const WARD_SET: ReadonlySet<string> = new Set(WARD_NAMES);

/** Exact ward name of a cell value (spacing and width ignored; the city as 全市), or null. */
export function wardOf(text: string): string | null {
  if (WARD_SET.has(text) || text === CITY_NAME) return text;
  const plain = plainKey(text);
  if (CITY_NAMES.includes(plain)) return CITY_NAME;
  return WARD_NAMES.find((ward) => ward === plain) ?? null;
}

/** True when a ward column names the city itself (全市, 市全体; spacing and width ignored). */
export function isCityWard(text: string): boolean {
  return wardOf(text) === CITY_NAME;
}

/**
 * Ward named somewhere inside a title, sheet or file name ("…取組状況について(福島区)").
 * Longest names first, so 東淀川区 is not read as 淀川区; null when none or when two different wards appear.
 */
export function wardMentionedIn(text: string): string | null {
  let rest = plainKey(text);
  const found = new Set<string>();
  for (const ward of BY_LENGTH) {
    if (rest.includes(ward)) {
      found.add(ward);
      rest = rest.split(ward).join('|');
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
