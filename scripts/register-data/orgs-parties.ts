/**
 * Communist and workers' parties and their organs (format: dsl.ts). Each organ is its own entry;
 * its forms are generated from the party's abbreviations so that "CPSU CC", "CC CPSU", "CC of the
 * CPSU" and "Central Committee of the CPSU" all name one register entry.
 */

interface PartySpec {
  /** Display abbreviation: the register id is made from it ('CPSU' → org-cpsu). */
  key: string;
  full: string;
  /** Further abbreviations used to build the organ names ('KPSS'). */
  abbrs?: string[];
  variants?: string[];
  /** Leading organ: 'Politburo', 'Presidium', 'Political Committee'… (+ its alternative names). */
  leading?: string[];
  secretariat?: boolean;
  /** Extra names of the Central Committee ('ÚV KSČ'). */
  ccVariants?: string[];
  id?: string;
  note?: string;
}

const PARTIES: PartySpec[] = [
  { key: 'CPSU', full: 'Communist Party of the Soviet Union', abbrs: ['KPSS', 'CPSU(b)'],
    variants: ['C.P.S.U.', 'Soviet Communist Party', 'Communist Party of the USSR', 'All-Union Communist Party (Bolsheviks)', 'VKP(b)', 'AUCP(b)', 'Soviet CP'],
    leading: ['Politburo', 'Presidium'], secretariat: true },
  { key: 'KWP', full: 'Korean Workers\' Party', abbrs: ['WPK', 'KLP'],
    variants: ['Workers\' Party of Korea', 'Korean Workers’ Party', 'Workers’ Party of Korea', 'Korean Workers Party', 'Workers Party of Korea', 'Korean Labor Party', 'Korean Labour Party', 'Korean Party of Labor', 'Korean Party of Labour',],
    leading: ['Political Committee', 'Politburo', 'Presidium'], secretariat: true },
  { key: 'CCP', full: 'Chinese Communist Party', abbrs: ['CPC', 'Chinese CP'],
    variants: ['Communist Party of China', 'C.C.P.', 'Chinese Communist Party (CCP)'],
    leading: ['Politburo'], secretariat: true },
  { key: 'KSČ', full: 'Communist Party of Czechoslovakia', abbrs: ['KSC', 'CPCz', 'CPCS'],
    variants: ['Czechoslovak Communist Party', 'Komunistická strana Československa', 'Czechoslovak CP'],
    leading: ['Presidium', 'Politburo'], secretariat: true, ccVariants: ['ÚV KSČ', 'UV KSC'] },
  { key: 'SED', full: 'Socialist Unity Party of Germany', variants: ['Sozialistische Einheitspartei Deutschlands', 'East German Communist Party'], leading: ['Politburo'], secretariat: true },
  { key: 'PUWP', full: 'Polish United Workers\' Party', abbrs: ['PZPR'], variants: ['Polska Zjednoczona Partia Robotnicza', 'Polish Communist Party', 'Polish United Workers Party'], leading: ['Politburo'],
    ccVariants: ['KC PZPR'] },
  { key: 'HSWP', full: 'Hungarian Socialist Workers\' Party', abbrs: ['MSZMP'], variants: ['Magyar Szocialista Munkáspárt', 'Hungarian Socialist Workers Party'], leading: ['Politburo'] },
  { key: 'HWP', full: 'Hungarian Workers\' Party', abbrs: ['MDP', 'HWPP'], variants: ['Magyar Dolgozók Pártja', 'Hungarian Workers Party', 'Hungarian Working People\'s Party', 'Hungarian Working People’s Party', 'Hungarian Workers’ Party'], leading: ['Politburo', 'Political Committee'], note: 'The ruling party of Hungary 1948–1956; the HSWP took its place on 1 November 1956.' },
  { key: 'NJM', full: 'New Jewel Movement', variants: ['New JEWEL Movement', 'N.J.M.'], leading: ['Political Bureau'] },
  { key: 'BCP', full: 'Bulgarian Communist Party', abbrs: ['BKP'], variants: ['Balgarska Komunisticheska Partiya'], leading: ['Politburo'] },
  { key: 'RWP', full: 'Romanian Workers\' Party', abbrs: ['RCP', 'PMR', 'PCR'], variants: ['Romanian Communist Party', 'Partidul Muncitoresc Român', 'Partidul Comunist Român', 'Rumanian Workers\' Party', 'Romanian Workers Party'], leading: ['Politburo'], note: 'Named Romanian Workers\' Party 1948–1965, Romanian Communist Party from 1965.' },
  { key: 'LCY', full: 'League of Communists of Yugoslavia', abbrs: ['SKJ', 'CPY', 'KPJ'], variants: ['Communist Party of Yugoslavia', 'Yugoslav Communist Party', 'Yugoslav League of Communists', 'Savez komunista Jugoslavije'], leading: ['Presidium'] },
  { key: 'APL', full: 'Party of Labour of Albania', abbrs: ['PPSh'], variants: ['Albanian Party of Labour', 'Albanian Party of Labor', 'Party of Labor of Albania', 'Albanian Workers\' Party', 'Albanian Labour Party', 'Albanian Communist Party', 'Partia e Punës e Shqipërisë'], leading: ['Politburo'], id: 'albania-party-of-labour', note: '"PLA" is not listed as a form: it names the People\'s Liberation Army far more often.' },
  { key: 'VWP', full: 'Vietnam Workers\' Party', abbrs: ['Lao Dong', 'WPV'], variants: ['Vietnamese Workers\' Party', 'Workers\' Party of Vietnam', 'Lao Dong Party', 'Lao Động Party', 'Dang Lao Dong Viet Nam', 'Vietnam Workers Party', 'Vietnamese Workers Party', 'Vietnam Labour Party'], leading: ['Politburo'], secretariat: true },
  { key: 'MPRP', full: 'Mongolian People\'s Revolutionary Party', variants: ['Mongolian People’s Revolutionary Party', 'Mongolian Peoples Revolutionary Party'], leading: ['Politburo'] },
  { key: 'PCC', full: 'Communist Party of Cuba', variants: ['Cuban Communist Party', 'Partido Comunista de Cuba'], leading: ['Politburo'] },
  { key: 'PDPA', full: 'People\'s Democratic Party of Afghanistan', variants: ['People’s Democratic Party of Afghanistan', 'Peoples Democratic Party of Afghanistan', 'Afghan People\'s Democratic Party'],
    leading: ['Politburo'], note: 'The ruling party of the Democratic Republic of Afghanistan from 1978 (the Watan Party from 1990); its factions were Khalq and Parcham.' },
];

const OTHER_PARTIES = [
  'VCP | party | Communist Party of Vietnam | Vietnamese Communist Party | The Vietnam Workers\' Party took this name in 1976; "CPV" is left to the Chinese People\'s Volunteers.',
  // Not "PPR" itself: after 1948 the letters are the Polish People's Republic (a variant of Poland), as the golds of 31 and 79 read them.
  'Polish Workers\' Party #ppr | party | Polish Workers\' Party | Polish Workers Party; Polska Partia Robotnicza | The Polish communist party 1942–1948, before the PUWP.',
  'Indochinese Communist Party | party | Indochinese Communist Party | Indochina Communist Party',
  'JCP | party | Japanese Communist Party | Japan Communist Party; Nihon Kyōsantō; Japanese CP',
  'PCI | party | Italian Communist Party | Italian CP; Partito Comunista Italiano; Communist Party of Italy',
  'PCF | party | French Communist Party | French CP; Parti communiste français; Communist Party of France; French Communist Party',
  'PKI | party | Communist Party of Indonesia | Indonesian Communist Party; Partai Komunis Indonesia; Indonesian CP',
  'CPI | party | Communist Party of India | Indian Communist Party; Indian CP',
  'CPI(M) | party | Communist Party of India (Marxist) | CPM; CPI-M',
  'CPUSA | party | Communist Party USA | Communist Party of the United States; Communist Party of the USA; American Communist Party; CP USA',
  'CPGB | party | Communist Party of Great Britain | British Communist Party',
  'KPD | party | Communist Party of Germany | Kommunistische Partei Deutschlands; German Communist Party',
  'DKP | party | German Communist Party (DKP) | Deutsche Kommunistische Partei',
  'PCE | party | Communist Party of Spain | Spanish Communist Party; Partido Comunista de España',
  'PCP | party | Portuguese Communist Party | Partido Comunista Português',
  'PS (Portugal) | party | Socialist Party (Portugal) | PS; Partido Socialista; Portuguese Socialist Party',
  'PPD | party | Popular Democratic Party (Portugal) | PPD; Partido Popular Democrático; PPD/PSD',
  'CDS (Portugal) | party | Democratic and Social Centre (Portugal) | Centro Democrático Social',
  'MRPP | party | Reorganizing Movement of the Party of the Proletariat | MRPP',
  'UDP (Portugal) | party | Popular Democratic Union (Portugal) | UDP; União Democrática Popular',
  'JVP | party | Janatha Vimukthi Peramuna | JVP; People\'s Liberation Front (Ceylon)',
  'SLFP | party | Sri Lanka Freedom Party | SLFP',
  'UNP | party | United National Party (Ceylon) | UNP',
  'LSSP | party | Lanka Sama Samaja Party | LSSP',
  'Federal Party (Ceylon) | party | Federal Party (Ceylon) | Federal Party; Ilankai Tamil Arasu Kachchi',
  'SDP (Finland) | party | Social Democratic Party of Finland | SDP; Finnish Social Democratic Party',
  'Kokoomus | party | National Coalition Party (Finland) | Kokoomus; National Coalition Party; Coalition Party',
  'Agrarian League (Finland) | party | Agrarian League (Finland) | Agrarian League; Maalaisliitto; Centre Party (Finland); Agrarian Union; Agrarian Party',
  'SKP (Finland) | party | Communist Party of Finland | SKP; Finnish Communist Party; Communist Party of Finland',
  'KKE | party | Communist Party of Greece | Greek Communist Party',
  'AKEL | party | Progressive Party of the Working People | Progressive Party of the Working People (Cyprus)',
  'LPRP | party | Lao People\'s Revolutionary Party | Lao People’s Revolutionary Party; Phak Pasaxon Pativat Lao',
  'CPK | party | Communist Party of Kampuchea | Khmer Rouge; Kampuchean Communist Party; Angkar; Angkar Padevat',
  'PSP | party | Popular Socialist Party (Cuba) | Partido Socialista Popular | The pre-1961 Cuban communist party.',
  'ORI | party | Integrated Revolutionary Organizations | Organizaciones Revolucionarias Integradas; Integrated Revolutionary Organisations | The united Cuban party of 1961–1962.',
  'PURS | party | United Party of the Socialist Revolution | United Party of the Socialist Revolution of Cuba; Partido Unido de la Revolución Socialista; PURSC; United Party of the Cuban Socialist Revolution; Partido Unido de la Revolución Socialista de Cuba | The Cuban party of 1962–1965, then the Communist Party of Cuba.',
  'WPNK | party | Workers\' Party of North Korea | North Korean Workers\' Party; Workers’ Party of North Korea',
  'WPSK | party | Workers\' Party of South Korea | South Korean Workers\' Party; SKWP; Workers’ Party of South Korea; South Korean Labor Party',
  'KCP | party | Korean Communist Party | Communist Party of Korea',
  'New People\'s Party | party | New People\'s Party of Korea | New People’s Party; Sinmindang',
  'Chondoist Chongu Party | party | Chondoist Chongu Party | Chondogyo Chongu Party; Ch\'ŏndogyo Ch\'ŏngu Party; Chongu Party; Young Friends\' Party of the Chondogyo',
  'KSDP | party | Korean Social Democratic Party | Korean Democratic Party (North)',
  'DRP | party | Democratic Republican Party | Democratic-Republican Party (South Korea)',
  'KMT | party | Kuomintang | Guomindang; Nationalist Party of China; Chinese Nationalist Party; K.M.T.',
  'SPD | party | Social Democratic Party of Germany | Sozialdemokratische Partei Deutschlands; German Social Democratic Party',
  'CDU | party | Christian Democratic Union | Christian Democratic Union of Germany; Christlich Demokratische Union',
  'CSU | party | Christian Social Union | Christian Social Union in Bavaria',
  'Labour Party | party | Labour Party (UK) | British Labour Party',
  'Conservative Party | party | Conservative Party (UK) | British Conservative Party; Tories',
  'PSI | party | Italian Socialist Party | Partito Socialista Italiano; PSI',
  'Christian Democracy | party | Christian Democracy (Italy) | Democrazia Cristiana; Italian Christian Democrats; DC',
  'PDG | party | Democratic Party of Guinea | Parti Démocratique de Guinée; Parti démocratique de Guinée',
  'NAP (Bangladesh) #nap-bangladesh | party | National Awami Party | NAP',
  'PSOE | party | Spanish Socialist Workers\' Party | Partido Socialista Obrero Español',
  'APRA | party | American Popular Revolutionary Alliance | Alianza Popular Revolucionaria Americana; Aprista Party',
  'PTB | party | Brazilian Labour Party | Partido Trabalhista Brasileiro',
  'CPP | party | Convention People\'s Party | Convention Peoples Party; C.P.P.',
  'United Party (Ghana) #united-party-ghana | party | United Party',
  'Istiqlal Party (Iraq) #istiqlal-party-iraq | party | Istiqlal Party | Istiqlal party; Independence Party',
  'PCM | party | Mexican Communist Party | Partido Comunista Mexicano; Communist Party of Mexico; PCM',
  'PRI | party | Institutional Revolutionary Party | Partido Revolucionario Institucional',
  'Islamic Dawa Party | party | Islamic Dawa Party | al-Da\'wa party; al-Dawa party; Da\'wa Party; Dawa Party; al-Da\'wa; al-Dawa; Hizb al-Da\'wa',
  'Jana Sangh | party | Bharatiya Jana Sangh | Jan Sangh; Bharatiya Jan Sangh',
  'Swatantra Party | party | Swatantra Party',
  'Ba\'ath Party | party | Arab Socialist Ba\'ath Party | Baath Party; Ba\'th Party; Ba’ath Party; Ba\'th; Ba\'ath; Baath',
  'Indian National Congress | party | Indian National Congress | Congress Party',
  'FLN | party | National Liberation Front (Algeria) | Front de Libération Nationale; Algerian National Liberation Front',
  'Khalq | party | Khalq (PDPA faction) | Khalq; Khalq faction; Khalq wing | The "People" faction of the PDPA (Taraki, Amin).',
  'Parcham | party | Parcham (PDPA faction) | Parcham; Parcham faction; Parcham wing | The "Banner" faction of the PDPA (Karmal, Najibullah).',
  'Tudeh | party | Tudeh Party of Iran | Tudeh; Tudeh Party; Iranian Tudeh Party; Hezb-e Tudeh-ye Iran',
  'Syrian Communist Party | party | Syrian Communist Party | Communist Party of Syria',
  'Iraqi Communist Party | party | Iraqi Communist Party | Communist Party of Iraq; ICP; I.C.P.',
  'Lebanese Communist Party | party | Lebanese Communist Party | Communist Party of Lebanon',
  'Maki | party | Communist Party of Israel | Israeli Communist Party | Split in 1965; the part Moscow recognised afterwards was Rakah (New Communist List).',
  'Rakah | party | New Communist List | Rakah (Israel)',
  'ASU | party | Arab Socialist Union | Arab Socialist Union (Egypt)',
  'Wafd | party | Wafd Party | Wafd',
  'WPE | party | Workers\' Party of Ethiopia | Workers Party of Ethiopia; Workers’ Party of Ethiopia',
  'COPWE | party | Commission for Organizing the Party of the Working People of Ethiopia | Commission for Organising the Party of the Working People of Ethiopia',
  'YSP | party | Yemeni Socialist Party | Yemen Socialist Party | The ruling party of South Yemen from 1978.',
  'SRSP | party | Somali Revolutionary Socialist Party',
  'SACP | party | South African Communist Party | Communist Party of South Africa; CPSA',
  'Communist Party of Chile | party | Communist Party of Chile | Chilean Communist Party; Partido Comunista de Chile; PCCh',
  'Socialist Party of Chile | party | Socialist Party of Chile | Chilean Socialist Party; Partido Socialista de Chile',
  'Communist Party of Argentina | party | Communist Party of Argentina | Argentine Communist Party; Partido Comunista de la Argentina',
  'Brazilian Communist Party | party | Brazilian Communist Party | Communist Party of Brazil; Partido Comunista Brasileiro; PCB',
  'Communist Party of Uruguay | party | Communist Party of Uruguay | Uruguayan Communist Party; Partido Comunista del Uruguay; Partido Comunista de Uruguay; PCU',
  'Communist Party of Slovakia | party | Communist Party of Slovakia | Slovak Communist Party; KSS; Komunistická strana Slovenska; Komunisticka strana Slovenska',
  'ZSL | party | United People\'s Party (Poland) | United Peasant Party; United Peasants\' Party; Zjednoczone Stronnictwo Ludowe',
  'SD (Poland) | party | Alliance of Democrats (Poland) | Democratic Party (Poland); Stronnictwo Demokratyczne; SD',
  'LDPD | party | Liberal Democratic Party of Germany | Liberal-Demokratische Partei Deutschlands',
  'NDPD | party | National Democratic Party of Germany | National-Demokratische Partei Deutschlands',
  'DBD | party | Democratic Farmers\' Party of Germany | Demokratische Bauernpartei Deutschlands; Democratic Peasants\' Party of Germany',
  'MDF | party | Hungarian Democratic Forum | Magyar Demokrata Fórum',
  'BANU | party | Bulgarian Agrarian National Union | Bulgarian Agrarian People\'s Union',
  'Awami League | party | Awami League',
  'Masyumi | party | Masyumi Party | Masjumi',
  'PNI | party | Indonesian National Party | Partai Nasional Indonesia',
  'FDP | party | Free Democratic Party (Germany) | Free Democratic Party; Freie Demokratische Partei',
  'Democratic Party (United States) #democratic-party-us | party | Democratic Party (United States) | US Democratic Party; U.S. Democratic Party',
  'Republican Party (United States) #republican-party-us | party | Republican Party (United States) | US Republican Party; U.S. Republican Party; GOP',
  'LDP | party | Liberal Democratic Party (Japan) | Japanese Liberal Democratic Party',
  'JSP | party | Japan Socialist Party | Japanese Socialist Party',
];

function organs(p: PartySpec): string[] {
  const abbrs = [p.key, ...(p.abbrs ?? [])];
  const cc = [
    ...abbrs.flatMap((a) => [`${a} CC`, `CC ${a}`, `CC of the ${a}`, `Central Committee of the ${a}`, `${a} Central Committee`]),
    `Central Committee of the ${p.full}`, `${p.full} Central Committee`, ...(p.ccVariants ?? []),
  ];
  const id = (p.id ?? p.key).toLowerCase();
  const out = [`${p.key} CC #${slugish(id)}-cc | party-organ | Central Committee of the ${p.full} | ${cc.join('; ')}`];
  const [lead, ...alts] = p.leading ?? [];
  if (lead) {
    const forms = [lead, ...alts].flatMap((o) => abbrs.flatMap((a) => [
      `${a} CC ${o}`, `${o} of the ${a} CC`, `${o} of the CC ${a}`, `${o} of the CC of the ${a}`,
      `${o} of the Central Committee of the ${a}`, `${a} ${o}`, `${o} of the ${a}`,
    ]));
    out.push(`${p.key} CC ${lead} #${slugish(id)}-cc-${slugish(lead)} | party-organ | ${lead} of the Central Committee of the ${p.full} | ${forms.join('; ')}`);
  }
  if (p.secretariat) {
    const forms = abbrs.flatMap((a) => [`${a} CC Secretariat`, `Secretariat of the ${a} CC`, `Secretariat of the CC ${a}`, `Secretariat of the Central Committee of the ${a}`]);
    out.push(`${p.key} CC Secretariat #${slugish(id)}-cc-secretariat | party-organ | Secretariat of the Central Committee of the ${p.full} | ${forms.join('; ')}`);
  }
  return out;
}

function slugish(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const ORGS_PARTIES: string[] = [
  ...PARTIES.flatMap((p) => [
    `${p.key}${p.id ? ` #${p.id}` : ''} | party | ${p.full} | ${[...(p.abbrs ?? []), ...(p.variants ?? [])].join('; ')} | ${p.note ?? ''}`,
    ...organs(p),
  ]),
  ...OTHER_PARTIES,
  // Party organs named outside the CC pattern.
  'CPSU CC International Department | party-organ | International Department of the CPSU Central Committee | International Department of the CC CPSU; International Department of the CPSU CC; CPSU International Department',
  'CPSU CC Department for Liaison | party-organ | Department for Liaison with Communist and Workers\' Parties of Socialist Countries of the CPSU Central Committee | CPSU CC Department for Relations with Communist and Workers\' Parties of Socialist Countries; CPSU CC Department for Liaison with Communist and Workers\' Parties of Socialist Countries; Liaison Department of the CPSU CC',
  'CCP CC International Liaison Department | party-organ | International Liaison Department of the CCP Central Committee | International Liaison Department of the CCP CC; ILD; CCP International Liaison Department',
  'CMC | party-organ | Central Military Commission | Central Military Commission of the CCP; CCP Central Military Commission; Military Affairs Commission',
  'CCP CC Politburo Standing Committee | party-organ | Standing Committee of the Politburo of the Central Committee of the Chinese Communist Party | Politburo Standing Committee; Standing Committee of the Politburo; Standing Committee of the CCP Politburo; CCP Politburo Standing Committee; Standing Committee of the Political Bureau; Standing Committee of the Political Bureau of the CCP CC',
  'KWP CC Political Committee Standing Committee | party-organ | Standing Committee of the Political Committee of the Central Committee of the Korean Workers\' Party | Standing Committee of the Political Committee; Standing Committee of the Political Committee of the KWP CC; Standing Committee of the KWP CC Political Committee; Presidium of the Political Committee of the KWP CC; KWP CC Political Committee Presidium | Formed in October 1966.',
  'CPSU Central Auditing Commission | party-organ | Central Auditing Commission of the CPSU | Central Auditing Commission of the CPSU',
  'KSČ CC International Department | party-organ | International Department of the Central Committee of the Communist Party of Czechoslovakia | International Department of the CC KSČ; International Department of the KSČ CC; International Department of the ÚV KSČ',
];
