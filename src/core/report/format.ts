import { renderMessage, type Language, type MessageParams, type ReportCode, type Table2Code } from '../messages';

/** A report's words in one language: one run, one language (issue 15 §7). */
export type Say = (code: ReportCode | Table2Code, params?: MessageParams) => string;

export function sayIn(lang: Language): Say {
  return (code, params = {}) => renderMessage(code, params, lang);
}

/**
 * A rate as the publication prints it: 0.312 → 31.2％ (full-width ％, seed 000), rounded at 0.1%;
 * English readers get 31.2%.
 */
export function rateText(rate: number, lang: Language): string {
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return lang === 'ja' ? `${text}％` : `${text}%`;
}
