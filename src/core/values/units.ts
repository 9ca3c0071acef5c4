import { ownEntry } from '../lookup';

/**
 * Units the documents write after a number (domain §3). Unknown words after a number are not
 * taken as units silently: they make the reading fail with a message naming the word.
 *
 * Money units carry a scale so 千円 and 百万円 compare; other units compare only with themselves.
 */
export const PERCENT = '%';

const MONEY_SCALE: Readonly<Record<string, number>> = {
  円: 1,
  千円: 1e3,
  万円: 1e4,
  百万円: 1e6,
  億円: 1e8,
};

const COUNT_UNITS = [
  '点',
  '件',
  '団体',
  '名',
  '人',
  '回',
  '校区等地域',
  '地域',
  '校区',
  'か所',
  'ヶ所',
  'ケ所',
  'カ所',
  '箇所',
  '施設',
  '校',
  '世帯',
  '社',
  '店舗',
  '事業',
  '種類',
  '冊',
  '部',
  '枚',
  '台',
  '本',
  '日',
  '時間',
  '人日',
  '割',
  '倍',
  '歳',
  '組',
  'グループ',
  '仕組み',
];

/** Every known unit, longest first so "校区等地域" wins over "地域" when scanning text. */
export const KNOWN_UNITS: readonly string[] = [PERCENT, ...Object.keys(MONEY_SCALE), ...COUNT_UNITS].sort(
  (a, b) => b.length - a.length,
);

const KNOWN_UNIT_SET: ReadonlySet<string> = new Set(KNOWN_UNITS);

/** Spellings folded to the unit the catalogue uses. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  パーセント: PERCENT,
  ヶ所: '箇所',
  ケ所: '箇所',
  カ所: '箇所',
  か所: '箇所',
};

export function isKnownUnit(unit: string): boolean {
  return KNOWN_UNIT_SET.has(unit) || ownEntry(UNIT_ALIASES, unit) !== undefined;
}

export function canonicalUnit(unit: string): string {
  return ownEntry(UNIT_ALIASES, unit) ?? unit;
}

/** The longest known unit at the start of `text` (already normalised), or null. */
export function unitAtStart(text: string): string | null {
  for (const unit of KNOWN_UNITS) {
    if (text.startsWith(unit)) return unit;
  }
  for (const alias of Object.keys(UNIT_ALIASES)) {
    if (text.startsWith(alias)) return alias;
  }
  return null;
}

/**
 * Factor converting a value in `from` into `to`, or null when the units do not compare
 * (件 against 点, % against 件). Identical units give 1.
 */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const fromScale = ownEntry(MONEY_SCALE, from);
  const toScale = ownEntry(MONEY_SCALE, to);
  if (fromScale !== undefined && toScale !== undefined) return fromScale / toScale;
  return null;
}
