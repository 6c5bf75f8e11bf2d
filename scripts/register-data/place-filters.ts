/**
 * Word lists that keep gazetteer cities out of the register when their name would mostly match
 * something else in English prose. The general rule (build-places.ts): a city whose lower-cased
 * name is an English word (an-array-of-english-words) is left out unless it is a capital or has
 * ≥ 1M inhabitants; the lists below are left out even then.
 */

/** English words too common to tag as places even for a capital or a large city. */
export const VERY_COMMON = new Set([
  'nice', 'mobile', 'reading', 'split', 'bath', 'of', 'van', 'batman', 'march', 'may', 'man', 'male', 'sale',
  'surprise', 'independence', 'paradise', 'enterprise', 'orange', 'providence', 'victoria', 'mary', 'metro',
  'delta', 'vista', 'corona', 'centennial', 'aurora', 'springs', 'woodlands', 'archway', 'carrefour', 'serra',
  'bimbo', 'oral', 'marka', 'mascara', 'tonk', 'puri', 'sari', 'arrah', 'tete', 'tanga', 'lira', 'bo', 'kara',
  'saga', 'mino', 'fuji', 'sakai', 'saki', 'aba', 'natal', 'santos', 'pilar', 'man', 'beni', 'boma', 'divo',
  'timon', 'manta', 'latina', 'tours', 'nancy', 'york', 'derby', 'hull', 'cork', 'split', 'bender', 'parral',
  'meads', 'midland', 'boulder', 'billings', 'kent', 'concord', 'warren', 'norman', 'tyler', 'gilbert',
  'chandler', 'madison', 'charlotte', 'regina', 'florence', 'virginia', 'brits', 'clovis', 'surrey', 'barrie',
  'garland', 'mesquite', 'davenport', 'salinas', 'rialto', 'riverside', 'lakeland', 'buffalo', 'phoenix',
]);

/** City names that are mainly personal names (forenames or well-known surnames). */
export const PERSON_LIKE = new Set([
  'austin', 'brandon', 'cary', 'darwin', 'davie', 'denton', 'edison', 'elgin', 'elizabeth', 'eugene', 'everett',
  'hamilton', 'henderson', 'irving', 'irvine', 'jackson', 'kimberley', 'lincoln', 'lowell', 'mansfield', 'milton',
  'montgomery', 'nigel', 'preston', 'richardson', 'sutton', 'thornton', 'vaughan', 'charlotte', 'victoria',
  'regina', 'florence', 'madison', 'tyler', 'norman', 'gilbert', 'chandler', 'warren', 'clovis', 'mary',
  'virginia', 'orlando', 'marshall', 'stanley', 'pereira', 'posadas', 'toledo', 'santos', 'franco', 'sucre',
  'jose', 'abraham', 'beaumont', 'gillingham', 'hastings', 'chesterfield', 'salisbury', 'kitchener',
]);

/**
 * Cities kept although their lower-cased name is in the word list: there they are rare or derived
 * words (marseille, a fabric; genoa, a sail), while in prose they almost always name the city.
 * Reviewed one by one from the build's "English word" report.
 */
export const PLACE_NOT_WORD = new Set([
  'boston', 'tete', 'manchester', 'marseille', 'bordeaux', 'bologna', 'genoa', 'oxford', 'bristol', 'valencia', 'perm',
  'astrakhan', 'tripoli', 'latakia', 'homs', 'malacca', 'tangier', 'varna', 'bergen', 'rouen', 'rennes', 'cochin',
  'jodhpur', 'kandy', 'tyre', 'kurgan', 'sumy', 'ganja', 'sliven', 'eger', 'trier', 'charleston', 'savannah',
  'anchorage', 'portland', 'yonkers', 'chihuahua', 'padang', 'pontianak', 'baguio', 'saskatoon', 'modena', 'angers',
  'wigan', 'telford', 'siping', 'arish', 'tarsus', 'akita', 'klang', 'sahiwal', 'satara', 'bayamo', 'pula', 'fier',
  'deva', 'douma', 'pelotas', 'ternate', 'serang', 'worcester', 'ruse', 'veles', 'tamale',
]);
