import type { CellValue } from '../core/cell';
import { planYearIndex, type KuseiSettings } from '../core/settings';
import type { TemplateSheet } from '../workbook/gateway';
import { PROGRESS_HEADER, STATUS_HEADER, type StatusRules } from '../workbook/status-plan';
import { STATUS_STYLES } from '../workbook/status-styles';

export interface TemplateIndicator {
  readonly id: string;
  readonly name: string;
  readonly target: string;
  readonly unit: string;
  readonly scope: string;
}

/**
 * A sheet in the KUSEI standard layout for one ward: one row per ward-scope indicator of the
 * catalogue, its target filled in, the actual left for the ward to write, and the status formulas
 * ready (they show 未測定 until an actual is written). City-scope indicators are built once by the
 * city, not by each ward, so they are left out.
 */
export function buildTemplate(
  indicators: readonly TemplateIndicator[],
  settings: KuseiSettings,
  ward: string,
  reportYearLabel: string,
  rules: StatusRules,
): TemplateSheet {
  const year = planYearIndex(settings);
  const years = settings.planYears;
  const header: CellValue[] = [
    '区名',
    '指標番号',
    '取組の方向性',
    '目標値',
    '単位',
    `${reportYearLabel}実績`,
    PROGRESS_HEADER,
    STATUS_HEADER,
    '区運営方針への記載',
    '取組の実施状況',
    '備考',
  ];
  const cached: Record<string, CellValue> = {};
  const rows = indicators
    .filter((indicator) => indicator.scope !== 'city')
    .map((indicator, index): CellValue[] => {
      const row = index + 2;
      cached[`G${row}`] = rules.progress(null, indicator.target);
      cached[`H${row}`] = rules.status(null, indicator.target, year, years);
      return [
        ward,
        indicator.id,
        indicator.name,
        indicator.target,
        indicator.unit,
        null,
        `=KUSEI.PROGRESS(F${row},D${row})`,
        `=KUSEI.STATUS(F${row},D${row},${year},${years})`,
        null,
        null,
        null,
      ];
    });
  return {
    name: `${ward} ${reportYearLabel}`,
    rows: [header, ...rows],
    columnFormats: { 5: 'General', 6: '0.0%' },
    cached,
    headerRow: 1,
    statusColumn: 'H',
    styles: STATUS_STYLES,
  };
}
