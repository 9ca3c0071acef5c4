import { columnLetters } from '../core/address';
import type { TemplateSheet } from '../workbook/gateway';
import { freeSheetName } from '../workbook/sheet-names';
import { addTextFormats } from './write-status';
import { loadSheetNames } from './worksheets';

/**
 * A new sheet in the KUSEI standard layout, in two requests: learn the sheet names (to pick a free
 * one), then add the sheet and write everything, formats included, in one batch.
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  template: TemplateSheet,
  withConditionalFormats: boolean,
): Promise<string> {
  const { sheets, names } = await loadSheetNames(context);
  const name = freeSheetName(template.name, names);
  const sheet = sheets.add(name);
  const width = Math.max(...template.rows.map((row) => row.length));
  const height = template.rows.length;
  const lastColumn = columnLetters(width - 1);
  const body = sheet.getRange(`A1:${lastColumn}${height}`);
  body.formulas = template.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      return cell === null || cell === undefined || typeof cell === 'object' ? '' : cell;
    }),
  );
  for (const [column, format] of Object.entries(template.columnFormats)) {
    const letters = columnLetters(Number(column));
    sheet.getRange(`${letters}${template.headerRow + 1}:${letters}${height}`).numberFormat = Array.from(
      { length: height - template.headerRow },
      () => [format],
    );
  }
  sheet.getRange(`A${template.headerRow}:${lastColumn}${template.headerRow}`).format.font.bold = true;
  if (withConditionalFormats && template.styles.length > 0 && height > template.headerRow) {
    const status = sheet.getRange(
      `${template.statusColumn}${template.headerRow + 1}:${template.statusColumn}${height}`,
    );
    addTextFormats(status, template.styles);
  }
  sheet.getRange(`A1:${lastColumn}${height}`).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return name;
}
