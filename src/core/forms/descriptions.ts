import type { Field } from '../layouts/fields';
import type { FormDescription, SlotDescription } from './description';

/**
 * The forms the wards keep (domain §7.3–§7.4), as data. Patterns are tested against normalised cell
 * text (see `FormDescription`). Each entry cites the seed it was written from.
 */

/** A label whose value is the option ticked (or marked ○ beside it) among `options`, in the form's order. */
function choice(name: string, field: Field, label: string, options: readonly string[]): SlotDescription {
  return { name, field, label, value: 'choice', options };
}

/**
 * 大正区 取組項目 sheets (seed 001, 「市政改革プラン2.0」に基づく取組等): one block per 取組項目, stages 計画 /
 * 中間振り返り / 自己評価 (年度評価 in part of the seed) merged vertically in the first column, label cells
 * with their value to the right (the 課題と改善策 caption has its text below). The same form at the
 * 中間振り返り stage keeps the three items stacked on one sheet, with ○ typed beside each option.
 */
export const TAISHO_INITIATIVE: FormDescription = {
  layout: 'taisho-initiative',
  kind: 'initiative',
  // (達成状況) is the form's own label: a sheet of the same stages laid out as small tables (a header row
  // per stage, 目標の達成状況 as a column) is read by the table reader instead.
  signature: ['^取組項目\\d+$', '^中間振り返り$', '取組内容の実施見込み', '^達成状況$'],
  companions: [{ sheetName: '記入要領', mustHold: '取組項目' }],
  blockStart: '^取組項目\\d+$',
  stages: [
    {
      name: 'plan',
      caption: '^計画$',
      slots: [
        { name: 'target', field: 'target', label: '目標$', under: '当年度の取組内容', value: 'right' },
        { name: 'planTarget', field: 'context', label: '目標$', under: '取組の方針', value: 'right' },
      ],
    },
    {
      name: 'midYear',
      caption: '^中間振り返り$',
      slots: [
        choice('implementation', 'implementationOutlook', '^取組内容の実施見込み$', [
          '実施見込み',
          '実施できない見込み',
        ]),
        choice('achievement', 'achievementOutlook', '^目標の達成見込み$', ['達成見込み', '達成できない見込み']),
        { name: 'explanation', field: 'explanation', label: '^課題と改善策', value: 'below' },
      ],
    },
    {
      name: 'yearEnd',
      caption: '^(自己評価|年度評価)$',
      slots: [
        { name: 'narrative', field: 'context', label: '^当年度の取組実績及び目標の達成状況$', value: 'below' },
        { name: 'actual', field: 'actual', label: '^実績$', value: 'right' },
        choice('mark', 'mark', '^達成状況$', ['目標達成', '目標未達成']),
        { name: 'explanation', field: 'explanation', label: '^課題と改善策', value: 'below' },
      ],
    },
  ],
  facts: { wardLabel: '^区名$', wardInText: true, yearText: '(平成|令和|H|R)\\d+年度' },
  records: [
    {
      name: 'yearEnd',
      take: [
        'block.title',
        'plan.target',
        'plan.planTarget',
        'yearEnd.narrative',
        'yearEnd.actual',
        'yearEnd.mark',
        'yearEnd.explanation',
      ],
      rowFrom: ['actual', 'mark'],
      whenWritten: ['yearEnd'],
      required: ['mark'],
    },
    {
      name: 'midYear',
      take: ['block.title', 'midYear.implementation', 'midYear.achievement', 'midYear.explanation'],
      rowFrom: ['implementationOutlook', 'achievementOutlook'],
      whenWritten: ['midYear', 'yearEnd'],
      required: ['implementationOutlook', 'achievementOutlook'],
    },
    {
      // Submitted in October: the year-end block is empty by design, the record is the review itself.
      name: 'midYearOnly',
      take: [
        'block.title',
        'plan.target',
        'plan.planTarget',
        'midYear.implementation',
        'midYear.achievement',
        'midYear.explanation',
      ],
      rowFrom: ['implementationOutlook', 'achievementOutlook'],
      whenWritten: ['midYear'],
      unlessWritten: 'yearEnd',
      required: ['implementationOutlook', 'achievementOutlook'],
      midYearOnly: true,
    },
  ],
};

/**
 * 此花区 PDCA sheets (seed 003): a 表紙 with the list of sections, then one sheet per 取組の方向性 named by
 * theme. Headings `１「…」に向けて` / `（１）…` / `ア …` give the indicator ids; stages P 業績目標, D 実績,
 * C 評価 (per measure: its wording, then a 目標 row and a 結果 row), A 今年度反映した内容.
 */
export const KONOHANA_PDCA: FormDescription = {
  layout: 'konohana-pdca',
  kind: 'indicator',
  signature: ['^P$', '^C$', '^業績目標', '^評価$'],
  companions: [{ sheetName: '表紙', mustHold: '区政運営基本方針' }],
  blockStart: null,
  stages: [
    {
      name: 'plan',
      caption: '^P$',
      slots: [{ name: 'activity', field: 'context', label: '^業績目標', value: 'below' }],
    },
    { name: 'do', caption: '^D$', slots: [] },
    {
      name: 'check',
      caption: '^C$',
      heading: '^評価$',
      slots: [],
      groups: {
        anchor: { label: '^目標$', field: 'target' },
        rows: [{ label: '^結果$', field: 'actual' }],
        textAbove: 'indicatorText',
      },
      soleText: { field: 'actual' },
    },
    { name: 'act', caption: '^A$', slots: [] },
  ],
  facts: { wardInText: true, yearText: '(平成|令和|H|R)\\d+年度' },
  headings: { levels: ['^(\\d+)\\s*「', '^\\((\\d+)\\)', '^([ア-ン])\\s'] },
  records: [
    {
      name: 'measure',
      take: ['plan.activity', 'check.groups'],
      rowFrom: ['actual', 'target'],
      whenWritten: [],
    },
  ],
};

export const FORM_DESCRIPTIONS: readonly FormDescription[] = [TAISHO_INITIATIVE, KONOHANA_PDCA];
