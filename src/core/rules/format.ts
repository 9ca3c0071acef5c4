import { PERCENT } from '../values/units';

/** A rate as the documents print it: 0.416 → "41.6%", 1 → "100%". */
export function formatRate(rate: number): string {
  const text = (Math.round(rate * 1000) / 10).toFixed(1).replace(/\.0$/, '');
  return `${text}%`;
}

/** A value in its unit: 0.208 with '%' → "20.8%", 3 with '点' → "3点". */
export function formatQuantity(value: number, unit: string | null): string {
  if (unit === PERCENT) return `${Number((value * 100).toPrecision(10))}%`;
  return `${Number(value.toPrecision(10))}${unit ?? ''}`;
}
