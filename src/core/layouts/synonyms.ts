import type { Field } from './fields';

/**
 * The synonym dictionary, kept as data: header wordings seen in the wards' templates (seeds 001–004,
 * the standard CSV) → field. Wordings are compared after `normalizeHeader` (NFKC, no spaces, line
 * breaks or punctuation), so "今後の対応方向\n・改善策" and "今後の対応方向 改善策" are one entry.
 *
 * - `exact`: the whole header is this wording (score 1).
 * - `pattern`: a regular expression over the normalised header (score 0.95).
 * - `contains`: the header contains this wording (score 0.6–0.9 by how much of the header it covers).
 * - `span`: a header merged over several columns (seed 004's 項目 over the id and the name): the
 *   fields of its columns, left to right.
 */
export interface SynonymEntry {
  readonly field: Field;
  readonly exact?: readonly string[];
  readonly pattern?: readonly string[];
  readonly contains?: readonly string[];
  readonly span?: readonly Field[];
}

export const SYNONYMS: readonly SynonymEntry[] = [
  // Merged headers spanning several columns come first: their span decides each column.
  { field: 'indicatorId', exact: ['項目'], span: ['indicatorId', 'indicatorText'] },
  { field: 'target', exact: ['成果指標と目標値', '成果指標及び目標値'], span: ['measure', 'target'] },
  { field: 'actual', pattern: ['^(?:令和|平成|r|h)?\\d{0,2}年度実績と達成状況.*$'], span: ['actual', 'mark'] },
  // Seed 004's 具体的取組: the caption merged over the figure and the ■/□ block (J4:K4).
  { field: 'mark', exact: ['業績目標の達成状況'], span: ['actual', 'mark'] },

  { field: 'ward', exact: ['区名', '区', '区役所', '区役所名', '所属', 'ward'] },
  { field: 'indicatorId', exact: ['指標番号', '番号', '指標no', 'no', 'id', '項目番号', '項番', '指標id'] },
  {
    field: 'indicatorText',
    exact: ['取組の方向性', '取組の方向', '指標名', '方向性', '取組項目', '項目名'],
    contains: ['取組の方向性'],
  },
  {
    field: 'measure',
    exact: ['成果指標', '指標', 'アウトカム指標', '評価指標', '指標の内容', 'アウトカム指標目標', '成果指標の内容'],
    contains: ['アウトカム指標'],
  },
  {
    field: 'target',
    exact: ['目標値', '目標', '成果目標', '成果目標値', '目標値目標年次', '目標水準'],
    pattern: ['^(?:令和|平成|r|h)?\\d{1,2}年度(?:まで)?の目標(?:値)?$'],
    contains: ['目標値'],
  },
  { field: 'unit', exact: ['単位'] },
  { field: 'outcome', exact: ['アウトカム', 'アウトカム目標'] },
  {
    field: 'actual',
    exact: [
      '実績',
      '実績値',
      '結果',
      '年度実績',
      '当年度実績',
      'アウトカムの達成状況',
      '取組実績',
      '当年度の取組実績',
      '当年度の取組実績及び目標の達成状況',
      '取組実績及び目標の達成状況',
      '測定結果',
    ],
    pattern: ['^(?:令和|平成|r|h)?\\d{1,2}年度(?:末)?(?:の)?実績(?:値)?$'],
  },
  // Not 前年度までの実績: seed 004 writes a narrative of earlier years there (context, never a value).
  { field: 'previous', exact: ['前年度', '前年度実績', '前年度値', '前年実績', '前年度の実績'] },
  {
    field: 'mark',
    exact: ['個別', '達成状況', '目標の達成状況', '達成区分', '判定', '評価区分', 'ab', '評価ab', '進捗状況'],
    contains: ['業績目標の達成状況'],
  },
  { field: 'overallMark', exact: ['全体', '全体評価'] },
  { field: 'strategyMark', exact: ['戦略の進捗状況'] },
  {
    field: 'effectiveness',
    exact: ['有効性', '戦略のアウトカムに対する有効性', '戦略に対する取組の有効性', '取組の有効性'],
    contains: ['有効性'],
  },
  // Not the bare 実施見込み / 達成見込み: those are the values written under these headers.
  { field: 'implementationOutlook', exact: ['取組内容の実施見込み', '実施の見込み'] },
  { field: 'achievementOutlook', exact: ['目標の達成見込み', '達成の見込み'] },
  { field: 'explanation', exact: ['課題', '課題と改善策', '課題及び改善策', '課題改善策'], contains: ['課題と改善策'] },
  {
    field: 'improvement',
    exact: ['改善策', '今後の対応方向改善策', '今後の対応方向', '今後の方針', '今年度反映した内容', '対応方向'],
    contains: ['改善策'],
  },
  { field: 'activityTarget', exact: ['業績目標'], contains: ['業績目標'] },
  { field: 'withdrawalCriterion', exact: ['撤退基準'], contains: ['撤退基準'] },
  { field: 'budget', pattern: ['^(?:令和|平成|r|h)?\\d{0,2}(?:年度)?(?:決算額|予算額)(?:百万円|千円|円)?$'] },
  {
    field: 'listedInPlan',
    exact: ['区運営方針への記載', '運営方針への記載', '区運営方針に記載', '運営方針記載', '記載'],
  },
  { field: 'implementation', exact: ['取組の実施状況', '実施状況', '取組状況'] },
  { field: 'note', exact: ['備考', '注記', 'メモ'] },
  { field: 'stage', exact: ['計画', '中間振り返り', '自己評価', '年度評価', '評価', 'p', 'd', 'c', 'a', '区分'] },
  {
    field: 'context',
    exact: [
      'めざす状態',
      'めざす姿',
      '戦略',
      '主な戦略',
      '取組内容',
      '当年度の取組内容',
      '取組の方針目標内容',
      '課題認識',
      '前年度までの実績',
      '取組計画',
      '具体的取組',
      'めざす成果および戦略',
      '実施内容',
    ],
    pattern: ['^(?:令和|平成|r|h)?\\d{1,2}年度取組計画$'],
  },
];
