import { isMessageCode, renderMessage, type Language, type MessageParams } from './index';

/**
 * A message carried as data — a code and its parameters, as zod issues carry theirs — until an edge
 * (the pane, the CLI, a report) renders it in its language. Findings, file errors, a pane's open
 * failure and a consolidation's unreadable file all have this shape.
 */
export interface CodedMessage {
  readonly code: string;
  readonly params: MessageParams;
}

/**
 * The one renderer of carried messages. A code outside the table shows as itself rather than
 * throwing (a finding's code is a plain string to the type system: see core/finding.ts).
 */
export function renderMessageOf(message: CodedMessage, language: Language = 'ja'): string {
  return isMessageCode(message.code) ? renderMessage(message.code, message.params, language) : message.code;
}
