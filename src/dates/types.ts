/**
 * Public shapes of the date rules. Values follow TEI att.datable.w3c (Guidelines §13.4.1 "Dates and
 * Times"): `when` for a point at the precision the surface gives (YYYY, YYYY-MM, YYYY-MM-DD),
 * `notBefore`/`notAfter` for ranges and vague periods, and att.global.responsibility `@cert`.
 */

export type Cert = 'high' | 'medium' | 'low';

/** Why a value is less than certain (absent when cert is high). */
export type CertReason = 'year-inferred' | 'ambiguous-order' | 'two-digit-year' | 'relative';

export interface DateValue {
  when?: string;
  notBefore?: string;
  notAfter?: string;
  cert: Cert;
  reason?: CertReason;
}

export interface FoundDate extends DateValue {
  /** UTF-16 offsets into the scanned text; `text` is exactly `text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** A year-level relative phrase ("last year") resolved against the reference date. */
  relative?: boolean;
}

export interface DateContext {
  /** The memo's ISO date: no inferred year puts a date after it. */
  docDate?: string;
  /** The conversation date in force (ISO); relative and partial dates resolve against it. */
  refDate?: string;
}
