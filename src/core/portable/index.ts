export { portableModel, type PortableModel } from './model';
export { alignedActual, numberLiteral, portableFormulas, quoted, type PortableFormulas } from './formulas';
export { simulatePortable, type PortableResult } from './simulate';
export { rowScope, type RowScope } from './scope';
export { portableRowCells, textFormula, thresholdPermille, type PortableCell, type PortableRowCells } from './row';
export { isPortableFormula, isStatusFormula, normalizedFormula, thresholdInFormula } from './stale';
export { CITY_WIDE, NEEDS_REVIEW, REFERENCE_ONLY } from './words';
