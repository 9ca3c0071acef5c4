import type { Field } from './fields';

/**
 * The layouts KUSEI recognises (domain §7), as data: which fields identify each, which it must have.
 * `generic` is any table with recognisable value columns that fits none of them.
 */
export const LAYOUT_IDS = [
  'standard',
  'fukushima-indicator',
  'fukushima-initiative',
  'nishi-outcome',
  'taisho-initiative',
  'konohana-pdca',
  'generic',
] as const;

export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface LayoutDefinition {
  readonly id: LayoutId;
  /** Japanese name shown to users. */
  readonly name: string;
  readonly nameEn: string;
  /** Fields whose presence points at this layout, with weights. */
  readonly signature: Readonly<Partial<Record<Field, number>>>;
  /** Sheet markers (block titles, stage letters) that point at it. */
  readonly markers: readonly ('budget' | 'initiativeBlock' | 'pdcaStage' | 'sectionHeading')[];
  /** Fields every table of this layout must map (else COLUMN_MISSING). */
  readonly required: readonly (Field | readonly Field[])[];
  /** Records are read per block (one 取組項目 / one indicator spread over stage tables). */
  readonly form: boolean;
  readonly kind: 'indicator' | 'initiative';
  /**
   * Several measures written as lines of one cell: one declared mark for them all (大正区, 西区: the
   * positive mark needs every measure met) or one mark per line, in order (福島区's 個別, domain R3).
   */
  readonly markCovers: 'eachLine' | 'allMeasures';
}

export const LAYOUTS: readonly LayoutDefinition[] = [
  {
    id: 'standard',
    name: 'KUSEI標準様式(区名・指標番号・目標値・実績)',
    nameEn: 'KUSEI standard layout (ward, indicator id, target, actual)',
    signature: { ward: 3, indicatorId: 2, target: 1, actual: 1, unit: 1, listedInPlan: 1, implementation: 1 },
    markers: [],
    required: ['ward', 'indicatorId', 'target', 'actual'],
    form: false,
    markCovers: 'eachLine',
    kind: 'indicator',
  },
  {
    id: 'fukushima-indicator',
    name: '成果指標の進捗表(福島区様式)',
    nameEn: 'Indicator progress table (Fukushima layout)',
    signature: { outcome: 3, overallMark: 3, strategyMark: 3, effectiveness: 1, mark: 1, previous: 1, indicatorId: 1 },
    markers: ['sectionHeading'],
    required: ['actual', 'mark'],
    form: false,
    markCovers: 'eachLine',
    kind: 'indicator',
  },
  {
    id: 'fukushima-initiative',
    name: '具体的取組の表(福島区様式)',
    nameEn: 'Initiative table (Fukushima layout)',
    signature: { activityTarget: 2, withdrawalCriterion: 4, effectiveness: 1, previous: 1, mark: 1 },
    markers: ['sectionHeading'],
    required: ['activityTarget', 'actual', 'mark'],
    form: false,
    markCovers: 'allMeasures',
    kind: 'initiative',
  },
  {
    id: 'nishi-outcome',
    name: '運営方針のアウトカム指標表(西区様式)',
    nameEn: 'Ward plan outcome table (Nishi layout)',
    signature: { measure: 2, actual: 1, mark: 1, previous: 1, budget: 3 },
    markers: ['budget'],
    required: [['measure', 'indicatorText'], 'actual', 'mark'],
    form: false,
    markCovers: 'allMeasures',
    kind: 'indicator',
  },
  {
    id: 'taisho-initiative',
    name: '取組項目シート(大正区様式)',
    nameEn: 'Initiative sheets (Taisho layout)',
    signature: { implementationOutlook: 4, achievementOutlook: 4, stage: 1 },
    markers: ['initiativeBlock'],
    required: ['actual', 'mark'],
    form: true,
    markCovers: 'allMeasures',
    kind: 'initiative',
  },
  {
    id: 'konohana-pdca',
    name: 'PDCAシート(此花区様式)',
    nameEn: 'PDCA sheets (Konohana layout)',
    signature: { stage: 2, target: 1, actual: 1, activityTarget: 1 },
    markers: ['pdcaStage'],
    required: ['target', 'actual'],
    form: true,
    markCovers: 'allMeasures',
    kind: 'indicator',
  },
  {
    id: 'generic',
    name: '一般の表(目標値と実績の列)',
    nameEn: 'Generic table (target and actual columns)',
    signature: { actual: 1, target: 1 },
    markers: [],
    required: ['actual', ['target', 'activityTarget']],
    form: false,
    markCovers: 'eachLine',
    kind: 'indicator',
  },
];

export function layoutDefinition(id: LayoutId): LayoutDefinition {
  const found = LAYOUTS.find((layout) => layout.id === id);
  if (!found) throw new Error(`unknown layout ${id}`);
  return found;
}

export type SheetMarker = LayoutDefinition['markers'][number];

/**
 * Picks the layout whose signature best fits the fields and markers found on the sheet. The margin
 * over the runner-up says how sure the pick is.
 */
export function recognizeLayout(
  fields: ReadonlySet<Field>,
  markers: ReadonlySet<SheetMarker>,
): { layout: LayoutId; certainty: number } {
  const scored = LAYOUTS.map((layout) => {
    let score = 0;
    let possible = 0;
    for (const [field, weight] of Object.entries(layout.signature) as [Field, number][]) {
      possible += weight;
      if (fields.has(field)) score += weight;
    }
    for (const marker of layout.markers) {
      possible += 3;
      if (markers.has(marker)) score += 3;
    }
    const requiredMet = layout.required.every((need) =>
      typeof need === 'string' ? fields.has(need) : need.some((f) => fields.has(f)),
    );
    // The generic layout is the fallback: it wins only when no named layout fits better.
    const fallback = layout.id === 'generic' ? 0.6 : 1;
    return { layout: layout.id, fit: (score / Math.max(possible, 1)) * (requiredMet ? 1 : 0.5) * fallback, raw: score };
  }).sort((a, b) => b.fit - a.fit || b.raw - a.raw);
  const best = scored[0];
  const second = scored[1];
  if (!best || best.raw === 0) return { layout: 'generic', certainty: 0 };
  const margin = second ? best.fit - second.fit : best.fit;
  return { layout: best.layout, certainty: Math.min(1, 0.5 + margin) };
}
