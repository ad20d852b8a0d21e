import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../components/card/card.css?inline';
import comparisonCss from '../../components/comparison.css?inline';
import { startReader } from '../../utils/reader/reader';
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startReader(ctx, `${cardCss}\n${comparisonCss}`);
  },
});
