/**
 * Sentences written for the tests in the languages the story was reported in, in the style of
 * that coverage, with every number mention each should yield: figures (with their hedges, scales
 * and units) and traps (years, dates, times, phone numbers, ranks, ages, prices in each format).
 */
import type { ExpectedMention } from './number-cases';
import type { NumberKind } from '../../utils/reading/background/numbers';
import type { Qualifier, Unit } from '../../utils/schema';

const q = (text: string, value: number, unit: Unit | null = null, qualifier: Qualifier = 'exact'): ExpectedMention => ({ text, value, unit, qualifier, kind: 'quantity' });
const span = (text: string, value: number, unit: Unit | null, qualifier: Qualifier = 'exact'): ExpectedMention => ({ text, value, unit, qualifier, kind: 'duration' });
const trap = (kind: NumberKind, text: string, value: number): ExpectedMention => ({ text, value, unit: kind === 'rank' ? 'rank' : null, qualifier: 'exact', kind });

export type LanguageCase = [language: string | null, text: string, expected: ExpectedMention[]];

export const LANGUAGE_CASES: LanguageCase[] = [
  // German: "." groups, "," is the decimal mark
  ['de', 'Mehr als 700.000 neue Nutzer meldeten sich binnen zwei Tagen bei RedNote an.', [q('Mehr als 700.000', 700_000, 'users', 'more-than'), span('zwei', 2, 'days')]],
  ['de', 'Die App zählt rund 1,7 Millionen Downloads und über 300 Millionen Nutzer.', [q('rund 1,7 Millionen', 1_700_000, 'downloads', 'about'), q('über 300 Millionen', 300e6, 'users', 'more-than')]],
  ['de', 'Investoren bewerten das Unternehmen mit 17 Milliarden Dollar, knapp 2 Mrd. Euro mehr als im Jahr 2023.', [q('17 Milliarden Dollar', 17e9, 'usd'), q('knapp 2 Mrd. Euro', 2e9, null, 'nearly'), trap('year', '2023', 2023)]],
  ['de', 'Eine halbe Million Menschen und Tausende Creator zogen um; mindestens 50.000 Personen schauten zu.', [q('Eine halbe Million', 500_000, 'people'), q('Tausende', 1_000, null, 'order-of'), q('mindestens 50.000', 50_000, 'people', 'at-least')]],
  ['de', 'Trump will TikTok für weitere 75 Tage am Laufen halten.', [span('75', 75, 'days')]],
  ['de', 'Das Verbot galt ab dem 19. Januar 2025 um 14.30 Uhr; die App stand auf Platz 1.', [trap('date', '19', 19), trap('year', '2025', 2025), trap('time', '14.30 Uhr', 14), trap('rank', 'Platz 1', 1)]],
  ['de', 'Hinweise an +49 30 1234567 oder am 19.01.2025 per Post.', [trap('other', '+49 30 1234567', 49301234567), trap('other', '19.01.2025', 19)]],
  ['de', 'Ein Abo kostet 4,99 Euro im Monat.', [q('4,99 Euro', 4.99)]],
  // Italian
  ['it', 'Oltre 20 milioni di utenti hanno scaricato l’app, più di 700.000 in due giorni.', [q('Oltre 20 milioni', 20e6, 'users', 'more-than'), q('più di 700.000', 700_000, null, 'more-than'), span('due', 2, 'days')]],
  ['it', 'Gli utenti negli Stati Uniti sono circa 170 milioni; milioni di utenti americani cercano alternative.', [q('circa 170 milioni', 170e6, null, 'about'), q('milioni', 1e6, 'users', 'order-of')]],
  ['it', 'Il decreto rinvia di novanta giorni il divieto, dal 19 gennaio.', [span('novanta', 90, 'days'), trap('date', '19', 19)]],
  ['it', 'La legge del 2024 entra in vigore alle ore 14; info al +39 06 1234 5678.', [trap('year', '2024', 2024), trap('time', '14', 14), trap('other', '+39 06 1234 5678', 390612345678)]],
  ['it', 'Un uomo di 40 anni ha pagato 2,5 miliardi di dollari.', [trap('age', '40 anni', 40), q('2,5 miliardi di dollari', 2.5e9, 'usd')]],
  // French: spaces group
  ['fr', 'Plus de 17 milliards de dollars : c’est la valeur de l’application, qui revendique 700 000 utilisateurs.', [q('Plus de 17 milliards de dollars', 17e9, 'usd', 'more-than'), q('700 000', 700_000, 'users')]],
  ['fr', 'Au moins 3 millions d’Américains et plus d’un million d’abonnés ont suivi le direct.', [q('Au moins 3 millions', 3e6, 'people', 'at-least'), q('plus d’un million', 1e6, 'followers', 'more-than')]],
  ['fr', 'Près de 300 millions de personnes, soit environ 45 % de la population.', [q('Près de 300 millions', 300e6, 'people', 'nearly'), q('environ 45 %', 45, 'percent', 'about')]],
  ['fr', 'Fondée en 2013, l’application a fermé à 20h30 ; l’abonnement coûte 9,99 euros.', [trap('year', '2013', 2013), trap('time', '20h30', 20), q('9,99 euros', 9.99)]],
  ['fr', 'Appelez le 06 12 34 56 78 avant le 19/01/2025.', [trap('other', '06 12 34 56 78', 612345678), trap('date', '19/01/2025', 19)]],
  // Spanish: both conventions are in use ("700.000" in Spain, "300,000" in Mexico)
  ['es', 'Cerca de 3 millones de estadounidenses se unieron a RedNote en un solo día.', [q('Cerca de 3 millones', 3e6, 'people', 'nearly'), span('un', 1, 'days')]],
  ['es', 'Una abuela de 72 años, con 300,000 seguidores, saludó a más de 700.000 usuarios.', [trap('age', '72 años', 72), q('300,000', 300_000, 'followers'), q('más de 700.000', 700_000, 'users', 'more-than')]],
  ['es', 'La empresa vale 17.000 millones de dólares, según datos de 2024.', [q('17.000 millones de dólares', 17e9, 'usd'), trap('year', '2024', 2024)]],
  ['es', 'El plazo vence el 19 de enero; la app subió al puesto 1.', [trap('date', '19', 19), trap('rank', 'puesto 1', 1)]],
  // Portuguese
  ['pt', 'Em dois dias, mais de 700.000 novos usuários aderiram ao RedNote, segundo a Reuters.', [span('dois', 2, 'days'), q('mais de 700.000', 700_000, 'users', 'more-than'), trap('ordinal', 'segundo', 2)]],
  ['pt', 'A hashtag somou 36,2 milhões de visualizações e mais de 10 milhões de comentários.', [q('36,2 milhões', 36.2e6, 'views'), q('mais de 10 milhões', 10e6, 'comments', 'more-than')]],
  ['pt', 'O aplicativo tem mais de 300 milhões de usuários e foi avaliado em US$ 17 bilhões.', [q('mais de 300 milhões', 300e6, 'users', 'more-than'), q('US$ 17 bilhões', 17e9, 'usd')]],
  ['pt', 'Ligue para +55 11 98765 4321 às 10 horas.', [trap('other', '+55 11 98765 4321', 5511987654321), trap('time', '10', 10)]],
  ['pt', 'A foto foi tirada em 13 de março de 2024; o plano custa R$ 9,90.', [trap('date', '13', 13), trap('year', '2024', 2024), q('R$ 9,90', 9.9)]],
  // Indonesian
  ['id', 'Lebih dari 170 juta pengguna di AS terancam kehilangan akses.', [q('Lebih dari 170 juta', 170e6, 'users', 'more-than')]],
  ['id', 'Tagar itu meraih 250 juta tayangan dan 5,5 juta komentar; 700 ribu pengguna baru bergabung.', [q('250 juta', 250e6, 'views'), q('5,5 juta', 5.5e6, 'comments'), q('700 ribu', 700_000, 'users')]],
  ['id', 'Sekitar 30 ribu pendengar ikut dalam ruang obrolan itu pada 14 Januari 2025.', [q('Sekitar 30 ribu', 30_000, 'people', 'about'), trap('date', '14', 14), trap('year', '2025', 2025)]],
  ['id', 'Harga paketnya Rp 1,5 juta.', [q('Rp 1,5 juta', 1.5e6)]],
  ['id', 'Aplikasi itu diluncurkan pada 2013 dan sidang dimulai pukul 10.00 WIB.', [trap('year', '2013', 2013), trap('time', '10', 10)]],
  // Hindi and Indian English: lakh and crore, Indian grouping
  ['hi', 'पिछले दो दिनों में 7 लाख से अधिक नए यूजर्स इस ऐप पर आए।', [q('7 लाख से अधिक', 700_000, 'users', 'more-than')]],
  ['hi', 'इस ऐप के 30 करोड़ से अधिक यूजर्स हैं।', [q('30 करोड़ से अधिक', 300e6, 'users', 'more-than')]],
  ['hi', 'यह ऐप 2013 में शुरू हुआ, 19 जनवरी को बैन, कीमत ₹ 1.5 लाख।', [trap('year', '2013', 2013), trap('date', '19', 19), q('₹ 1.5 लाख', 150_000)]],
  ['en', 'RedNote added 7 lakh users in two days, or 7,00,000 sign-ups; its rival has 1.5 crore downloads.', [q('7 lakh', 700_000, 'users'), span('two', 2, 'days'), q('7,00,000', 700_000), q('1.5 crore', 15e6, 'downloads')]],
  // Japanese: 万 and 億, digits and kanji mixed, hedges after the counter
  ['ja', '小紅書の月間ユーザー数は約3億人とみられています。', [q('約3億', 3e8, 'people', 'about')]],
  ['ja', '関連動画の総アクセス数は2億2000万回で、500万件弱のコメントが寄せられた。', [q('2億2000万', 2.2e8, 'views'), q('500万件弱', 5e6, 'comments', 'nearly')]],
  ['ja', '過去2日間で70万人以上の新規ユーザーを獲得し、閲覧数は2億回を超えた。', [span('2', 2, 'days'), q('70万人以上', 700_000, 'users', 'at-least'), q('2億回を超え', 2e8, 'views', 'more-than')]],
  ['ja', '1億5000万人のうち、三億という数字は誇張だ。', [q('1億5000万', 1.5e8, 'people'), q('三億', 3e8)]],
  ['ja', '評価額は170億ドル、月額料金は980円、問い合わせは03-1234-5678まで。', [q('170億ドル', 1.7e10, 'usd'), q('980円', 980), trap('other', '03-1234-5678', 312345678)]],
  ['ja', '2025年1月13日、小紅書はランキングで1位を獲得し、75日間の猶予が決まった。', [trap('year', '2025年', 2025), trap('date', '1月', 1), trap('date', '13日', 13), trap('rank', '1位', 1), span('75', 75, 'days')]],
  // Korean: 만 and 억, spaced or not, hedges after the counter
  ['ko', '틱톡에서 1만명 넘는 팔로워를 가진 인플루언서다.', [q('1만명 넘는', 10_000, 'followers', 'more-than')]],
  ['ko', '미국에만 1억7,000만명의 사용자를 둔 틱톡, 월간 3억명의 활성 이용자.', [q('1억7,000만', 1.7e8, 'people'), q('3억', 3e8, 'people')]],
  ['ko', '순익이 10억달러(약 1조4600억원)를 넘을 것으로, 사용자는 2억3000만 명이다.', [q('10억달러', 1e9, 'usd'), q('약 1조4600억원', 1.46e12, null, 'about'), q('2억3000만', 2.3e8, 'people')]],
  ['ko', '13일 저녁 앱스토어 1위, 구글에서는 8위에 올랐다. 실버스타인(32) 씨는 2013년부터 썼다.', [trap('date', '13일', 13), trap('rank', '1위', 1), trap('rank', '8위', 8), trap('age', '32', 32), trap('year', '2013년', 2013)]],
  // Chinese hedges (issue 8)
  ['zh', '小红书用户数突破1亿，美国用户超3亿次浏览，近70万新用户，逾5000万粉丝。', [q('突破1亿', 1e8, 'users', 'more-than'), q('超3亿', 3e8, 'views', 'more-than'), q('近70万', 700_000, 'users', 'nearly'), q('逾5000万', 5e7, 'followers', 'over')]],
  // Ranks in words: an ordinal beside a rank noun; alone, an ordinal ("segunda-feira" is Monday)
  ['pt', 'O app chegou à primeira posição na loja na segunda-feira.', [trap('rank', 'primeira', 1), trap('ordinal', 'segunda', 2)]],
  ['pt', 'Ficou em terceiro lugar, segundo a consultoria, na quinta-feira.', [trap('rank', 'terceiro', 3), trap('ordinal', 'segundo', 2), trap('ordinal', 'quinta', 5)]],
  ['es', 'La app subió al primer puesto; el segundo día cayó al cuarto lugar.', [trap('rank', 'primer', 1), trap('ordinal', 'segundo', 2), trap('rank', 'cuarto', 4)]],
  ['it', 'Secondo gli analisti è al primo posto, prima di Threads.', [trap('ordinal', 'Secondo', 2), trap('rank', 'primo', 1), trap('ordinal', 'prima', 1)]],
  ['fr', 'L’application est à la première place, la deuxième semaine.', [trap('rank', 'première', 1), trap('ordinal', 'deuxième', 2)]],
  ['de', 'Die App landete auf dem ersten Platz, in den ersten Tagen auf Platz zwei.', [trap('rank', 'ersten', 1), trap('ordinal', 'ersten', 1), trap('rank', 'Platz zwei', 2)]],
  ['id', 'Aplikasi itu menempati peringkat pertama pada hari kedua.', [trap('rank', 'peringkat pertama', 1), trap('ordinal', 'kedua', 2)]],
  ['hi', 'यह ऐप स्टोर पर नंबर 1 बन गई है।', [trap('rank', 'नंबर 1', 1)]],
  // Unknown language: only what is unambiguous
  [null, 'It drew 700,000 posts, 700.000 views and 1,5 million likes.', [trap('other', '700,000', 0), trap('other', '700.000', 0), q('1,5 million', 1.5e6)]],
  [null, 'Totals: 1,234,567 and 1.234.567; rates 3.4 and 2,5.', [q('1,234,567', 1_234_567), q('1.234.567', 1_234_567), q('3.4', 3.4), q('2,5', 2.5)]],
  // A comma-decimal language never reads "700,000" as 700
  ['de', 'Die Zahl 700,000 steht so im Bericht.', [trap('other', '700,000', 0)]],
];

/** A megabyte of each language's formats, for the linear-time check. */
export const LANGUAGE_FORMATS: [string | null, string][] = [
  ['de', 'mehr als 700.000 Nutzer, rund 1,7 Millionen, 19.01.2025, 14.30 Uhr, Platz 1, eine halbe Million; '],
  ['fr', 'plus de 17 milliards de dollars, 700 000 utilisateurs, 06 12 34 56 78, plus d’un million; '],
  ['es', 'más de 700.000 usuarios, 300,000 seguidores, 17.000 millones de dólares, 19 de enero; '],
  ['pt', 'mais de 300 milhões de usuários, US$ 17 bilhões, 36,2 milhões, 13 de março de 2024; '],
  ['id', 'lebih dari 170 juta pengguna, 700 ribu lebih, Rp 1,5 juta, 5,5 juta komentar; '],
  ['hi', '7 लाख से अधिक नए यूजर्स, 30 करोड़, 7,00,000; '],
  ['ja', '約3億人、2億2000万回、500万件弱、1億7,000万人、2025年1月13日、1位; '],
  ['ko', '1만명 넘는, 1억7,000만명, 약 1조4600억원, 13일, 1위, (32); '],
  [null, '700,000 1.234.567 2,5 3.4 1,2,3,4,5,6 1.2.3.4.5 '],
  ['de', '1.2.3.4.5.6.7.8.9.0,1,2,3,4 '],
];
