import type { Catalogue, IndicatorDef } from './types';
import { loadCatalogue } from './load';
import fy2015Json from './fy2015-2017.json';

/**
 * The FY2015–FY2017 区政運営基本方針 (domain §6): 17 indicators, 1-3-ア counted once city-wide,
 * 1-3-イ and 1-3-ウ for reference only. Loaded through the same validation as a user's file, so the
 * shipped data cannot drift from the schema.
 */
function shipped(): Catalogue {
  const loaded = loadCatalogue(fy2015Json);
  if ('error' in loaded) throw new Error(`Shipped catalogue fy2015-2017.json is invalid: ${loaded.message}`);
  return loaded;
}

export const FY2015_CATALOGUE: Catalogue = shipped();

/** Catalogues shipped with KUSEI, by id (KuseiSettings.catalogueId). */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { [FY2015_CATALOGUE.id]: FY2015_CATALOGUE };

export function findIndicator(catalogue: Catalogue, id: string): IndicatorDef | undefined {
  return catalogue.indicators.find((indicator) => indicator.id === id);
}
