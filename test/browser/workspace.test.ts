/**
 * The workspace as visitors and hosts rely on it, with the real finder: bad stored values and bad
 * channel messages never blank a widget, simultaneous changes in two widgets or two tabs lose
 * nothing, leaving and rejoining keeps work done elsewhere, and privacy settings hold across tabs.
 *
 * A "tab" is a same-origin iframe (see helpers/tabs.ts). The last block is the kit's on-demand
 * join (`workspaceOnDemand`), as a widget whose first paint does not read the workspace uses it.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import type { WorkspaceController, WorkspaceSource } from '../../src/elements/controllers/workspace.js';
import { LioWorkspaceElement } from '../../src/elements/lio-workspace-element.js';
import type { PersistMode } from '../../src/elements/storage.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { workspaceOnDemand } from '../../src/elements/workspace-on-demand.js';
import './helpers/test-widget.js';
import { loadFrame, nextEvent, waitFor } from './helpers/frame.js';
import { openTab as open, storedMentions, type Tab } from './helpers/tabs.js';

let counter = 0;
const uniqueName = () => `ws-test-${Date.now().toString(36)}-${counter++}`;
const storageKey = (name: string) => `lio-widgets:workspace@2:${name}`;
const oldKey = (name: string) => `lio-widgets:workspace:${name}`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

async function openTab(): Promise<Tab> {
  const tab = await open();
  cleanups.push(() => tab.frame.remove());
  return tab;
}

/** A finder in `tab` (or this page), connected and showing results. */
async function finder(name: string, { tab, persist }: { tab?: Tab; persist?: PersistMode } = {}): Promise<LioInterventionFinder> {
  const doc = tab?.doc ?? document;
  const el = doc.createElement('lio-intervention-finder') as LioInterventionFinder;
  el.setAttribute('workspace', name);
  if (persist) el.setAttribute('persist', persist);
  doc.body.append(el);
  cleanups.push(() => el.remove());
  await waitFor(() => el.results.length > 0 && !!el.shadowRoot?.querySelector('[part="results"]'), 'the finder to show results');
  return el;
}

/** The shortlist as the visitor sees it: the titles' ids in the shortlist section. */
const shownShortlist = (el: LioInterventionFinder) =>
  [...(el.shadowRoot?.querySelectorAll('[part="shortlist"] li') ?? [])].map((li) => li.querySelector('.link-button')?.textContent?.trim());

function captureWarnings(): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  cleanups.push(() => (console.warn = original));
  return warnings;
}

describe('workspace: sharing', () => {
  it('is shared by widgets that are not nested, per name, and stored under a versioned key', async () => {
    const name = uniqueName();
    const a = await finder(name);
    const section = document.createElement('section');
    document.body.append(section);
    cleanups.push(() => section.remove());
    const b = await finder(name);
    section.append(b);
    const other = await finder(uniqueName());
    a.addToShortlist('job-crafting');
    await b.updateComplete;
    expect(shownShortlist(b)).to.deep.equal(['Job crafting']);
    expect(other.shortlist).to.deep.equal([]);
    const stored = JSON.parse(localStorage.getItem(storageKey(name))!);
    expect(Object.keys(stored)).to.deep.equal(['shortlist']);
    expect(Object.keys(stored.shortlist.e)).to.deep.equal(['job-crafting']);
  });
});

describe('workspace: bad stored values', () => {
  it('a stored {"shortlist":5} in the old format does not blank the finder; it is dropped once, with one warning', async () => {
    const name = uniqueName();
    localStorage.setItem(oldKey(name), '{"shortlist":5}');
    const warnings = captureWarnings();
    const el = await finder(name);
    expect(el.shortlist).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(warnings.filter((w) => w.includes('"shortlist"'))).to.have.length(1);
    expect(localStorage.getItem(oldKey(name)), 'the old key is gone after migration').to.equal(null);
    el.addToShortlist('job-crafting');
    await el.updateComplete;
    expect(shownShortlist(el)).to.deep.equal(['Job crafting']);
  });

  it('migrates valid slices of the old format and drops the bad ones', async () => {
    const name = uniqueName();
    localStorage.setItem(oldKey(name), JSON.stringify({ shortlist: ['job-crafting', 'intrapreneurship'], focus: { factor: 5 }, scan: { weakFactors: ['feedback'] } }));
    const warnings = captureWarnings();
    const el = await finder(name);
    expect(el.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship']);
    expect(getWorkspace(name).snapshot.scan).to.deep.equal({ weakFactors: ['feedback'] });
    expect(getWorkspace(name).snapshot.focus).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"focus"');
    expect(localStorage.getItem(oldKey(name))).to.equal(null);
    // The migrated state lives on under the new key: a second tab sees it.
    const other = await finder(name, { tab: await openTab() });
    expect(other.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship']);
  });

  for (const [what, raw] of [
    ['not JSON, in the new format', '{"shortlist":'],
    ['not JSON, in the old format', 'undefined'],
    ['a number instead of slices', '5'],
  ] as const) {
    it(`ignores a stored value that is ${what}`, async () => {
      const name = uniqueName();
      localStorage.setItem(what.includes('old') ? oldKey(name) : storageKey(name), raw);
      const warnings = captureWarnings();
      const el = await finder(name);
      expect(el.shortlist).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      el.addToShortlist('task-rotation');
      await el.updateComplete;
      expect(shownShortlist(el)).to.deep.equal(['Taakroulatie']);
      expect(storedMentions(localStorage, 'task-rotation')).to.have.length(1);
    });
  }

  it('drops each slice of the wrong type, keeps the valid ones, and warns once per slice however often it is read', async () => {
    const name = uniqueName();
    const value = (v: unknown) => ({ v: 1, e: { '': [1, 'elsewhere', v] } });
    localStorage.setItem(
      storageKey(name),
      JSON.stringify({
        shortlist: { v: 1, e: { 'job-crafting': [1, 'elsewhere', 1] } },
        focus: value({ factor: ['feedback'] }),
        scan: value({ weakFactors: 'feedback' }),
        shortlistTypo: 5,
      }),
    );
    const warnings = captureWarnings();
    const a = await finder(name);
    const b = await finder(name);
    expect(a.shortlist).to.deep.equal(['job-crafting']);
    expect(b.shortlist).to.deep.equal(['job-crafting']);
    expect(getWorkspace(name).snapshot).to.deep.equal({ shortlist: ['job-crafting'] });
    expect(warnings.map((w) => /"(\w+)" slice/.exec(w)?.[1]).sort()).to.deep.equal(['focus', 'scan', 'shortlistTypo']);
    expect(warnings[0]).to.match(/^lio-widgets: workspace "ws-test-[^"]+" dropped the "\w+" slice from storage: /);
  });
});

describe('workspace: bad channel messages', () => {
  it('drops malformed messages and bad slices with one warning each, ignores private senders, and takes the good ones', async () => {
    const name = uniqueName();
    const el = await finder(name);
    const warnings = captureWarnings();
    const channel = new BroadcastChannel(`lio-widgets:workspace@2:${name}`);
    cleanups.push(() => channel.close());
    const envelope = { lio: 'workspace', format: 2, persist: 'local', from: 'elsewhere' };
    const now = Date.now();
    channel.postMessage(5);
    channel.postMessage({ lio: 'workspace', format: 1, from: 'x', slices: {} });
    channel.postMessage({ ...envelope, slices: { shortlist: 5, focus: { v: 1, e: { '': [now, 'elsewhere', { factor: ['x'] }] } } } });
    channel.postMessage({ ...envelope, slices: { shortlist: { v: 1, e: { 'task-rotation': ['now', 'elsewhere', 1] } } } });
    channel.postMessage({ ...envelope, persist: 'none', slices: { shortlist: { v: 1, e: { 'task-rotation': [now, 'elsewhere', 1] } } } });
    channel.postMessage({ ...envelope, slices: { shortlist: { v: 1, e: { 'job-crafting': [now, 'elsewhere', 1] } } } });
    // Messages from one sender arrive in order: once the last one is in, all were handled.
    await waitFor(() => el.shortlist.length > 0, 'the valid message');
    await el.updateComplete;
    expect(el.shortlist).to.deep.equal(['job-crafting']);
    expect(shownShortlist(el)).to.deep.equal(['Job crafting']);
    expect(el.shadowRoot!.querySelector('[part="results"]')).to.not.equal(null);
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n')).to.contain('dropped data from another tab: not a workspace message');
    expect(warnings.join('\n')).to.contain('dropped the "shortlist" slice from another tab');
    expect(warnings.join('\n')).to.contain('dropped the "focus" slice from another tab');
    expect(storedMentions(localStorage, 'task-rotation')).to.deep.equal([]);
  });
});

describe('workspace: changes at the same moment', () => {
  it('two widgets on one page adding at once both keep their item', async () => {
    const name = uniqueName();
    const [a, b] = [await finder(name), await finder(name)];
    a.addToShortlist('job-crafting');
    b.addToShortlist('intrapreneurship');
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(a.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship']);
    expect(shownShortlist(b)).to.deep.equal(['Job crafting', 'Intrapreneurship']);
  });

  it('two tabs adding in the same millisecond end with the same list holding both items, also in storage', async () => {
    const name = uniqueName();
    const [tabA, tabB] = [await openTab(), await openTab()];
    const [a, b] = [await finder(name, { tab: tabA }), await finder(name, { tab: tabB })];
    // One task, so both adds happen before either tab hears of the other.
    a.addToShortlist('job-crafting');
    b.addToShortlist('intrapreneurship');
    await waitFor(() => a.shortlist.length === 2 && b.shortlist.length === 2, 'both tabs to hear of the other add');
    expect(a.shortlist).to.deep.equal(b.shortlist);
    expect([...a.shortlist].sort()).to.deep.equal(['intrapreneurship', 'job-crafting']);
    await waitFor(() => shownShortlist(a).length === 2 && shownShortlist(b).length === 2, 'both tabs to show it');
    // A tab opened now reads the same list from storage.
    const c = await finder(name, { tab: await openTab() });
    expect(c.shortlist).to.deep.equal(a.shortlist);
  });

  it('removes and adds in two tabs at once converge', async () => {
    const name = uniqueName();
    const [tabA, tabB] = [await openTab(), await openTab()];
    const [a, b] = [await finder(name, { tab: tabA }), await finder(name, { tab: tabB })];
    a.addToShortlist('job-crafting');
    a.addToShortlist('task-rotation');
    await waitFor(() => b.shortlist.length === 2, 'the adds to reach tab B');
    a.removeFromShortlist('job-crafting');
    b.addToShortlist('intrapreneurship');
    b.removeFromShortlist('task-rotation');
    await waitFor(() => a.shortlist.join() === b.shortlist.join() && a.shortlist.length === 1, 'both tabs to agree');
    expect(a.shortlist).to.deep.equal(['intrapreneurship']);
  });
});

describe('workspace: leaving and rejoining', () => {
  it('a finder that comes back shows what another tab did meanwhile, and its next change keeps it', async () => {
    const name = uniqueName();
    const [tabA, tabB] = [await openTab(), await openTab()];
    const a = await finder(name, { tab: tabA });
    const b = await finder(name, { tab: tabB });
    a.addToShortlist('job-crafting');
    await waitFor(() => b.shortlist.length === 1, 'tab B to hear of the add');
    a.remove(); // an SPA route change
    b.addToShortlist('intrapreneurship');
    b.addToShortlist('task-rotation');
    const back = await finder(name, { tab: tabA });
    expect(back.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship', 'task-rotation']);
    back.addToShortlist('task-enrichment');
    await waitFor(() => b.shortlist.length === 4, 'tab B to hear of the new add');
    expect(b.shortlist).to.deep.equal(back.shortlist);
    const c = await finder(name, { tab: await openTab() });
    expect(c.shortlist).to.deep.equal(back.shortlist);
  });

  it('the same element re-attached shows what was removed elsewhere meanwhile', async () => {
    const name = uniqueName();
    const [tabA, tabB] = [await openTab(), await openTab()];
    const a = await finder(name, { tab: tabA });
    const b = await finder(name, { tab: tabB });
    a.addToShortlist('job-crafting');
    a.addToShortlist('intrapreneurship');
    await waitFor(() => b.shortlist.length === 2, 'tab B to hear of the adds');
    a.remove();
    b.removeFromShortlist('job-crafting');
    tabA.doc.body.append(a);
    await a.updateComplete;
    expect(a.shortlist).to.deep.equal(['intrapreneurship']);
    expect(shownShortlist(a)).to.deep.equal(['Intrapreneurship']);
  });
});

describe('workspace: privacy across tabs', () => {
  for (const persist of ['none', 'session'] as const) {
    it(`a persist="${persist}" tab never reaches localStorage through a default neighbour tab`, async () => {
      const name = uniqueName();
      const [privateTab, defaultTab, witnessTab] = [await openTab(), await openTab(), await openTab()];
      const p = await finder(name, { tab: privateTab, persist });
      const d = await finder(name, { tab: defaultTab });
      const witness = await finder(name, { tab: witnessTab });
      p.addToShortlist('job-crafting');
      d.addToShortlist('intrapreneurship');
      // All tabs share one event loop and messages are delivered in the order they were posted:
      // once the witness has D's add, it would have had P's, had P sent it.
      await waitFor(() => witness.shortlist.length > 0, "the default tab's add in a third tab");
      expect(witness.shortlist).to.deep.equal(['intrapreneurship']);
      expect(d.shortlist).to.deep.equal(['intrapreneurship']);
      expect(p.shortlist, 'a private workspace takes nothing from other tabs either').to.deep.equal(['job-crafting']);
      d.addToShortlist('task-rotation');
      await waitFor(() => witness.shortlist.length === 2, 'the next add');
      expect(storedMentions(localStorage, 'task-rotation')).to.have.length(1);
      expect(storedMentions(localStorage, 'job-crafting')).to.deep.equal([]);
      expect(storedMentions(sessionStorage, 'job-crafting')).to.have.length(persist === 'session' ? 1 : 0);
    });
  }
});

describe('workspace: persist changed after connection', () => {
  it('moves or removes the stored copy at once and stores under the new mode from then on', async () => {
    const name = uniqueName();
    const el = await finder(name);
    el.addToShortlist('job-crafting');
    expect(storedMentions(localStorage, 'job-crafting')).to.have.length(1);

    el.persist = 'session';
    await el.updateComplete;
    expect(storedMentions(localStorage, 'job-crafting')).to.deep.equal([]);
    expect(storedMentions(sessionStorage, 'job-crafting')).to.have.length(1);

    el.setAttribute('persist', 'none');
    await el.updateComplete;
    expect(storedMentions(sessionStorage, 'job-crafting')).to.deep.equal([]);
    el.addToShortlist('intrapreneurship');
    await el.updateComplete;
    expect(shownShortlist(el)).to.deep.equal(['Job crafting', 'Intrapreneurship']);
    expect([...storedMentions(localStorage, 'intrapreneurship'), ...storedMentions(sessionStorage, 'intrapreneurship')]).to.deep.equal([]);

    el.persist = 'local';
    await el.updateComplete;
    el.addToShortlist('task-rotation');
    const stored = storedMentions(localStorage, 'task-rotation');
    expect(stored).to.have.length(1);
    expect(stored[0]).to.contain('"job-crafting"');
  });

  it('one member switching to none removes what was stored for the whole workspace', async () => {
    const name = uniqueName();
    const [a, b] = [await finder(name), await finder(name)];
    a.addToShortlist('job-crafting');
    expect(localStorage.getItem(storageKey(name))).to.not.equal(null);
    b.persist = 'none';
    await b.updateComplete;
    expect(localStorage.getItem(storageKey(name))).to.equal(null);
    a.addToShortlist('intrapreneurship');
    expect(localStorage.getItem(storageKey(name))).to.equal(null);
    expect(b.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship']);
  });

  it('a persist="none" widget joining a stored workspace removes the stored copy', async () => {
    const name = uniqueName();
    const a = await finder(name);
    a.addToShortlist('job-crafting');
    expect(localStorage.getItem(storageKey(name))).to.not.equal(null);
    const b = await finder(name, { persist: 'none' });
    expect(localStorage.getItem(storageKey(name))).to.equal(null);
    expect(b.shortlist).to.deep.equal(['job-crafting']);
  });
});

describe("a widget's own stored data (StorageController)", () => {
  it('follows persist at once: the value moves with the mode and none keeps it only in memory', async () => {
    const widget = document.createElement('lio-test-widget');
    document.body.append(widget);
    cleanups.push(() => widget.remove());
    await widget.updateComplete;
    widget.notes.write('mijn notitie');
    const key = 'lio-widgets:test-widget:notes';
    expect(localStorage.getItem(key)).to.equal('"mijn notitie"');
    widget.persist = 'session';
    await widget.updateComplete;
    expect(localStorage.getItem(key)).to.equal(null);
    expect(sessionStorage.getItem(key)).to.equal('"mijn notitie"');
    widget.setAttribute('persist', 'None');
    await widget.updateComplete;
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(widget.notes.read()).to.equal('mijn notitie');
    widget.notes.write('privé');
    expect(storedMentions(localStorage, 'privé').concat(storedMentions(sessionStorage, 'privé'))).to.deep.equal([]);
    widget.persist = 'local';
    await widget.updateComplete;
    expect(localStorage.getItem(key)).to.equal('"privé"');
  });
});

describe('workspace: persist as written in the page', () => {
  it('takes persist="None" (any case, spaces) as none', async () => {
    const name = uniqueName();
    const a = await finder(name);
    const b = await finder(name, { persist: ' None ' as PersistMode });
    a.addToShortlist('job-crafting');
    expect(b.shortlist).to.deep.equal(['job-crafting']);
    expect(storedMentions(localStorage, 'job-crafting')).to.deep.equal([]);
  });
});

describe('workspace: storage refused', () => {
  it('keeps working when reading storage throws', async () => {
    const name = uniqueName();
    localStorage.setItem(storageKey(name), 'never read');
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    cleanups.push(() => (Storage.prototype.getItem = original));
    const el = document.createElement('lio-intervention-finder');
    el.setAttribute('workspace', name);
    const error = nextEvent<CustomEvent>(el, 'lio-error');
    document.body.append(el);
    cleanups.push(() => el.remove());
    expect((await error).detail.code).to.equal('storage-unavailable');
    await waitFor(() => el.results.length > 0, 'results');
    el.addToShortlist('job-crafting');
    await el.updateComplete;
    expect(shownShortlist(el)).to.deep.equal(['Job crafting']);
    expect(el.shadowRoot!.querySelector('.notice[role="status"]')).to.not.equal(null);
  });

  it('a tab whose storage refuses writes still hands its work to a tab opened later', async () => {
    const name = uniqueName();
    const el = await finder(name);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    cleanups.push(() => (Storage.prototype.setItem = original));
    el.addToShortlist('job-crafting');
    expect(localStorage.getItem(storageKey(name))).to.equal(null);
    // The new tab has its own, working Storage.prototype; it gets the list over the channel.
    const other = await finder(name, { tab: await openTab() });
    await waitFor(() => other.shortlist.length === 1, "the first tab's list");
    expect(other.shortlist).to.deep.equal(['job-crafting']);
  });
});

describe('workspace: across bundles', () => {
  it('reaches another tab running the built script-tag bundle', async () => {
    const name = uniqueName();
    const el = await finder(name);
    // The frame has its own globals, like another tab, and runs the built script-tag bundle.
    const frame = await loadFrame('/test/pages/workspace-peer.html', (win) => typeof win.lioGetWorkspace === 'function');
    cleanups.push(() => frame.remove());
    const peer = (frame.contentWindow as unknown as { lioGetWorkspace: typeof getWorkspace }).lioGetWorkspace(name);
    const leave = peer.join({ persist: 'local', onChange: () => {}, onStorageFailure: () => {} });
    cleanups.push(leave);
    peer.add('shortlist', 'job-crafting');
    await waitFor(() => el.shortlist[0] === 'job-crafting', 'the change from the other bundle');
    el.addToShortlist('intrapreneurship');
    await waitFor(() => peer.snapshot.shortlist?.length === 2, 'the change back');
    expect(peer.snapshot.shortlist).to.deep.equal(['job-crafting', 'intrapreneurship']);
  });
});

/** A widget built from the kit that joins its workspace on demand (as the model diagram does) and shows its shortlist's length. */
class OnDemandWidget extends LioWorkspaceElement {
  static override workspaceSource?: WorkspaceSource = workspaceOnDemand;
  declare public readonly shared: WorkspaceController;
  override render() {
    return html`<p>${(this.shared.state.shortlist ?? []).length}</p>`;
  }
}
/** A widget that says no source: it stays out of every workspace. */
class OutsideWidget extends OnDemandWidget {
  static override workspaceSource = undefined;
}
customElements.define('lio-test-on-demand', OnDemandWidget);
customElements.define('lio-test-outside', OutsideWidget);

describe('workspace: joined on demand (workspaceOnDemand)', () => {
  function mount<T extends OnDemandWidget>(tag: string, name: string): T {
    const el = document.createElement(tag) as T;
    el.setAttribute('workspace', name);
    el.setAttribute('persist', 'none');
    document.body.append(el);
    cleanups.push(() => el.remove());
    return el;
  }

  it('joins when the workspace arrives: empty until then, then the shared state, and changes made elsewhere reach it', async () => {
    const name = uniqueName();
    getWorkspace(name).add('shortlist', 'a');
    const el = mount<OnDemandWidget>('lio-test-on-demand', name);
    expect(el.shared.state, 'nothing before it arrives').to.deep.equal({});
    await el.shared.joined();
    expect(el.shared.state.shortlist).to.deep.equal(['a']);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('1');
    getWorkspace(name).add('shortlist', 'b');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('2');
    el.shared.add('shortlist', 'c');
    expect(getWorkspace(name).snapshot.shortlist).to.deep.equal(['a', 'b', 'c']);
  });

  it('a workspace name changed while it arrives joins the new one; a widget removed meanwhile joins none', async () => {
    const first = uniqueName();
    const second = uniqueName();
    getWorkspace(second).add('shortlist', 'z');
    const el = mount<OnDemandWidget>('lio-test-on-demand', first);
    el.workspace = second;
    await el.updateComplete;
    await el.shared.joined();
    expect(el.shared.state.shortlist).to.deep.equal(['z']);

    const gone = mount<OnDemandWidget>('lio-test-on-demand', second);
    gone.remove();
    await gone.shared.joined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gone.shared.state, 'disconnected: no state').to.deep.equal({});
  });

  it('without a source a widget stays out of every workspace', async () => {
    const name = uniqueName();
    getWorkspace(name).add('shortlist', 'a');
    const el = mount<OutsideWidget>('lio-test-outside', name);
    await el.shared.joined();
    el.shared.add('shortlist', 'b');
    expect(el.shared.state).to.deep.equal({});
    expect(getWorkspace(name).snapshot.shortlist, 'its changes go nowhere').to.deep.equal(['a']);
  });
});
