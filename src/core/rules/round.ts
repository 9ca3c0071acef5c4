/**
 * Progress rates are compared as published: rounded to 0.1% (R1, seed 000 ※3). Working in whole
 * thousandths avoids binary fractions deciding a status (16.7% ÷ 50% is 0.33399999… in floating point).
 */
export function toPermille(rate: number): number {
  // Like Excel, the 15 significant digits decide: 0.4165 stored as 0.41649999… rounds as written
  // (416.500000000000), while a true 770,547 ÷ 1,000,061 = 77.0499999…% still rounds down (a fixed
  // relative nudge of 1e-9 once rounded such rates up, and a status could come out better than earned).
  const raw = rate * 1000;
  // Only a value within reach of a .5 boundary can be rounded differently at 15 digits: the common
  // case skips the (slow) toPrecision round trip.
  const fraction = Math.abs(raw) % 1;
  if (Math.abs(fraction - 0.5) > Math.abs(raw) * 1e-13) return Math.sign(raw) * Math.round(Math.abs(raw));
  const scaled = Number(raw.toPrecision(15));
  return Math.sign(scaled) * Math.round(Math.abs(scaled));
}

const NUDGE = 1e-9;

/** A rate rounded to 0.1% (half away from zero, like Excel's ROUND). */
export function roundRate(rate: number): number {
  return toPermille(rate) / 1000;
}

/** A rate rounded up at 0.1% (R2's thresholds: 1/3 → 33.4%). */
export function ceilRate(rate: number): number {
  const scaled = rate * 1000;
  return Math.ceil(scaled - NUDGE * Math.max(1, Math.abs(scaled))) / 1000;
}
