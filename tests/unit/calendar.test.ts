import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDay, isoDayOf, isRealDay, MONTH_WORDS, monthNumber, nameIndex, parseIsoDay, WEEKDAY_WORDS, weekdayOf } from '../../utils/core/calendar';

describe('the calendar', () => {
  it.each([
    ['2025-01-13', 1, '2025-01-14'],
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-20', -7, '2025-01-13'],
  ])('%s plus %d days is %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2025-01-13', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-13', false],
    ['0999-01-01', false],
    ['1000-01-01', true],
    ['9999-12-31', true],
    ['13 January 2025', false],
    ['on 2025-01-13', false],
    ['2025-01-13T09:00:00Z', false],
  ])('%s is a real day: %s', (text, real) => {
    expect(isRealDay(text)).toBe(real);
    expect(parseIsoDay(text) !== null).toBe(real);
  });

  it.each([
    [[2025, 1, 13], true],
    [[2025, 2, 29], false],
    [[2025, 1, 0], false],
    [[2025, 1, 1], true],
    [[2025, 12, 31], true],
    [[2025.5, 1, 1], false],
    [[999, 12, 31], false],
    [[1000, 1, 1], true],
    [[9999, 12, 31], true],
    [[10000, 1, 1], false],
  ] as const)('%o is a calendar day: %s', (day, real) => {
    expect(isCalendarDay([...day])).toBe(real);
  });

  it.each([
    ['Jan', 1],
    ['january', 1],
    ['Sept', 9],
    ['September', 9],
    ['Dec.', 12],
    ['an', 0],
    ['Monday', 0],
    ['ebr', 0],
    ['xyz', 0],
  ])('%s is month %d', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });

  it.each([
    ['2025-01-13', 1], // Monday
    ['2025-01-19', 0], // Sunday
    ['2025-01-18', 6], // Saturday
  ])('%s falls on weekday %d', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it.each([
    [[2025, 1, 5], '2025-01-05'],
    [[2024, 12, 31], '2024-12-31'],
  ] as const)('%o is written %s', (day, iso) => {
    expect(isoDayOf([...day])).toBe(iso);
  });
});

/**
 * How news in each language writes its months and weekdays, in order (January, Sunday first),
 * each with its usual short forms, as a dateline would: "13. Jänner", "le 13 févr.", "Sept. 9".
 */
describe('month and weekday names by language', () => {
  const MONTHS: [string, string][] = [
    ['en', 'January Jan. | February Feb. | March Mar. | April Apr. | May | June Jun. | July Jul. | August Aug. | September Sept. Sep. | October Oct. | November Nov. | December Dec.'],
    ['de', 'Januar Jänner Jan. | Februar Feb. | März Mär. | April Apr. | Mai | Juni | Juli | August Aug. | September Sept. Sep. | Oktober Okt. | November Nov. | Dezember Dez.'],
    ['it', 'gennaio gen. | febbraio feb. | marzo mar. | aprile apr. | maggio mag. | giugno giu. | luglio lug. | agosto ago. | settembre set. | ottobre ott. | novembre nov. | dicembre dic.'],
    ['fr', 'janvier janv. | février fevrier févr. | mars | avril avr. | mai | juin | juillet juil. | août aout | septembre sept. | octobre oct. | novembre nov. | décembre decembre déc.'],
    ['es', 'enero ene. | febrero feb. | marzo mar. | abril abr. | mayo may. | junio jun. | julio jul. | agosto ago. | septiembre setiembre sept. | octubre oct. | noviembre nov. | diciembre dic.'],
    ['pt', 'janeiro jan. | fevereiro fev. | março marco mar. | abril abr. | maio mai. | junho jun. | julho jul. | agosto ago. | setembro set. | outubro out. | novembro nov. | dezembro dez.'],
    ['id', 'Januari Jan | Februari Feb | Maret Mar | April Apr | Mei | Juni Jun | Juli Jul | Agustus Agu Agt | September Sep | Oktober Okt | November Nov | Desember Des'],
    ['hi', 'जनवरी | फरवरी फ\u093cरवरी | मार्च | अप्रैल | मई | जून | जुलाई | अगस्त | सितंबर सितम्बर | अक्टूबर | नवंबर नवम्बर | दिसंबर दिसम्बर'],
  ];
  const WEEKDAYS: [string, string][] = [
    ['en', 'Sunday | Monday | Tuesday | Wednesday | Thursday | Friday | Saturday'],
    ['de', 'Sonntag | Montag | Dienstag | Mittwoch | Donnerstag | Freitag | Samstag Sonnabend'],
    ['it', 'domenica | lunedì lunedi | martedì martedi | mercoledì mercoledi | giovedì giovedi | venerdì venerdi | sabato'],
    ['fr', 'dimanche | lundi | mardi | mercredi | jeudi | vendredi | samedi'],
    ['es', 'domingo | lunes | martes | miércoles miercoles | jueves | viernes | sábado sabado'],
    ['pt', 'domingo | segunda-feira segunda | terça-feira terça terca-feira | quarta-feira quarta | quinta-feira quinta | sexta-feira sexta | sábado sabado'],
    ['id', "Minggu Ahad | Senin | Selasa | Rabu | Kamis | Jumat Jum'at | Sabtu"],
    ['hi', 'रविवार | सोमवार | मंगलवार | बुधवार | गुरुवार बृहस्पतिवार | शुक्रवार | शनिवार'],
    ['ja', '日曜日 日曜 | 月曜日 月曜 | 火曜日 火曜 | 水曜日 水曜 | 木曜日 木曜 | 金曜日 金曜 | 土曜日 土曜'],
    ['ko', '일요일 | 월요일 | 화요일 | 수요일 | 목요일 | 금요일 | 토요일'],
  ];
  /** Each written form with the number it should read as: months 1–12, weekdays 0 (Sunday) to 6. */
  const forms = (line: string, first: number) =>
    line.split(' | ').flatMap((names, i) => names.split(' ').map((name) => [name, i + first] as const));

  it.each(MONTHS)('[%s] months', (language, line) => {
    const read = forms(line, 1).map(([name]) => [name, nameIndex(MONTH_WORDS, language, name)]);
    expect(read).toEqual(forms(line, 1));
  });

  it.each(WEEKDAYS)('[%s] weekdays', (language, line) => {
    const read = forms(line, 0).map(([name]) => [name, nameIndex(WEEKDAY_WORDS, language, name)]);
    expect(read).toEqual(forms(line, 0));
  });

  it.each([
    ['month', 'de', 'Montag'], // a weekday is no month
    ['weekday', 'de', 'Mai'],
    ['month', 'de', 'janvier'], // another language's month
    ['month', 'nl', 'januari'], // a language without names
    ['weekday', 'zh', '星期一'],
    ['month', 'en', 'Janu'],
  ] as const)('no %s: [%s] %s', (table, language, name) => {
    expect(nameIndex(table === 'month' ? MONTH_WORDS : WEEKDAY_WORDS, language, name)).toBe(-1);
  });
});
