import type { RegisterEntry } from './register/index.ts';
import { normalizeName, slug } from './normalize.ts';
import { slug as registerSlug } from './register/slug.ts';

/**
 * Register entries proposed for names the register does not know. Shared by all memos of a build
 * so one unknown name gets one id everywhere; ids are slugs, so they do not depend on memo order.
 */
export class ProposalBook {
  private readonly byKey = new Map<string, RegisterEntry>();

  constructor(private readonly taken: (id: string) => boolean) {}

  propose(surface: string, type: RegisterEntry['type'], source: { file: string; line?: number }): RegisterEntry {
    const key = `${type}:${normalizeName(surface)}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const prefix = type === 'person' ? 'per' : type === 'place' ? 'pla' : 'org';
    // A name in another script ("Д. Ортегой", from an original-language header) has no ASCII slug:
    // the register's slug, a digest of the name, keeps its id and sort key distinct and valid.
    const nameKey = slug(surface) || registerSlug(surface);
    const base = `${prefix}-${nameKey}`;
    let id = base;
    for (let n = 2; this.taken(id) || [...this.byKey.values()].some((e) => e.id === id); n++) id = `${base}-${n}`;
    const entry: RegisterEntry = {
      id,
      type,
      name: surface.replace(/\s+/g, ' ').trim(),
      sortKey: nameKey,
      forms: [surface.replace(/\s+/g, ' ').trim()],
      idnos: [],
      proposed: true,
      source,
    };
    this.byKey.set(key, entry);
    return entry;
  }

  /** Adds another written form (e.g. the surname alone) to a proposed entry. */
  addForm(entry: RegisterEntry, form: string): void {
    if (!entry.forms.includes(form)) entry.forms.push(form);
  }

  entries(): RegisterEntry[] {
    return [...this.byKey.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
