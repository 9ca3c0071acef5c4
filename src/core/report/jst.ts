/**
 * Dates shown to users are 和暦 and JST (house rule): `令和8年12月1日 17:42`. Japan keeps no summer
 * time, so JST is UTC+9 all year; the era changes on the day it did (平成 from 1989-01-08, 令和 from
 * 2019-05-01).
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

interface EraStart {
  readonly name: string;
  readonly en: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ERAS: readonly EraStart[] = [
  { name: '令和', en: 'Reiwa', year: 2019, month: 5, day: 1 },
  { name: '平成', en: 'Heisei', year: 1989, month: 1, day: 8 },
  { name: '昭和', en: 'Showa', year: 1926, month: 12, day: 25 },
];

export interface JstParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export function jstParts(date: Date): JstParts {
  const shifted = new Date(date.getTime() + JST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** 令和8年12月1日 17:42 (JST). */
export function warekiStamp(date: Date): string {
  const p = jstParts(date);
  const era = ERAS.find((e) => p.year * 10000 + p.month * 100 + p.day >= e.year * 10000 + e.month * 100 + e.day);
  const time = `${p.hour}:${String(p.minute).padStart(2, '0')}`;
  if (!era) return `${p.year}年${p.month}月${p.day}日 ${time}`;
  const n = p.year - era.year + 1;
  return `${era.name}${n === 1 ? '元' : n}年${p.month}月${p.day}日 ${time}`;
}

/** 2026-12-01 17:42 JST, for English readers. */
export function isoStampJst(date: Date): string {
  const p = jstParts(date);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)} JST`;
}
