/**
 * The workbook's sheets with their names, in a request of its own: what a write that adds sheets
 * asks first, to choose a free name (a template) or to find the sheets in its way (the summary).
 */
export async function loadSheetNames(
  context: Excel.RequestContext,
): Promise<{ readonly sheets: Excel.WorksheetCollection; readonly names: readonly string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return { sheets, names: sheets.items.map((sheet) => sheet.name) };
}
