import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../utils/reading/background/language';

describe('guessing a page language from its text', () => {
  it.each([
    ['Mehr als 700.000 neue Nutzer haben sich in zwei Tagen bei der App angemeldet, die auch in China sehr beliebt ist.', 'de'],
    ['Oltre 20 milioni di utenti americani hanno cercato alternative e molti sono arrivati sulla piattaforma cinese.', 'it'],
    ['Plus de 700 000 utilisateurs se sont inscrits sur la plateforme chinoise, qui est devenue la plus téléchargée.', 'fr'],
    ['Cerca de 3 millones de estadounidenses se unieron a la red social china en un solo día, según los datos.', 'es'],
    ['Em dois dias, mais de 700.000 novos usuários aderiram ao aplicativo, que não tem nome oficial em inglês.', 'pt'],
    ['Dalam dua hari saja lebih dari 700 ribu pengguna baru bergabung ke platform ini dan itu juga menarik.', 'id'],
    ['More than 700,000 new users joined the app in two days, and it was the most downloaded app on Monday.', 'en'],
    ['小紅書の月間ユーザー数は約3億人とみられています。アメリカのユーザーが移行し始めています。', 'ja'],
    ['미국인들이 대안을 찾아 나섰다. 바로 중국판 인스타그램으로 불리는 샤오훙수다.', 'ko'],
    ['अमेरिका में टिकटॉक पर बैन की तारीख नजदीक आ रही है, और यूजर्स अब नए ऐप पर शिफ्ट हो रहे हैं।', 'hi'],
    ['美国用户涌入小红书，两天新增超过70万用户，中国网友热情地欢迎远道而来的新朋友。', 'zh'],
  ])('%s → %s', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });

  it.each([['700,000 1.234.567 RedNote TikTok'], ['Hi.'], ['RedNote TikTok Lemon8 ByteDance Xiaohongshu app store chart ranking']])('leaves %j unknown', (text) => {
    expect(guessLanguage(text)).toBeNull();
  });
});
