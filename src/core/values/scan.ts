/**
 * A hand-written scanner for the number at the start of a cell. Cells are read by the million in
 * consolidation, and most hold a plain number with a unit (`51.3%`, `５１．３％`, `15,914千円`,
 * `△5`), so the common forms are read here without normalising the whole text first.
 *
 * The value is kept as an integer mantissa and a count of decimals: `51.3` is 513 / 10 and `51.3%`
 * is 513 / 1000, each a single correctly rounded division, so no binary noise (4.4 / 100 would give
 * 0.044000000000000004). Like Excel, precision ends at 15 significant digits.
 */
export interface ScannedNumber {
  readonly negative: boolean;
  readonly mantissa: number;
  readonly decimals: number;
  /** Index just after the number and the blanks following it. */
  readonly end: number;
}

const POW10: readonly number[] = Array.from({ length: 40 }, (_, i) => 10 ** i);

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

function isMinus(code: number): boolean {
  // - − △ ▲ － ‐ – —
  return (
    code === 0x2d ||
    code === 0x2212 ||
    code === 0x25b3 ||
    code === 0x25b2 ||
    code === 0xff0d ||
    code === 0x2010 ||
    code === 0x2013 ||
    code === 0x2014
  );
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

function isComma(code: number): boolean {
  return code === 0x2c || code === 0xff0c;
}

function isPoint(code: number): boolean {
  return code === 0x2e || code === 0xff0e;
}

export function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** The number starting at `from` (after blanks), or null when no number starts there. */
export function scanNumber(text: string, from = 0): ScannedNumber | null {
  let i = skipBlanks(text, from);
  let negative = false;
  const first = text.charCodeAt(i);
  if (isMinus(first)) {
    negative = true;
    i = skipBlanks(text, i + 1);
  } else if (first === 0x2b || first === 0xff0b) {
    i = skipBlanks(text, i + 1);
  }
  let mantissa = 0;
  let intDigits = 0;
  let groupDigits = 0;
  let sawComma = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = digitOf(code);
    if (digit >= 0) {
      mantissa = mantissa * 10 + digit;
      intDigits++;
      groupDigits++;
    } else if (isComma(code) && intDigits > 0 && digitOf(text.charCodeAt(i + 1)) >= 0) {
      // Thousands separators must group by three ("15,914"); "1,5" is not a number in these documents.
      if (sawComma ? groupDigits !== 3 : groupDigits > 3) return null;
      sawComma = true;
      groupDigits = 0;
    } else {
      break;
    }
  }
  if (intDigits === 0) return null;
  if (sawComma && groupDigits !== 3) return null;
  let decimals = 0;
  if (isPoint(text.charCodeAt(i)) && digitOf(text.charCodeAt(i + 1)) >= 0) {
    for (i++; i < text.length; i++) {
      const digit = digitOf(text.charCodeAt(i));
      if (digit < 0) break;
      mantissa = mantissa * 10 + digit;
      decimals++;
    }
  }
  return { negative, mantissa, decimals, end: skipBlanks(text, i) };
}

/** The scanned number's value, divided by 10^extraDecimals (2 for a percentage). */
export function scannedValue(scanned: ScannedNumber, extraDecimals = 0): number {
  const divisor = POW10[scanned.decimals + extraDecimals] ?? 10 ** (scanned.decimals + extraDecimals);
  const value = scanned.mantissa / divisor;
  return scanned.negative ? -value : value;
}

/** 51.3 → 0.513 without binary noise, for numbers that arrive as numbers. */
export function percentFraction(points: number): number {
  return Number((points / 100).toPrecision(15));
}
