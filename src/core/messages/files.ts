import type { MessageTable } from './table';

/**
 * Messages of files that cannot be read at all (the CLI exits 2 for them; the pane shows them in place
 * of the sheet). Each names what the file is and what to do. `{file}` is the file's name; no message
 * carries an exception's text (a user cannot act on "Cannot read properties of undefined").
 */
export const FILE_MESSAGES = {
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
    ja: 'ファイル「{file}」を読めません(壊れているか、途中までしか保存されていません)。Excelで開いて保存し直してください。',
    en: 'File "{file}" cannot be read (damaged or incompletely saved). Open it in Excel and save it again.',
  },
  FILE_TRUNCATED: {
    ja: 'ファイル「{file}」は途中で切れています(ファイルの終わりがありません。保存やコピー、メール添付の途中で切れたものです)。元のファイルをExcelで開いて保存し直し、もう一度送ってもらってください。',
    en: 'File "{file}" is cut short (its end is missing: saving, copying or mailing it stopped part-way). Ask for the original to be saved again in Excel and sent again.',
  },
  FILE_PASSWORD_PROTECTED: {
    ja: 'ファイル「{file}」はパスワードで保護(暗号化)されたExcelブックのため読めません。Excelで開き、[ファイル]→[情報]→[ブックの保護]→[パスワードを使用して暗号化]でパスワードを空欄にして保存し直してください。',
    en: 'File "{file}" is a password-protected (encrypted) Excel workbook and cannot be read. Open it in Excel, choose File → Info → Protect Workbook → Encrypt with Password, clear the password and save it again.',
  },
  FILE_IS_XLS: {
    ja: 'ファイル「{file}」は古いExcel 97-2003形式(.xls)のブックです(拡張子が変えられています)。Excelで開き、[名前を付けて保存]で「Excelブック(*.xlsx)」を選んで保存し直してください。',
    en: 'File "{file}" is an old Excel 97-2003 workbook (.xls) with another extension. Open it in Excel and use Save As → "Excel Workbook (*.xlsx)".',
  },
  FILE_IS_ODS: {
    ja: 'ファイル「{file}」はOpenDocumentスプレッドシート(.ods、LibreOffice Calcなど)です(拡張子が変えられています)。LibreOffice CalcかExcelで開き、「Excel 2007-365(.xlsx)」形式で保存し直してください。',
    en: 'File "{file}" is an OpenDocument spreadsheet (.ods, e.g. from LibreOffice Calc) with another extension. Open it in LibreOffice Calc or Excel and save it as "Excel 2007-365 (.xlsx)".',
  },
  FILE_IS_DOCX: {
    ja: 'ファイル「{file}」はWord文書(.docx)です(拡張子が変えられています)。区の進捗表のExcelブック(.xlsx)を指定してください。',
    en: 'File "{file}" is a Word document (.docx) with another extension. Give the ward’s progress workbook (.xlsx) instead.',
  },
  FILE_NOT_REGULAR: {
    ja: '「{file}」は通常のファイルではありません(フォルダー、デバイス、名前付きパイプなど)。読み取らずに飛ばしました。区の進捗表のファイルを指定してください。',
    en: '"{file}" is not a regular file (a folder, a device, a named pipe…) and was skipped. Give a ward progress file.',
  },
  FILE_UNREADABLE: {
    ja: 'ファイル「{file}」を開けません(読み取りの権限がないか、ほかのプログラムが使用中です)。ファイルの権限を確認するか、開いているプログラムを閉じてからやり直してください。',
    en: 'File "{file}" cannot be opened (no permission to read it, or another program holds it). Check its permissions or close the program using it, and try again.',
  },
  FILE_UNSUPPORTED: {
    ja: 'ファイル「{file}」の形式は読めません。.xlsx か .csv を指定してください。',
    en: 'The format of "{file}" is not supported. Give an .xlsx or .csv file.',
  },
  PLAN_FILE_NOT_JSON: {
    ja: '計画ファイル「{file}」はJSONとして読めません。計画定義シートのある .xlsx か、正しいJSONを指定してください(docs/plans.md)。',
    en: 'Plan file "{file}" is not valid JSON. Give an .xlsx with a 計画定義 sheet, or valid JSON (docs/plans.md).',
  },
  PLAN_SHEET_MISSING: {
    ja: 'ファイル「{file}」に「計画定義」シートがありません。テンプレート(kusei plan --template)から計画定義シートを作ってください。',
    en: 'File "{file}" has no 計画定義 (plan definition) sheet. Make one from the template (kusei plan --template).',
  },
} as const satisfies MessageTable;

export type FileErrorCode = keyof typeof FILE_MESSAGES;
