/**
 * The side panel (Chrome) and sidebar (Firefox): one page, which follows the active tab of its
 * window. `sidepanel.html?tab=<tabId>` shows the given tab instead, whichever is active: the
 * browser tests open it that way in an ordinary tab, and it is handy for debugging a page's
 * reading (the tab ids are in the background's session storage, `tab-reading-<id>`).
 */
import { render } from 'preact';
import { PanelApp } from '../../components/panel/PanelApp';
import { fixedTabFrom } from '../../components/panel/follow-tab';
import { getDb } from '../../utils/storage/db';

render(<PanelApp db={getDb()} fixedTabId={fixedTabFrom(location.search)} />, document.getElementById('app')!);
