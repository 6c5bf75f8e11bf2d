/** The register as the recognizer sees it (contract: docs/register.md, brief "Loader API"). */
export type EntryType = 'person' | 'place' | 'org';

export interface Office {
  label: string;
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), as in TEI att.datable.w3c. */
  from?: string;
  to?: string;
}

export interface RegisterEntry {
  /** xml:id, e.g. 'per-khrushchev-nikita' (prefix per-/pla-/org-). */
  id: string;
  type: EntryType;
  /** Display form of the main name ('Nikita Khrushchev', 'Moscow', 'CPSU'). */
  name: string;
  sortKey: string;
  /**
   * Every written form to match: main form (as plain text), the display form and all variants.
   * NOT derived forms: the recognizer derives case/spacing/initial variants itself.
   */
  forms: string[];
  surname?: string;
  /** Given names in written order, without the patronymic. */
  forenames?: string[];
  /** Russian-style patronymic (kept apart so initials like "V.P." can be derived). */
  patronymic?: string;
  /** East Asian order: the surname is written first ('Kim Il Sung'). */
  surnameFirst?: boolean;
  offices?: Office[];
  birth?: string;
  death?: string;
  placeType?: string;
  geo?: { lat: number; lon: number };
  orgType?: string;
  idnos: { type: string; value: string }[];
  /** Added by the recognizer / not reviewed (TEI: cert="low" + note type="proposed"). */
  proposed?: boolean;
  notes?: string[];
  /** Where the entry was defined (the last file that contributed to it). */
  source: { file: string; line?: number };
}

export interface Register {
  entries: RegisterEntry[];
  byId: Map<string, RegisterEntry>;
}

export const TYPE_PREFIX: Record<EntryType, string> = { person: 'per', place: 'pla', org: 'org' };
export const TYPE_ORDER: EntryType[] = ['person', 'place', 'org'];

export function typeOfId(id: string): EntryType | undefined {
  const p = id.slice(0, 4);
  return p === 'per-' ? 'person' : p === 'pla-' ? 'place' : p === 'org-' ? 'org' : undefined;
}
