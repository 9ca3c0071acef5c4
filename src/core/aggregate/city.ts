/**
 * The name a record carries in its ward column when it is the city's own case of a city-scope
 * indicator (the data's `全市` row: 1-3-ア was built once by 市民局, seed 000 ※1).
 */
export const CITY_WARD_NAMES: readonly string[] = ['全市', '市全体'];

/** The name the city's case is shown under. */
export const CITY_WARD_LABEL = '全市';

export function isCityWard(ward: string): boolean {
  return CITY_WARD_NAMES.includes(ward.normalize('NFKC').trim());
}
