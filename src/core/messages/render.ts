import { renderMessage, type Language, type MessageCode, type MessageParams } from './index';

/**
 * A message carried as data — a code and its parameters, as zod issues carry theirs — until an edge
 * (the pane, the CLI, a report) renders it in its language. Findings, file errors, a pane's open
 * failure and a consolidation's unreadable file all have this shape.
 */
export interface CodedMessage {
  readonly code: MessageCode;
  readonly params: MessageParams;
}

/** The one renderer of carried messages; the code is a key of the table, so every one has a text. */
export function renderMessageOf(message: CodedMessage, language: Language = 'ja'): string {
  return renderMessage(message.code, message.params, language);
}
