/**
 * Office failures rethrown as one typed error the pane can show: the Office error code
 * ("InvalidArgument", "ItemNotFound", "RequestPayloadSizeLimitExceeded" …), what we were doing,
 * and Office's debugInfo (the failing statement), which Microsoft's own template threw away.
 */
export class GatewayError extends Error {
  readonly code: string;
  readonly operation: string;
  readonly debugInfo: unknown;

  constructor(operation: string, code: string, message: string, debugInfo: unknown, cause?: unknown) {
    super(`${operation}: ${code}: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'GatewayError';
    this.operation = operation;
    this.code = code;
    this.debugInfo = debugInfo;
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
