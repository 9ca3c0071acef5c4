// ExcelJS's browser bundle (loaded lazily in standalone mode) has the package's own types.
declare module 'exceljs/dist/exceljs.min.js' {
  const ExcelJS: typeof import('exceljs');
  export default ExcelJS;
}
