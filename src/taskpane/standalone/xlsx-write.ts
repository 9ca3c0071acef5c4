// The cell helpers are shared with `kusei status`: defined in src/files.
export { addStatusFormatting, cellContent, setFormula, setValue } from '../../files/xlsx-cells';
