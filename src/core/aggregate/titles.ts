import type { KuseiSettings } from '../settings';
import type { Catalogue } from '../catalogue';
import { toWareki as wareki } from '../values';
import type { SummaryTitles } from './summary-sheets';

/** Titles of the outputs from the catalogue and settings, e.g. 区政運営基本方針 平成27年度の進捗状況. */
export function summaryTitles(catalogue: Catalogue, settings: KuseiSettings): SummaryTitles {
  const year = wareki(settings.reportYear);
  const yearText = typeof year === 'string' ? year : `${settings.reportYear}年度`;
  return {
    title: `${catalogue.name}\u3000${yearText}の進捗状況（全区集計）`,
    names: Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, indicator.name])),
  };
}
