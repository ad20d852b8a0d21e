import { describe, expect, it } from 'vitest';
import { readDates, type DateMention } from '../../utils/reading/background/dates';

type Row = [text: string, date: string, precision: DateMention['precision'], relative: boolean];
const rows = (text: string, publishedAt: string | null, language: string | null): Row[] =>
  readDates(text, publishedAt, language).map((d) => [d.text, d.date, d.precision, d.relative]);

// Sentences written for the tests. 2025-01-15 was a Wednesday; 2025-01-13 a Monday.
describe('readDates in the languages of the story', () => {
  it.each<[string | null, string, string, Row[]]>([
    ['de', 'Am Montag meldeten sich Tausende an; das Verbot galt ab dem 19. Januar 2025.', '2025-01-15', [['Montag', '2025-01-13', 'day', true], ['19. Januar 2025', '2025-01-19', 'day', false]]],
    ['de', 'Letzten Freitag entschied das Gericht, gestern lief die Frist ab, im Januar wird gewählt.', '2025-01-20', [['Letzten Freitag', '2025-01-17', 'day', true], ['gestern', '2025-01-19', 'day', true], ['Januar', '2025-01', 'month', true]]],
    ['de', 'Das Gesetz wurde im vergangenen Jahr beschlossen, seit März 2024 gilt es.', '2025-01-20', [['vergangenen Jahr', '2024', 'year', true], ['März 2024', '2024-03', 'month', false]]],
    ['it', 'Lunedì l’app era prima in classifica; il divieto scatta il 19 gennaio.', '2025-01-15', [['Lunedì', '2025-01-13', 'day', true], ['19 gennaio', '2025-01-19', 'day', true]]],
    ['it', 'Venerdì scorso la Corte ha deciso; ieri il presidente ha firmato, e l’anno scorso la legge.', '2025-01-20', [['Venerdì scorso', '2025-01-17', 'day', true], ['ieri', '2025-01-19', 'day', true], ['l’anno scorso', '2024', 'year', true]]],
    ['fr', 'Lundi dernier, l’application était en tête ; l’interdiction du 19 janvier 2025 approche.', '2025-01-15', [['Lundi dernier', '2025-01-13', 'day', true], ['19 janvier 2025', '2025-01-19', 'day', false]]],
    ['fr', 'Hier, le nombre a doublé ; le mois dernier il était faible ; en janvier tout a changé.', '2025-01-15', [['Hier', '2025-01-14', 'day', true], ['le mois dernier', '2024-12', 'month', true], ['janvier', '2025-01', 'month', true]]],
    ['es', 'El lunes pasado la app llegó al primer puesto; la fecha límite es el 19 de enero.', '2025-01-15', [['lunes pasado', '2025-01-13', 'day', true], ['19 de enero', '2025-01-19', 'day', true]]],
    ['es', 'Ayer se publicó el dato; el año pasado fue distinto.', '2025-01-15', [['Ayer', '2025-01-14', 'day', true], ['el año pasado', '2024', 'year', true]]],
    ['pt', 'Na segunda-feira, 13 de janeiro de 2025, o aplicativo chegou ao topo; a segunda vez foi ontem.', '2025-01-15', [['segunda-feira, 13 de janeiro de 2025', '2025-01-13', 'day', false], ['ontem', '2025-01-14', 'day', true]]],
    ['pt', 'A lei foi aprovada em março de 2024 e no ano passado entrou em vigor.', '2025-01-15', [['março de 2024', '2024-03', 'month', false], ['no ano passado', '2024', 'year', true]]],
    ['id', 'Pada hari Senin aplikasi itu menjadi nomor satu; minggu lalu belum.', '2025-01-15', [['Senin', '2025-01-13', 'day', true]]],
    ['id', 'Larangan berlaku 19 Januari 2025; kemarin dan bulan lalu angkanya berbeda.', '2025-01-15', [['19 Januari 2025', '2025-01-19', 'day', false], ['kemarin', '2025-01-14', 'day', true], ['bulan lalu', '2024-12', 'month', true]]],
    ['hi', 'अमेरिका में 19 जनवरी को प्रतिबंध लग सकता है, सोमवार को ऐप नंबर 1 बना।', '2025-01-15', [['19 जनवरी', '2025-01-19', 'day', true], ['सोमवार', '2025-01-13', 'day', true]]],
    ['ja', '月曜日に小紅書が1位になり、1月13日に話題になった。13日には報道も出た。', '2025-01-15', [['月曜日', '2025-01-13', 'day', true], ['1月13日', '2025-01-13', 'day', true], ['13日', '2025-01-13', 'day', true]]],
    ['ja', '昨日、先月の数字を超えた。先週の金曜日にも。過去2日間で急増。', '2025-01-15', [['昨日', '2025-01-14', 'day', true], ['先月', '2024-12', 'month', true], ['先週の金曜日', '2025-01-10', 'day', true]]],
    ['ko', '13일 저녁 앱스토어 1위에 올랐다. 지난 12일 내려받았고, 오는 19일 금지된다.', '2025-01-15', [['13일', '2025-01-13', 'day', true], ['지난 12일', '2025-01-12', 'day', true], ['오는 19일', '2025-01-19', 'day', true]]],
    ['ko', '월요일에 1월 13일 기록, 어제 다시, 지난해와 달리 2025년 1월 15일 발표. 3일간 급증.', '2025-01-15', [['월요일', '2025-01-13', 'day', true], ['1월 13일', '2025-01-13', 'day', true], ['어제', '2025-01-14', 'day', true], ['지난해', '2024', 'year', true], ['2025년 1월 15일', '2025-01-15', 'day', false]]],
    ['ko', '5일 발표된 자료.', '2025-01-02', [['5일', '2024-12-05', 'day', true]]],
    // "this" week's day: Monday to Sunday around publication
    ['ja', '今週の金曜日に判決が出る。', '2025-01-15', [['今週の金曜日', '2025-01-17', 'day', true]]],
    ['ko', '이번 금요일에 판결이 나온다.', '2025-01-15', [['이번 금요일', '2025-01-17', 'day', true]]],
    // Latin-script forms belong to the page's language only: "lundi" is not read on a page of unknown language.
    [null, 'Am Montag; lunedì; lundi; 19 gennaio.', '2025-01-15', []],
  ])('[%s] %s (published %s)', (language, text, publishedAt, expected) => {
    expect(rows(text, publishedAt, language)).toEqual(expected);
  });
});
