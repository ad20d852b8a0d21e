// First, for its side effect: the cache opens while the rest of the script is evaluated.
import '../utils/background/open-cache';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background/start';

export default defineBackground(() => {
  startBackground();
});
