import Gateway from './gateway.json';
import type { MessageTable } from './table';

/**
 * Messages of a workbook operation Excel refused (the pane shows them; Office's own code, message and
 * debugInfo follow in a details line, for whoever supports the user). Each says what to do.
 */
export const GATEWAY_MESSAGES = Gateway satisfies MessageTable;

export type GatewayMessageCode = keyof typeof GATEWAY_MESSAGES;
