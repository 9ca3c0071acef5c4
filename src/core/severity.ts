/**
 * How much a finding matters (domain §5): an error stops a figure from being trusted, a warning asks
 * a person to look, info only tells. Its own module because both the message table (each finding's
 * entry carries one) and core/finding.ts (which types a finding's code by that table) need it.
 */
export type Severity = 'error' | 'warning' | 'info';
