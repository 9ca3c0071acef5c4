import type { Catalogue } from '../catalogue';
import type { CaseStatus, CitySummary, EvaluatedCase, Table2Role } from './types';
import { statusKey } from '../values/status-words';

/**
 * The wards behind each row of Table 2 (issue 15 §1): which ward is on track, achieved or behind on
 * which indicator, with its progress rate. The publication names them in every 【達成状況】
 * (seed 000: 「都島区以外の23区…（都島区の進捗率は31.2％でした）」).
 */
export interface WardRate {
  readonly ward: string;
  readonly status: CaseStatus | null;
  /** Progress rate (R1) as a fraction, null when not computed. */
  readonly progress: number | null;
  /** The actual as a number (件数 for reference-only indicators). */
  readonly actualValue: number | null;
}

export interface IndicatorWards {
  readonly id: string;
  /** 目標達成, highest rate first. */
  readonly achieved: readonly WardRate[];
  /** 概ね順調 without the achieved ones, highest rate first. */
  readonly onTrack: readonly WardRate[];
  /** 必ずしも順調ではない, lowest rate first. */
  readonly behind: readonly WardRate[];
  /** 未測定 or not judged. */
  readonly notMeasured: readonly WardRate[];
}

/** One cell of the ward × indicator matrix; null where the ward has no case for the indicator. */
export interface MatrixCell {
  readonly status: CaseStatus | null;
  readonly progress: number | null;
  readonly role: Table2Role;
}

export interface WardMatrix {
  readonly wards: readonly string[];
  readonly indicators: readonly string[];
  /** cells[w][i]: ward `wards[w]`, indicator `indicators[i]`. */
  readonly cells: readonly (readonly (MatrixCell | null)[])[];
}

const byRateDescending = (a: WardRate, b: WardRate): number => (b.progress ?? -1) - (a.progress ?? -1);

/** Per indicator of the catalogue, the ward cases (the city's own row excluded) by status. */
export function wardsByStatus(summary: CitySummary, catalogue: Catalogue): IndicatorWards[] {
  return catalogue.indicators.map((indicator) => {
    const mine = summary.cases.filter((c) => c.indicatorId === indicator.id && c.table2 !== 'outOfScope' && c.inTable1);
    const rates = (status: (s: CaseStatus | null) => boolean): WardRate[] =>
      mine.filter((c) => status(c.status)).map(rateOf);
    return {
      id: indicator.id,
      achieved: rates((s) => statusKey(s) === 'achieved').sort(byRateDescending),
      onTrack: rates((s) => statusKey(s) === 'onTrack').sort(byRateDescending),
      behind: rates((s) => statusKey(s) === 'behind').sort((a, b) => byRateDescending(b, a)),
      notMeasured: rates((s) => statusKey(s) === 'notMeasured'),
    };
  });
}

/** The 24 wards (in the expected order) × the catalogue's indicators. */
export function wardMatrix(summary: CitySummary, catalogue: Catalogue): WardMatrix {
  const index = new Map<string, EvaluatedCase>();
  for (const c of summary.cases) if (c.inTable1) index.set(`${c.ward}\u0000${c.indicatorId}`, c);
  const indicators = catalogue.indicators.map((indicator) => indicator.id);
  return {
    wards: summary.wards,
    indicators,
    cells: summary.wards.map((ward) =>
      indicators.map((id) => {
        const c = index.get(`${ward}\u0000${id}`);
        return c ? { status: c.status, progress: c.progress, role: c.table2 } : null;
      }),
    ),
  };
}

function rateOf(c: EvaluatedCase): WardRate {
  return { ward: c.ward, status: c.status, progress: c.progress, actualValue: c.actualValue };
}
