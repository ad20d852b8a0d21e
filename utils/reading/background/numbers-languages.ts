/**
 * How each language writes numbers: its decimal mark, the words for scales ("Millionen",
 * "milhões", "juta", "lakh"), spelled small numbers, hedges before and after ("mehr als", "以上",
 * "넘는"), and the nouns that say what is counted. Language knowledge, not the story's: the
 * story's own words are in the dataset.
 *
 * Words are lower case. A language absent from this table (or a page whose language is unknown)
 * is read with English words and without guessing the decimal mark (see `numbers-profile.ts`).
 */
import type { Qualifier, Unit } from '../../schema';

export type Counted = Unit | 'span';

export interface NumberWords {
  /** The decimal mark: "1.7 million" or "1,7 Millionen". The other mark (and a space) groups thousands. */
  decimal: '.' | ',';
  /**
   * Whether a comma followed by exactly three digits groups thousands even though the decimal
   * mark is a comma: Latin American Spanish writes "300,000 seguidores", Spain "300.000".
   */
  commaGroups?: boolean;
  /** Words after a number that multiply it: "Millionen", "Mio.", "mil millones". */
  scales: Record<string, number>;
  /** Spelled small numbers: "zwei", "novanta"; and whole words such as "sejuta" (a million). */
  small: Record<string, number>;
  /** The indefinite article before a scale: "eine Million", "un milione". */
  articles: string[];
  /** "Half" before a scale: "eine halbe Million", "mezzo milione", "meio milhão". */
  half: string[];
  /** Numbers said roughly: "Tausende", "centinaia di migliaia" (the second word after `of`). */
  rough: Record<string, number>;
  of: string[];
  /** Hedges before a number, by qualifier. */
  before: Partial<Record<Qualifier, string[]>>;
  /** Hedges after it (after its counter, in Japanese and Korean). */
  after: Partial<Record<Qualifier, string[]>>;
  /** Nouns that name what is counted; "span" is a length of time other than days and hours. */
  units: Partial<Record<Counted, string[]>>;
  /** Words a unit lookahead does not cross: "700.000 in zwei Tagen" is not 700,000 days. */
  stop: string[];
  /** Words after a number that make it a percentage or an amount of money (yuan: `YUAN` in numbers-cjk.ts, for every language). */
  percent: string[];
  dollars: string[];
  money: string[];
  /** Words before a number that make it a rank ("Platz 1"), a time ("ore 14") or an age. */
  rank: string[];
  time: string[];
  /**
   * Spelled ordinals ("primeira", "zweiten"), read as ranks only beside a rank word: before it
   * ("Platz", "peringkat") or after it (`rankAfter`: "primeira posição", "primo posto"); alone they
   * are ordinals ("segunda-feira" is Monday, "secondo Reuters" is "according to Reuters").
   */
  ordinals?: Record<string, number>;
  rankAfter?: string[];
  /**
   * Shares said in words, as percentages, before the words that say of what (`fractionOf`):
   * "half of the country", "two-thirds of users", "metade dos americanos", "die Hälfte der Nutzer".
   */
  fractions?: Record<string, number>;
  fractionOf?: string[];
  /** Verbs of growth by a multiple, as the change in percent: "doubled" 100, "verdreifacht" 200. */
  multiplied?: Record<string, number>;
}

/** Ordinals from "first" to "fifth", each value with its forms by gender and case. */
const ordinalForms = (rows: [string[], number][]): Record<string, number> =>
  Object.fromEntries(rows.flatMap(([words, value]) => words.map((word) => [word, value])));

const none: Pick<NumberWords, 'articles' | 'half' | 'of' | 'stop' | 'rank' | 'time'> = { articles: [], half: [], of: [], stop: [], rank: [], time: [] };

export const NUMBER_WORDS: Readonly<Record<string, NumberWords>> = {
  en: {
    decimal: '.',
    scales: { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, mn: 1e6, bn: 1e9, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 },
    small: {},
    rough: {},
    ...none,
    before: {},
    after: {},
    units: {},
    percent: [],
    dollars: [],
    money: [],
    fractions: { half: 50, 'a third': 100 / 3, 'one third': 100 / 3, 'a quarter': 25, 'one quarter': 25, 'two thirds': 200 / 3, 'two-thirds': 200 / 3, 'three quarters': 75, 'three-quarters': 75 },
    // "half owner", "a half stake": a share of a business.
    fractionOf: ['of', 'owner', 'owners', 'stake', 'share', 'ownership'],
    multiplied: { doubled: 100, tripled: 200, quadrupled: 300 },
  },
  de: {
    decimal: ',',
    scales: { tausend: 1e3, 'tsd.': 1e3, million: 1e6, millionen: 1e6, 'mio.': 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, 'mrd.': 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12 },
    small: { ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100 },
    articles: ['eine', 'ein', 'einer'],
    half: ['halbe', 'halben'],
    rough: { tausende: 1e3, zehntausende: 1e4, hunderttausende: 1e5, millionen: 1e6 },
    of: ['von'],
    before: {
      'more-than': ['mehr als', 'über', 'ueber'],
      over: ['gut', 'weit über'],
      'at-least': ['mindestens', 'wenigstens'],
      nearly: ['fast', 'knapp', 'beinahe', 'annähernd', 'nahezu'],
      about: ['rund', 'etwa', 'ungefähr', 'circa', 'ca.', 'zirka', 'geschätzt', 'schätzungsweise'],
      'up-to': ['bis zu'],
      'less-than': ['weniger als', 'unter'],
    },
    after: {},
    units: {
      users: ['nutzer', 'nutzern', 'nutzerinnen', 'nutzende', 'nutzenden', 'benutzer', 'user', 'usern', 'mitglieder', 'neunutzer', 'neukunden'],
      downloads: ['downloads', 'installationen'],
      views: ['aufrufe', 'aufrufen', 'views', 'klicks'],
      followers: ['follower', 'followern', 'abonnenten', 'fans'],
      people: ['menschen', 'personen', 'amerikaner', 'amerikanern', 'us-amerikaner', 'us-amerikanern', 'bürger', 'einwohner'],
      posts: ['beiträge', 'beiträgen', 'posts', 'videos'],
      comments: ['kommentare', 'kommentaren'],
      countries: ['länder', 'ländern', 'staaten'],
      days: ['tag', 'tage', 'tagen', 'tagesfrist'],
      hours: ['stunde', 'stunden'],
      span: ['woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'minuten', 'sekunden'],
    },
    stop: ['in', 'im', 'an', 'am', 'auf', 'für', 'von', 'vom', 'seit', 'bis', 'nach', 'vor', 'als', 'und', 'oder', 'mit', 'der', 'die', 'das', 'den', 'dem', 'des', 'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'wurde', 'wurden', 'zu', 'zum', 'zur', 'pro'],
    percent: ['prozent', 'prozentpunkte'],
    dollars: ['dollar', 'us-dollar'],
    money: ['euro', 'franken'],
    rank: ['platz', 'rang', 'nummer'],
    time: [],
    ordinals: ordinalForms([[['erste', 'ersten', 'erster', 'erstes'], 1], [['zweite', 'zweiten', 'zweiter'], 2], [['dritte', 'dritten', 'dritter'], 3], [['vierte', 'vierten', 'vierter'], 4], [['fünfte', 'fünften', 'fünfter'], 5]]),
    rankAfter: ['platz', 'rang', 'stelle'],
    fractions: { hälfte: 50, drittel: 100 / 3, viertel: 25 },
    fractionOf: ['der', 'aller', 'von'],
    multiplied: { verdoppelt: 100, verdoppelte: 100, verdreifacht: 200, verdreifachte: 200 },
  },
  it: {
    decimal: ',',
    scales: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9 },
    small: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, dodici: 12, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100 },
    articles: ['un', 'una'],
    half: ['mezzo'],
    rough: { migliaia: 1e3, decine: 10, centinaia: 100, milioni: 1e6 },
    of: ['di'],
    before: {
      'more-than': ['più di', 'oltre', 'oltre a', 'superiore a'],
      over: ['poco più di', 'ben oltre'],
      'at-least': ['almeno', 'non meno di'],
      nearly: ['quasi', 'circa quasi', 'poco meno di', 'vicino a'],
      about: ['circa', 'intorno a', 'intorno ai', 'attorno a', 'approssimativamente', 'all’incirca', "all'incirca"],
      'up-to': ['fino a'],
      'less-than': ['meno di'],
    },
    after: {},
    units: {
      users: ['utenti', 'utente', 'iscritti', 'nuovi utenti'],
      downloads: ['download', 'scaricamenti'],
      views: ['visualizzazioni', 'views'],
      followers: ['follower', 'seguaci'],
      people: ['persone', 'americani', 'statunitensi', 'cittadini'],
      posts: ['post', 'video'],
      comments: ['commenti'],
      countries: ['paesi', 'nazioni'],
      days: ['giorno', 'giorni'],
      hours: ['ora', 'ore'],
      span: ['settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni', 'minuti', 'secondi'],
    },
    stop: ['in', 'a', 'al', 'da', 'dal', 'per', 'su', 'con', 'tra', 'fra', 'e', 'o', 'che', 'il', 'lo', 'la', 'le', 'gli', 'i', 'è', 'sono', 'era', 'ha', 'hanno', 'nel', 'nella', 'negli'],
    percent: ['per cento', 'percento'],
    dollars: ['dollari', 'dollaro'],
    money: ['euro'],
    rank: ['posto', 'numero', 'posizione'],
    time: ['ore', 'alle'],
    ordinals: ordinalForms([[['primo', 'prima'], 1], [['secondo', 'seconda'], 2], [['terzo', 'terza'], 3], [['quarto', 'quarta'], 4], [['quinto', 'quinta'], 5]]),
    rankAfter: ['posto', 'posizione', 'classificato', 'classificata'],
    fractions: { metà: 50 },
    fractionOf: ['di', 'dei', 'degli', 'delle', 'del', 'della'],
    multiplied: { raddoppiato: 100, raddoppiati: 100, raddoppiata: 100, triplicato: 200, triplicati: 200 },
  },
  fr: {
    decimal: ',',
    scales: { mille: 1e3, million: 1e6, millions: 1e6, 'm': 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, billion: 1e12, billions: 1e12 },
    small: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'quatre-vingt-dix': 90, cent: 100 },
    articles: ['un', 'une'],
    half: ['demi', 'demi-'],
    rough: { milliers: 1e3, dizaines: 10, centaines: 100, millions: 1e6 },
    of: ['de', 'des'],
    before: {
      'more-than': ['plus de', "plus d'", 'plus d’', 'au-delà de'],
      over: ['un peu plus de', 'bien plus de'],
      'at-least': ['au moins', 'au minimum'],
      nearly: ['près de', "près d'", 'près d’', 'presque', 'quasiment', 'pas loin de'],
      about: ['environ', 'quelque', 'quelques', 'autour de', 'approximativement', 'à peu près'],
      'up-to': ["jusqu'à", 'jusqu’à'],
      'less-than': ['moins de', "moins d'", 'moins d’'],
    },
    after: {},
    units: {
      users: ['utilisateurs', 'utilisatrices', 'usagers', 'inscrits', 'membres'],
      downloads: ['téléchargements'],
      views: ['vues', 'visionnages'],
      followers: ['abonnés', 'followers'],
      people: ['personnes', 'américains', 'habitants', 'internautes'],
      posts: ['publications', 'posts', 'vidéos'],
      comments: ['commentaires'],
      countries: ['pays'],
      days: ['jour', 'jours'],
      hours: ['heure', 'heures'],
      span: ['semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'minutes', 'secondes'],
    },
    stop: ['en', 'à', 'au', 'aux', 'par', 'pour', 'sur', 'dans', 'avec', 'et', 'ou', 'que', 'qui', 'le', 'la', 'les', 'est', 'sont', 'était', 'a', 'ont', 'depuis', 'après', 'avant'],
    percent: ['pour cent', 'pourcent'],
    dollars: ['dollars', 'dollar'],
    money: ['euros', 'euro'],
    rank: ['numéro', 'place', 'rang'],
    time: [],
    ordinals: ordinalForms([[['premier', 'première', 'premiers', 'premières'], 1], [['deuxième', 'second', 'seconde'], 2], [['troisième'], 3], [['quatrième'], 4], [['cinquième'], 5]]),
    rankAfter: ['place', 'position', 'rang'],
    fractions: { moitié: 50 },
    fractionOf: ['de', 'des', 'du'],
    multiplied: { doublé: 100, triplé: 200 },
  },
  es: {
    decimal: ',',
    commaGroups: true,
    scales: { mil: 1e3, millón: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12 },
    small: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100 },
    articles: ['un', 'una'],
    half: ['medio'],
    rough: { miles: 1e3, decenas: 10, cientos: 100, centenares: 100, millones: 1e6 },
    of: ['de'],
    before: {
      'more-than': ['más de', 'mas de', 'por encima de'],
      over: ['poco más de'],
      'at-least': ['al menos', 'por lo menos', 'como mínimo'],
      nearly: ['casi', 'cerca de', 'cerca de los', 'poco menos de'],
      about: ['alrededor de', 'unos', 'unas', 'aproximadamente', 'en torno a', 'algo más de'],
      'up-to': ['hasta'],
      'less-than': ['menos de'],
    },
    after: {},
    units: {
      users: ['usuarios', 'usuarias', 'usuario', 'miembros', 'inscritos'],
      downloads: ['descargas'],
      views: ['visualizaciones', 'vistas', 'reproducciones'],
      followers: ['seguidores', 'seguidoras'],
      people: ['personas', 'estadounidenses', 'norteamericanos', 'ciudadanos', 'internautas'],
      posts: ['publicaciones', 'videos', 'vídeos'],
      comments: ['comentarios'],
      countries: ['países', 'naciones'],
      days: ['día', 'días', 'dia', 'dias'],
      hours: ['hora', 'horas'],
      span: ['semana', 'semanas', 'mes', 'meses', 'año', 'años', 'minutos', 'segundos'],
    },
    stop: ['en', 'a', 'al', 'por', 'para', 'con', 'y', 'o', 'que', 'el', 'la', 'los', 'las', 'es', 'son', 'era', 'fue', 'ha', 'han', 'desde', 'tras', 'entre'],
    percent: ['por ciento'],
    dollars: ['dólares', 'dolares', 'dólar'],
    money: ['euros', 'pesos'],
    rank: ['puesto', 'número', 'posición', 'lugar'],
    time: [],
    ordinals: ordinalForms([[['primer', 'primero', 'primera'], 1], [['segundo', 'segunda'], 2], [['tercer', 'tercero', 'tercera'], 3], [['cuarto', 'cuarta'], 4], [['quinto', 'quinta'], 5]]),
    rankAfter: ['puesto', 'lugar', 'posición'],
    fractions: { mitad: 50 },
    fractionOf: ['de', 'del'],
    multiplied: { duplicó: 100, duplicaron: 100, triplicó: 200, triplicaron: 200 },
  },
  pt: {
    decimal: ',',
    scales: { mil: 1e3, milhão: 1e6, milhões: 1e6, mi: 1e6, 'mil milhões': 1e9, bilhão: 1e9, bilhões: 1e9, bi: 1e9, trilhão: 1e12, trilhões: 1e12 },
    small: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100 },
    articles: ['um', 'uma'],
    half: ['meio'],
    rough: { milhares: 1e3, dezenas: 10, centenas: 100, milhões: 1e6 },
    of: ['de'],
    before: {
      'more-than': ['mais de', 'acima de'],
      over: ['pouco mais de', 'bem mais de'],
      'at-least': ['pelo menos', 'ao menos', 'no mínimo'],
      nearly: ['quase', 'perto de', 'pouco menos de'],
      about: ['cerca de', 'aproximadamente', 'em torno de', 'por volta de', 'uns', 'umas', 'estimados'],
      'up-to': ['até'],
      'less-than': ['menos de'],
    },
    after: {},
    units: {
      users: ['usuários', 'usuárias', 'utilizadores', 'utentes', 'membros', 'inscritos'],
      downloads: ['downloads', 'descargas', 'transferências'],
      views: ['visualizações', 'visualizacoes', 'views'],
      followers: ['seguidores', 'seguidoras'],
      people: ['pessoas', 'americanos', 'norte-americanos', 'estadunidenses', 'internautas'],
      posts: ['publicações', 'postagens', 'posts', 'vídeos'],
      comments: ['comentários'],
      countries: ['países', 'nações'],
      days: ['dia', 'dias'],
      hours: ['hora', 'horas'],
      span: ['semana', 'semanas', 'mês', 'meses', 'ano', 'anos', 'minutos', 'segundos'],
    },
    stop: ['em', 'no', 'na', 'nos', 'nas', 'a', 'ao', 'por', 'para', 'com', 'e', 'ou', 'que', 'o', 'os', 'as', 'é', 'são', 'foi', 'era', 'tem', 'têm', 'desde', 'após', 'entre'],
    percent: ['por cento'],
    dollars: ['dólares', 'dolares', 'dólar'],
    money: ['reais', 'euros'],
    rank: ['posição', 'lugar', 'número'],
    time: ['às'],
    ordinals: ordinalForms([[['primeiro', 'primeira'], 1], [['segundo', 'segunda'], 2], [['terceiro', 'terceira'], 3], [['quarto', 'quarta'], 4], [['quinto', 'quinta'], 5]]),
    rankAfter: ['posição', 'lugar', 'colocação', 'colocado', 'colocada'],
    fractions: { metade: 50 },
    fractionOf: ['de', 'dos', 'das', 'do', 'da'],
    multiplied: { dobrou: 100, dobraram: 100, triplicou: 200, triplicaram: 200 },
  },
  id: {
    decimal: ',',
    scales: { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, triliun: 1e12 },
    small: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, 'dua belas': 12, 'dua puluh': 20, 'tiga puluh': 30, 'sembilan puluh': 90, seratus: 100, sehari: 1, seminggu: 1, sebulan: 1, setahun: 1 },
    articles: ['satu'],
    half: ['setengah', 'separuh'],
    rough: { ribuan: 1e3, puluhan: 10, ratusan: 100, jutaan: 1e6 },
    of: [],
    before: {
      'more-than': ['lebih dari', 'lebih daripada', 'di atas'],
      'at-least': ['setidaknya', 'sedikitnya', 'paling sedikit', 'minimal'],
      nearly: ['hampir', 'nyaris', 'mendekati'],
      about: ['sekitar', 'kurang lebih', 'kira-kira', 'lebih kurang', 'sebanyak sekitar'],
      'up-to': ['hingga', 'sampai', 'mencapai'],
      'less-than': ['kurang dari', 'di bawah'],
    },
    after: { 'more-than': ['lebih'] },
    units: {
      users: ['pengguna', 'user', 'anggota'],
      downloads: ['unduhan', 'download', 'kali diunduh'],
      views: ['tayangan', 'views', 'kali ditonton', 'penayangan'],
      followers: ['pengikut', 'follower', 'followers'],
      people: ['orang', 'warga', 'penduduk', 'pendengar', 'warganet'],
      posts: ['unggahan', 'postingan', 'video'],
      comments: ['komentar'],
      countries: ['negara'],
      days: ['hari'],
      hours: ['jam'],
      span: ['minggu', 'pekan', 'bulan', 'tahun', 'menit', 'detik'],
    },
    stop: ['di', 'ke', 'dari', 'pada', 'dalam', 'untuk', 'dan', 'atau', 'yang', 'adalah', 'ini', 'itu', 'dengan', 'sejak', 'oleh'],
    percent: ['persen'],
    dollars: ['dolar', 'dollar', 'dolar as'],
    money: ['rupiah'],
    rank: ['peringkat', 'nomor', 'posisi'],
    time: ['pukul'],
    ordinals: ordinalForms([[['pertama'], 1], [['kedua'], 2], [['ketiga'], 3], [['keempat'], 4], [['kelima'], 5]]),
    fractions: { separuh: 50, setengah: 50 },
    fractionOf: ['dari'],
  },
  hi: {
    decimal: '.',
    scales: { हजार: 1e3, हज़ार: 1e3, लाख: 1e5, करोड़: 1e7, करोड: 1e7, अरब: 1e9, lakh: 1e5, crore: 1e7, million: 1e6, billion: 1e9 },
    // Spelled Hindi numbers ("दो") and "लाखों" are not read: the scanner starts numbers at digits and Latin letters.
    small: {},
    articles: [],
    half: [],
    rough: {},
    of: [],
    before: { about: ['लगभग', 'करीब', 'क़रीब', 'तकरीबन'], 'at-least': ['कम से कम'] },
    after: { 'more-than': ['से अधिक', 'से ज्यादा', 'से ज़्यादा', 'से भी अधिक', 'से भी ज्यादा'], 'less-than': ['से कम'], 'up-to': ['तक'] },
    units: {
      users: ['यूजर्स', 'यूज़र्स', 'यूजर', 'यूज़र', 'उपयोगकर्ता', 'उपयोगकर्ताओं'],
      downloads: ['डाउनलोड'],
      views: ['व्यूज', 'व्यूज़'],
      followers: ['फॉलोअर्स', 'फॉलोवर्स'],
      people: ['लोग', 'लोगों', 'अमेरिकी', 'अमेरिकियों'],
      days: ['दिन', 'दिनों'],
      hours: ['घंटे', 'घंटों'],
      countries: ['देशों', 'देश'],
      span: ['हफ्ते', 'महीने', 'साल', 'वर्ष', 'मिनट'],
    },
    stop: ['में', 'को', 'के', 'का', 'की', 'और', 'या', 'है', 'हैं', 'था', 'थे', 'पर'],
    percent: ['प्रतिशत', 'फीसदी', 'फीसद'],
    dollars: ['डॉलर'],
    money: ['रुपये', 'रुपए'],
    rank: ['नंबर'],
    time: [],
  },
};
