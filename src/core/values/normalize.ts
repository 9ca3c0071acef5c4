import { compactText } from '../text';

/**
 * Text as the documents write it, folded to one form before reading (domain §3): NFKC turns
 * full-width digits, ％, ．, ，and Ｈ into ASCII; whitespace (line breaks inside a cell such as
 * "50%\n以上") carries no meaning in a value, so it goes; △ and ▲ are minus signs in Japanese
 * public finance tables; the many dash characters that stand for "none" or "minus" become "-".
 *
 * Circled numbers are kept as they are: NFKC would turn "①" into "1" and invent a number.
 */
const CIRCLED = /[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]/g;
const CIRCLED_PLACEHOLDER = '\uE000';
const MINUS_SIGNS = /[△▲−‐‑‒–—―ｰ﹣]/g;

export function normalizeText(text: string): string {
  const circled: string[] = [];
  const protectedText = text.replace(CIRCLED, (mark) => {
    circled.push(mark);
    return CIRCLED_PLACEHOLDER;
  });
  let folded = compactText(protectedText).replace(MINUS_SIGNS, '-');
  if (circled.length > 0) {
    let index = 0;
    folded = folded.replace(/\uE000/g, () => circled[index++] ?? '');
  }
  return folded;
}
