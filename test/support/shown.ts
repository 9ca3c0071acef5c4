import type { Language } from '../../src/core/messages';
import { renderMessageOf, type CodedMessage } from '../../src/core/messages/render';

/** A finding's or file error's message as a user reads it; '' when the test found none to show. */
export function shown(message: CodedMessage | null | undefined, language: Language = 'ja'): string {
  return message ? renderMessageOf(message, language) : '';
}
