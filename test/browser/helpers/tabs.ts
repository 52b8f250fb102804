/**
 * Several tabs in one test: each "tab" is a same-origin iframe running test/pages/workspace-tab.html,
 * with its own globals and workspace registry but the same localStorage, sessionStorage and
 * BroadcastChannel as a real second tab of the site. Same-origin frames share one event loop, so
 * two calls made in one task happen before either tab hears of the other (a true race), and
 * channel messages arrive in the order they were posted.
 */
import type { getWorkspace } from '../../../src/elements/workspace.js';
import { loadFrame } from './frame.js';

export interface Tab {
  frame: HTMLIFrameElement;
  /** Create widgets here to put them in the tab (the page defines the widgets it imports). */
  doc: Document;
  /** The tab's own `getWorkspace`. */
  getWorkspace: typeof getWorkspace;
}

/** Open a tab; remove `tab.frame` when done. */
export async function openTab(): Promise<Tab> {
  const frame = await loadFrame('/test/pages/workspace-tab.html', (win) => typeof win.lioGetWorkspace === 'function');
  const win = frame.contentWindow as Window & { lioGetWorkspace: typeof getWorkspace };
  return { frame, doc: frame.contentDocument!, getWorkspace: win.lioGetWorkspace };
}

/** Every stored entry of this origin whose value mentions `id` as a JSON string, as `key=value`. */
export const storedMentions = (storage: Storage, id: string): string[] =>
  Object.keys(storage)
    .filter((key) => storage.getItem(key)!.includes(JSON.stringify(id)))
    .map((key) => `${key}=${storage.getItem(key)}`);
