/**
 * Items merged into another keep working for a visitor who saved or shared them before the merge
 * (catalogue `aliases`): a stored shortlist shows the item that took them in, in their place, and
 * an old deep link opens its detail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { WorkspaceData } from '../../src/elements/workspace-data.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';

let counter = 0;
const uniqueName = () => `aliases-test-${Date.now().toString(36)}-${counter++}`;
const storageKey = (name: string) => `lio-widgets:workspace@2:${name}`;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = (el: LioInterventionFinder, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** A shortlist as an earlier visit stored it, in the workspace's stored form. */
function storeShortlist(name: string, ids: string[]): void {
  const earlier = new WorkspaceData('earlier-visit', () => 1_000);
  earlier.toggle('shortlist', ids, true);
  localStorage.setItem(storageKey(name), JSON.stringify(earlier.toJSON()));
}

async function finder(name: string, attributes = ''): Promise<LioInterventionFinder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // The attributes vary per test (sync-url); set them as a page author writes them.
  wrapper.innerHTML = `<lio-intervention-finder lang="en" workspace="${name}" persist="local" ${attributes}></lio-intervention-finder>`;
  const el = wrapper.querySelector<LioInterventionFinder>('lio-intervention-finder')!;
  await waitFor(() => el.results.length > 0 && !!$(el, '[part="results"]'), 'the finder to show results');
  await el.updateComplete;
  return el;
}

describe('intervention finder: merged items', () => {
  afterEach(() => localStorage.clear());

  it('keeps a saved item that was merged into another: its new home, in its place, counted once', async () => {
    const name = uniqueName();
    storeShortlist(name, ['job-crafting', 'workload-conversation-guide', 'leader-gives-room', 'direction-room-and-backing', 'intrapreneurship']);
    const el = await finder(name);
    expect(el.shortlist).to.deep.equal(['job-crafting', 'workload-conversation', 'direction-room-and-backing', 'intrapreneurship']);
    expect(text($(el, '.shortlist-toggle'))).to.equal('My selection (4)');
    $(el, '.shortlist-toggle')!.click();
    await el.updateComplete;
    const titles = [...el.shadowRoot!.querySelectorAll('#shortlist li .link-button')].map(text);
    expect(titles).to.have.length(4);
    expect(titles[1]).to.match(/workload/i);
    // Stored under the new ids, so the next visit (and a neighbour tab) reads the same list.
    const stored = JSON.parse(localStorage.getItem(storageKey(name))!) as { shortlist: { e: Record<string, unknown[]> } };
    const present = Object.entries(stored.shortlist.e).filter(([, entry]) => entry.length > 2).map(([id]) => id);
    expect(present).to.have.members(el.shortlist);
    await expectAccessible(el);
  });

  it('opens the new home of an old deep link, and the script API takes old ids too', async () => {
    const original = window.location.href;
    window.history.replaceState(null, '', `${window.location.pathname}?lio-q=workload&lio-open=workload-conversation-guide`);
    try {
      const el = await finder(uniqueName(), 'sync-url');
      await waitFor(() => !!$(el, 'dialog[open]'), 'the detail to open');
      expect(el.filters.open).to.equal('workload-conversation');
      expect(text($(el, '.detail-title'))).to.match(/workload/i);
      await expectAccessible(el);
      el.closeIntervention();
      el.openIntervention('leader-gives-room');
      el.addToShortlist('leader-gives-room');
      await el.updateComplete;
      expect(el.filters.open).to.equal('direction-room-and-backing');
      expect(el.shortlist).to.deep.equal(['direction-room-and-backing']);
    } finally {
      window.history.replaceState(null, '', original);
    }
  });
});
