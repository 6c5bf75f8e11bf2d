/** The date rules: normalize date expressions and find date mentions in memo prose. */
export type { Cert, CertReason, DateContext, DateValue, FoundDate } from './types.ts';
export { parseDate } from './parse-date.ts';
export { createDateScanner, findDates } from './scan.ts';
