import type { Field } from './fields';
import { IMPLEMENTATION_WORDS, LISTING_WORDS } from '../values/listing-words';

/** How each field is named to users (ja, en) and an example of what to write, for messages. */
export const FIELD_LABELS: Readonly<Record<Field, { ja: string; en: string; example: string }>> = {
  ward: { ja: '区名', en: 'ward', example: '此花区' },
  indicatorId: { ja: '指標番号', en: 'indicator id', example: '1-1-ア' },
  indicatorText: { ja: '取組の方向性', en: 'indicator', example: '人と人とのつながりづくりの促進' },
  measure: { ja: '成果指標', en: 'measure', example: '…と感じている区民の割合' },
  target: { ja: '目標値', en: 'target', example: 'H29年度までに50%以上' },
  unit: { ja: '単位', en: 'unit', example: '%' },
  actual: { ja: '実績', en: 'actual', example: '51.3%' },
  previous: { ja: '前年度実績', en: 'previous year', example: '48%' },
  mark: { ja: '判定', en: 'mark', example: 'A / B' },
  overallMark: { ja: '全体', en: 'overall mark', example: 'B' },
  strategyMark: { ja: '戦略の進捗状況', en: 'strategy progress mark', example: 'a / b' },
  effectiveness: { ja: '有効性', en: 'effectiveness', example: 'ア / イ' },
  implementationOutlook: { ja: '取組内容の実施見込み', en: 'implementation outlook', example: '実施見込み' },
  achievementOutlook: { ja: '目標の達成見込み', en: 'achievement outlook', example: '達成見込み' },
  outcome: { ja: 'アウトカム', en: 'outcome', example: '…区民の割合:平成27年度までに60%以上' },
  explanation: { ja: '課題', en: 'issues', example: '…が課題である' },
  improvement: { ja: '改善策', en: 'improvement measures', example: '…を強化する' },
  activityTarget: { ja: '業績目標', en: 'activity target', example: 'マッチング件数 1,000件以上' },
  withdrawalCriterion: { ja: '撤退基準', en: 'withdrawal criterion', example: '600件未満' },
  budget: { ja: '決算額・予算額', en: 'budget amount', example: '77百万円' },
  listedInPlan: { ja: '区運営方針への記載', en: 'listed in the ward plan', example: LISTING_WORDS.true },
  implementation: { ja: '取組の実施状況', en: 'implementation', example: IMPLEMENTATION_WORDS.full },
  note: { ja: '備考', en: 'note', example: '' },
  stage: { ja: '区分', en: 'stage', example: '計画' },
  context: { ja: '説明', en: 'description', example: '' },
};
