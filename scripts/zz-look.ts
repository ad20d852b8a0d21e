import { writeFileSync } from 'node:fs';
import { launchWithExtension, pageState, serveFixtures, tabIdFor } from '../tests/e2e/harness';
import bundled from '../assets/dataset.json';
import { dataset } from '../utils/schema';
import { grownDataset } from '../tests/support/grown-dataset';

const out = '/tmp/look';
const main = async () => {
  const server = await serveFixtures();
  const browser = await launchWithExtension();
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1000, height: 1400 });
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByTestId('dataset-summary').waitFor({ timeout: 20_000 });
  if (process.argv.includes('--grown')) {
    writeFileSync('/tmp/look/grown.json', JSON.stringify(grownDataset(dataset.parse(bundled))));
    await options.getByTestId('import-input').setInputFiles('/tmp/look/grown.json');
    await options.getByTestId('action-success').waitFor({ timeout: 30_000 });
  }
  await options.screenshot({ path: `${out}/options.png` });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = server.url('wire-local-news.html');
  await page.goto(url);
  for (let i = 0; i < 50 && !(await pageState(page)).targets.length; i++) await page.waitForTimeout(200);
  const state = await pageState(page);
  console.log(state.targets.slice(0, 4));
  const label = process.argv.find((a) => a.startsWith('--mark='))?.slice(7) ?? 'more than 700,000';
  const index = state.targets.findIndex((t) => t.label.startsWith(label));
  await page.evaluate((i) => {
    const t = document.querySelector('crosscheck-ui')!.shadowRoot!.querySelectorAll<HTMLElement>('.cc-target')[i]!;
    t.scrollIntoView({ block: 'center' });
    window.scrollBy(0, -150);
  }, index);
  await page.waitForTimeout(300);
  await page.evaluate((i) => document.querySelector('crosscheck-ui')!.shadowRoot!.querySelectorAll<HTMLElement>('.cc-target')[i]!.focus(), index);
  await page.waitForTimeout(500);
  const card = await pageState(page);
  console.log('card', card.cardRect, await page.evaluate(() => { const c = document.querySelector('crosscheck-ui')!.shadowRoot!.querySelector<HTMLElement>('.cc-card')!; const s = c.querySelector<HTMLElement>('.cc-card-scroll'); return { h: c.offsetHeight, w: c.offsetWidth, scrollH: s?.scrollHeight, clientH: s?.clientHeight }; }));
  await page.screenshot({ path: `${out}/card.png` });
  const tabId = await tabIdFor(browser.serviceWorker, url);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 1600 });
  await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await panel.getByTestId('article').waitFor();
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: `${out}/panel.png` });
  await browser.close();
  await server.close();
};
main().catch((e) => { console.error(e); process.exit(1); });
