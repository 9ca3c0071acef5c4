/**
 * Number formats as the core needs them: the format text of a cell's style (to tell a percent from a
 * plain number) and whether it shows a date (a date cell's value is the day it names, "2015-04-01").
 *
 * Built-in formats are not written in styles.xml, only their id. Ids 0–49 are the same in every
 * locale (ECMA-376 Part 1, §18.8.30; the texts are the ones ExcelJS gives, so snapshots agree). Ids
 * 27–36 and 50–58 depend on the locale Excel ran in; files from Japanese Excel use them for 和暦 and
 * 年月日 dates, so they take the ja-JP texts of the same table (ExcelJS gives no format for them and reads
 * such dates as plain numbers, which is wrong for every Japanese workbook that uses them).
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: '[$-411]ge.m.d',
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: '[$-411]ge.m.d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: '[$-411]ge.m.d',
  51: '[$-411]ggge"年"m"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: '[$-411]ge.m.d',
  58: '[$-411]ggge"年"m"月"d"日"',
};

export function builtInFormat(id: number): string | undefined {
  return Object.prototype.hasOwnProperty.call(BUILT_IN, id) ? BUILT_IN[id] : undefined;
}

/**
 * Whether a format shows a date or time: a date part (y m d h s, g/e for 和暦, b for Buddhist years)
 * outside quoted text, escapes and [brackets] ([h] elapsed hours are a time too). "General" is not.
 */
export function isDateFormat(format: string): boolean {
  if (format === '' || /^general$/i.test(format)) return false;
  // Only the first section decides: "0;[Red]-0" and "yyyy/m/d;@" alike.
  const stripped = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhsbgYMDHSBG]|e(?![+-])/.test(stripped.replace(/General/gi, ''));
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A date serial as the day it names, "2015-04-01" (the time of day is dropped, as the core reads dates
 * as days). Serials before 1900-03-01 are shifted for Excel's 1900 leap-year bug (serial 60 is the
 * 1900-02-29 that Excel shows); the 1904 system (Mac Excel of old) counts from 1904-01-01.
 */
export function excelDateText(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  if (!date1904 && serial >= 60 && serial < 61) return '1900-02-29';
  const adjusted = !date1904 && serial < 60 ? serial + 1 : serial;
  const ms = Math.round((adjusted - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
