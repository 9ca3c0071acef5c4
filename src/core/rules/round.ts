/**
 * Progress rates are compared as published: rounded to 0.1% (R1, seed 000 ※3). Working in whole
 * thousandths avoids binary fractions deciding a status (16.7% ÷ 50% is 0.33399999… in floating point).
 */
export function toPermille(rate: number): number {
  const scaled = rate * 1000;
  const magnitude = Math.abs(scaled);
  // Nudge by far less than any printed digit so 0.4165 stored as 0.41649999… rounds as written.
  return Math.sign(scaled) * Math.round(magnitude + NUDGE * Math.max(1, magnitude));
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
