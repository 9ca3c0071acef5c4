import type { Severity } from '../finding';

/**
 * Findings about READING a form (大正区 取組項目 sheets, 此花区 PDCA sheets): a stage or a labelled cell
 * the form has is not where the form puts it. Never about a value: the checks say those.
 */
export interface FormFindingMessage {
  readonly severity: Severity;
  readonly ja: string;
  readonly en: string;
}

export const FORM_FINDING_MESSAGES = {
  'form.stageMissing': {
    severity: 'warning',
    ja: '「{block}」に「{stage}」の欄が見つからないため、その欄は読み取っていません。様式どおり、左端の列に「{stage}」と書いた欄を設けてください。',
    en: '"{block}" has no "{stage}" section, so that section was not read. Keep the form\'s section captioned "{stage}" in the leftmost column.',
  },
  'form.labelMissing': {
    severity: 'warning',
    ja: '「{block}」の「{stage}」欄に「{label}」の項目が見つからないため、読み取っていません。様式どおり「{label}」と書いたセルの右(または下)に記入してください。',
    en: 'The "{stage}" section of "{block}" has no "{label}" label, so it was not read. Write the value right of (or below) a cell labelled "{label}", as the form does.',
  },
  'form.headingsMissing': {
    severity: 'warning',
    ja: 'シート「{sheet}」の見出し(「１「…」に向けて」「（１）…」「ア …」)が読み取れないため、指標番号が分かりません。シートの先頭に様式どおりの見出しを書いてください。',
    en: 'Sheet "{sheet}" has no readable headings (１「…」に向けて / （１）… / ア …), so its indicator ids are unknown. Keep the form\'s headings at the top of the sheet.',
  },
} as const satisfies Readonly<Record<string, FormFindingMessage>>;

export type FormFindingCode = keyof typeof FORM_FINDING_MESSAGES;
