import { isCellError } from '../cell';

/**
 * Any value as short text for a message. Never throws: callers pass whatever a host handed them,
 * including objects without a prototype that `String()` cannot convert.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.cellError;
  try {
    return (JSON.stringify(value) ?? '?').slice(0, 60);
  } catch {
    return '?';
  }
}
