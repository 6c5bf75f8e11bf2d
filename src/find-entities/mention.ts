/**
 * Annotations over the memo source text, produced by find-entities and consumed by build-tei.
 * Offsets are UTF-16 code-unit offsets into EditionFile.text; spans never cross block boundaries.
 */

export type EntityType = 'person' | 'place' | 'org';

export interface EntityMention {
  kind: 'entity';
  type: EntityType;
  start: number;
  end: number;
  /** Register id (xml:id in the register, e.g. "per-khrushchev-nikita"). */
  ref: string;
  /** Set when the entry was proposed by the recognizer (not yet in the register). */
  proposed?: boolean;
  cert?: 'high' | 'medium' | 'low';
}

export interface DateMention {
  kind: 'date';
  start: number;
  end: number;
  when?: string;
  notBefore?: string;
  notAfter?: string;
  cert?: 'high' | 'medium' | 'low';
  /** A year-level relative phrase ("last year") resolved against the memo's context. */
  relative?: boolean;
}

/** Editorial conventions in the text (TEI Guidelines §3.5 "Simple Editorial Changes"). */
export interface EditorialMention {
  kind: 'abbr' | 'supplied' | 'gap' | 'sic' | 'note' | 'alt' | 'ident' | 'signature';
  start: number;
  end: number;
  /** For abbr: the expansion ("comrade"). For brackets: the inner text without brackets. */
  value?: string;
  /** Offsets of the inner text (inside the brackets). */
  innerStart?: number;
  innerEnd?: number;
}

export type Mention = EntityMention | DateMention | EditorialMention;
