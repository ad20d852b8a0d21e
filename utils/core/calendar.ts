/**
 * Calendar days without a time zone, in one place: the dataset's `2025-01-13`, the page's "Jan.
 * 13", the timeline's day-by-day week. All arithmetic is in UTC so that no reader's time zone
 * moves an event to another day.
 */

export const DAY_MS = 86_400_000;

/** A day as numbers: year, month 1–12, day 1–31. */
export type Calendar = [year: number, month: number, day: number];

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * English month names and abbreviations as a regex source ("Jan", "Jan.", "January", "Sept"),
 * for the readers of page text.
 */
export const MONTH_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** 1–12 for an English month name or abbreviation ("Sept", "january"), 0 when it is none. */
export function monthNumber(name: string): number {
  const index = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 && index % 3 === 0 ? index / 3 + 1 : 0;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** Milliseconds at midnight UTC of a day. */
export const timeOf = ([year, month, day]: Calendar): number => Date.UTC(year, month - 1, day);

export function calendarOf(time: number): Calendar {
  const d = new Date(time);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Whether the numbers name a day that exists (not 30 February), in years 1000–9999. */
export function isCalendarDay([year, month, day]: Calendar): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `[2025, 1, 13]` → `2025-01-13`. */
export const isoDayOf = ([year, month, day]: Calendar): string => `${year}-${pad2(month)}-${pad2(day)}`;

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-01-13` → `[2025, 1, 13]`, or null when it is not a real day written that way. */
export function parseIsoDay(text: string): Calendar | null {
  const match = YMD.exec(text);
  if (!match) return null;
  const day: Calendar = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(day) ? day : null;
}

/** `2025-01-13` that exists on the calendar (not `2025-02-30`). */
export const isRealDay = (text: string): boolean => parseIsoDay(text) !== null;

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** `2025-01-13` plus `days` (negative to go back). */
export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (`b` later is positive). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** 0 (Sunday) to 6 (Saturday) for `2025-01-13`. */
export const weekdayOf = (day: string): number => new Date(utc(day)).getUTCDay();

/**
 * Month and weekday names in the languages the story was reported in, lower case, January and
 * Sunday first; each entry lists the name and its usual short forms. English is `MONTH_PATTERN`'s.
 */
export const MONTH_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  de: [['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'mär'], ['april', 'apr'], ['mai'], ['juni'], ['juli'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  it: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc']],
  es: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'], ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
  pt: [['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez']],
  id: [['januari', 'jan'], ['februari', 'feb'], ['maret', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['agustus', 'agu', 'agt'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
  hi: [['जनवरी'], ['फरवरी', 'फ़रवरी'], ['मार्च'], ['अप्रैल'], ['मई'], ['जून'], ['जुलाई'], ['अगस्त'], ['सितंबर', 'सितम्बर'], ['अक्टूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर']],
};

export const WEEKDAY_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['sunday'], ['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday']],
  de: [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
  it: [['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato']],
  fr: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  es: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
  pt: [['domingo'], ['segunda-feira', 'segunda'], ['terça-feira', 'terça', 'terca-feira'], ['quarta-feira', 'quarta'], ['quinta-feira', 'quinta'], ['sexta-feira', 'sexta'], ['sábado', 'sabado']],
  id: [['minggu', 'ahad'], ['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat', "jum'at"], ['sabtu']],
  hi: [['रविवार'], ['सोमवार'], ['मंगलवार'], ['बुधवार'], ['गुरुवार', 'बृहस्पतिवार'], ['शुक्रवार'], ['शनिवार']],
  ja: [['日曜日', '日曜'], ['月曜日', '月曜'], ['火曜日', '火曜'], ['水曜日', '水曜'], ['木曜日', '木曜'], ['金曜日', '金曜'], ['土曜日', '土曜']],
  ko: [['일요일'], ['월요일'], ['화요일'], ['수요일'], ['목요일'], ['금요일'], ['토요일']],
};

/** 1–12 (or 0–6 for weekdays) for a name in a table, -1 when it is none. */
export function nameIndex(table: Readonly<Record<string, readonly (readonly string[])[]>>, language: string, name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = table[language]?.findIndex((names) => names.includes(lower)) ?? -1;
  return index < 0 ? -1 : table === MONTH_WORDS ? index + 1 : index;
}
