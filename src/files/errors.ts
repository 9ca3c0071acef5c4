/**
 * A file that cannot be read at all: an error value (the CLI exits 2 for it), with messages that say
 * what to do. Browser-safe.
 */
export type FileErrorCode =
  'FILE_NOT_FOUND' | 'FILE_TOO_LARGE' | 'FILE_EXPANDS_TOO_MUCH' | 'FILE_NOT_XLSX' | 'FILE_CORRUPT' | 'FILE_UNSUPPORTED';

export interface FileReadError {
  readonly fileError: FileErrorCode;
  readonly file: string;
  readonly message: string;
  readonly messageEn: string;
}

export function isFileReadError(value: unknown): value is FileReadError {
  return typeof value === 'object' && value !== null && typeof (value as FileReadError).fileError === 'string';
}

/** Largest workbook read: far above any ward's sheet (a few hundred KB), well below memory trouble. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const TEXTS: Record<FileErrorCode, { ja: string; en: string }> = {
  FILE_NOT_FOUND: {
    ja: 'ファイル「{file}」が見つかりません。パスを確認してください。',
    en: 'File "{file}" was not found. Check the path.',
  },
  FILE_TOO_LARGE: {
    ja: 'ファイル「{file}」は大きすぎます({size}MB、上限{limit}MB)。区ごとにファイルを分けてください。',
    en: 'File "{file}" is too large ({size} MB, limit {limit} MB). Split it by ward.',
  },
  FILE_EXPANDS_TOO_MUCH: {
    ja: 'ファイル「{file}」は展開すると大きすぎます(約{size}MB、上限{limit}MB)。不要なシート・行・画像を削除するか、区ごとにファイルを分けて保存し直してください。',
    en: 'File "{file}" expands to too much data (about {size} MB, limit {limit} MB). Remove unneeded sheets, rows or images, or split it by ward, and save it again.',
  },
  FILE_NOT_XLSX: {
    ja: 'ファイル「{file}」はExcelブック(.xlsx)ではありません。Excelで「Excelブック(*.xlsx)」として保存し直してください(.xls や .xlsm の場合も同様)。',
    en: 'File "{file}" is not an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (*.xlsx)".',
  },
  FILE_CORRUPT: {
    ja: 'ファイル「{file}」を読めません(壊れているか、途中までしか保存されていません): {detail}。Excelで開いて保存し直してください。',
    en: 'File "{file}" cannot be read (damaged or incompletely saved): {detail}. Open it in Excel and save it again.',
  },
  FILE_UNSUPPORTED: {
    ja: 'ファイル「{file}」の形式は読めません。.xlsx か .csv を指定してください。',
    en: 'The format of "{file}" is not supported. Give an .xlsx or .csv file.',
  },
};

export function fileError(
  code: FileErrorCode,
  file: string,
  params: Record<string, string | number> = {},
): FileReadError {
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = name === 'file' ? file : params[name];
      return value === undefined ? whole : String(value);
    });
  return { fileError: code, file, message: fill(TEXTS[code].ja), messageEn: fill(TEXTS[code].en) };
}
