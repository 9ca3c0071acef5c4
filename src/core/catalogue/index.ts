export type { Catalogue, IndicatorCounting, IndicatorDef, IndicatorScope } from './types';
export { loadCatalogue } from './load';
export { CATALOGUES, FY2015_CATALOGUE, findIndicator } from './fy2015';
