import { fiscalYearLabel } from '../values/fiscal-year';
import { implementationWord, listingWord } from '../values/listing-words';
import { TABLE2_COLUMN_WORDS } from '../values/status-words';
import { localGovernmentCode } from './ward-codes';
import type { CityReport } from './model';

/**
 * Open data (issue 15 §6) following 総務省's rules for machine-readable tables (domain §9): one value
 * per cell, no merged cells, units in their own column, 西暦 beside 和暦, codes beside names, no
 * totals mixed into data rows. One table per published table plus the per-ward long table.
 */
export interface OpenDataTable {
  /** File name, e.g. table2.csv. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

const CITY_CODE = localGovernmentCode('大阪市') ?? '';

export function openDataTables(report: CityReport): OpenDataTable[] {
  const { settings } = report;
  const year = settings.reportYear;
  const era = fiscalYearLabel(year);
  const period = [year, era] as const;
  const table2 = report.summary.table2.indicators.flatMap((row) => {
    const base = [...period, CITY_CODE, '大阪市', row.id, report.names[row.id] ?? '', row.counted ? '計上' : '参考'];
    const measures: [string, number | null, string][] = row.counted
      ? [
          [TABLE2_COLUMN_WORDS.cases, row.cases, '件'],
          [TABLE2_COLUMN_WORDS.onTrack, row.onTrack, '件'],
          [TABLE2_COLUMN_WORDS.achieved, row.achieved, '件'],
          [TABLE2_COLUMN_WORDS.behind, row.behind, '件'],
          [TABLE2_COLUMN_WORDS.notMeasured, row.notMeasured, '件'],
        ]
      : [
          ['目標を達成した区数', row.referenceWards, '区'],
          ['目標を達成した件数', row.referenceCases, '件'],
        ];
    return measures.map(([measure, value, unit]) => [...base, measure, value, unit]);
  });
  const t1 = report.summary.table1;
  const table1: (string | number)[][] = (
    [
      [true, 'full', t1.listedFull],
      [true, 'partial', t1.listedPartial],
      [false, 'done', t1.unlistedDone],
      [false, 'notDone', t1.unlistedNotDone],
    ] as const
  ).map(([listed, implementation, value]) => [
    ...period,
    CITY_CODE,
    '大阪市',
    listingWord(listed),
    implementationWord(implementation),
    value,
    '件',
  ]);
  const wards = report.summary.cases.map((c) => [
    ...period,
    localGovernmentCode(c.ward) ?? '',
    c.ward,
    c.indicatorId,
    c.indicatorName,
    c.actualValue === null
      ? null
      : unitValue(c.actualValue, report.catalogue.indicators.find((i) => i.id === c.indicatorId)?.unit ?? ''),
    c.actualValue === null ? '' : (report.catalogue.indicators.find((i) => i.id === c.indicatorId)?.unit ?? ''),
    c.progress === null ? null : round(c.progress * 100, 1),
    c.progress === null ? '' : '%',
    c.table2 === 'outOfScope' ? '' : (c.status ?? '判定不能'),
    c.table2 === 'counted' ? '計上' : c.table2 === 'reference' ? '参考' : '対象外（全市で計上）',
    listingWord(c.listedInPlan),
    c.implementation === null ? '' : implementationWord(c.implementation),
  ]);
  return [
    {
      name: 'table2.csv',
      header: [
        '年度（西暦）',
        '年度（和暦）',
        '団体コード',
        '団体名',
        '指標番号',
        '成果指標',
        '表2の区分',
        '項目',
        '値',
        '単位',
      ],
      rows: table2,
    },
    {
      name: 'table1.csv',
      header: [
        '年度（西暦）',
        '年度（和暦）',
        '団体コード',
        '団体名',
        '区運営方針への記載',
        '取組の実施状況',
        '値',
        '単位',
      ],
      rows: table1,
    },
    {
      name: 'wards.csv',
      header: [
        '年度（西暦）',
        '年度（和暦）',
        '団体コード',
        '区名',
        '指標番号',
        '成果指標',
        '実績値',
        '実績値の単位',
        '進捗率',
        '進捗率の単位',
        '状況',
        '表2の区分',
        '区運営方針への記載',
        '取組の実施状況',
      ],
      rows: wards,
    },
  ];
}

/** A percentage indicator's actual in its unit (51.3 for 0.513 with %), other units as they are. */
function unitValue(value: number, unit: string): number {
  return unit === '%' ? round(value * 100, 6) : value;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
