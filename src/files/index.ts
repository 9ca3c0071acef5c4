/**
 * File reading for Node (CLI, library): everything in ./browser plus reading from disk (fs).
 * The browser (the pane's standalone mode) imports ./browser instead, which has no Node APIs.
 */
export * from './browser';
export { readXlsxFile, readWorkbookFile } from './read-xlsx-file';
