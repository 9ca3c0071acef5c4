import type { GatewayMessageCode } from '../core/messages/gateway';

/**
 * Office failures rethrown as one typed error the pane can show: the Office error code
 * ("InvalidArgument", "ItemNotFound", "RequestPayloadSizeLimitExceeded" …), what we were doing,
 * and Office's debugInfo (the failing statement), which Microsoft's own template threw away.
 * `messageCode` is what the user reads (from the one message table); `details` is the line for
 * whoever supports them: operation, Office's code and message, and debugInfo.
 */
export class GatewayError extends Error {
  readonly code: string;
  readonly operation: string;
  readonly debugInfo: unknown;
  readonly messageCode: GatewayMessageCode;
  readonly details: string;

  constructor(operation: string, code: string, message: string, debugInfo: unknown, cause?: unknown) {
    super(`${operation}: ${code}: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'GatewayError';
    this.operation = operation;
    this.code = code;
    this.debugInfo = debugInfo;
    this.messageCode = MESSAGE_BY_OFFICE_CODE[code] ?? 'GATEWAY_FAILED';
    const debug = debugText(debugInfo);
    this.details = debug === '' ? this.message : `${this.message} (debugInfo: ${debug})`;
  }
}

/** Office error codes a user can act on (Excel JavaScript API error codes); the rest say "try again". */
const MESSAGE_BY_OFFICE_CODE: Readonly<Record<string, GatewayMessageCode>> = {
  AccessDenied: 'GATEWAY_PROTECTED',
  RequestPayloadSizeLimitExceeded: 'GATEWAY_TOO_LARGE',
  ResponsePayloadSizeLimitExceeded: 'GATEWAY_TOO_LARGE',
  InvalidOperationInCellEditMode: 'GATEWAY_CELL_EDITING',
  ItemNotFound: 'GATEWAY_NOT_FOUND',
};

/** debugInfo as one line: Office gives an object ({ code, message, errorLocation, statement, … }). */
function debugText(debugInfo: unknown): string {
  if (debugInfo === null || debugInfo === undefined) return '';
  if (typeof debugInfo === 'string') return debugInfo;
  try {
    const text = JSON.stringify(debugInfo);
    return text === '{}' ? '' : text;
  } catch {
    // A cyclic object: its keys still say where Excel failed.
    return typeof debugInfo === 'object' ? Object.keys(debugInfo).join(', ') : typeof debugInfo;
  }
}

interface OfficeErrorShape {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: unknown;
}

/** Duck-typed so it works without the OfficeExtension global (tests, standalone). */
export function toGatewayError(error: unknown, operation: string): GatewayError {
  if (error instanceof GatewayError) return error;
  const shape: OfficeErrorShape = typeof error === 'object' && error !== null ? error : {};
  const code = typeof shape.code === 'string' ? shape.code : 'Unknown';
  const message =
    typeof shape.message === 'string' ? shape.message : error instanceof Error ? error.message : String(error);
  return new GatewayError(operation, code, message, shape.debugInfo ?? null, error);
}
