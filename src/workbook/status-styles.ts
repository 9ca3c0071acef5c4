import { CITY_WIDE, NEEDS_REVIEW, REFERENCE_ONLY } from '../core/portable/words';
import { STATUS_WORDS } from '../core/values/status-words';
import type { StatusStyle } from './gateway';

/**
 * Fill and text colours for the four statuses: Excel's own "good / neutral / bad" pairs plus a
 * blue and a grey, so they differ in hue and lightness (not only red vs green) and every pair keeps
 * a text contrast above 4.5:1.
 */
export const STATUS_STYLES: readonly StatusStyle[] = [
  { text: STATUS_WORDS.achieved, fill: '#C6EFCE', font: '#006100' },
  { text: STATUS_WORDS.onTrack, fill: '#DDEBF7', font: '#1F3864' },
  { text: STATUS_WORDS.behind, fill: '#FFC7CE', font: '#9C0006' },
  { text: STATUS_WORDS.notMeasured, fill: '#EDEDED', font: '#3A3A3A' },
  // The portable columns' own words (core/portable/words.ts): look at it, or not judged here.
  { text: NEEDS_REVIEW, fill: '#FFEB9C', font: '#7A4700' },
  { text: REFERENCE_ONLY, fill: '#EDEDED', font: '#3A3A3A' },
  { text: CITY_WIDE, fill: '#EDEDED', font: '#3A3A3A' },
];
