import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../components/catalogue/lio-catalogue.js';
import type { CatalogueSource } from '../../src/core/schema.js';
import { LioElement } from '../../src/elements/lio-element.js';
import { safeStorage } from '../../src/elements/storage.js';
import { VERSION } from '../../src/elements/version.js';
import { expectAccessible } from './helpers/axe.js';
import { loadFrame, waitFor } from './helpers/frame.js';
import { holdFetch } from './helpers/held-fetch.js';
import './helpers/test-widget.js';
import type { LioTestWidget } from './helpers/test-widget.js';

let tagCounter = 0;
const uniqueTag = () => `lio-infra-${Date.now().toString(36)}-${tagCounter++}`;

describe('LioElement.define', () => {
  it('ignores a second definition by the same version and warns once for another version', () => {
    const tag = uniqueTag();
    class First extends LioElement {}
    class Same extends LioElement {}
    class Other extends LioElement {
      static override readonly version = '99.0.0';
    }
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      First.define(tag);
      const defined = customElements.get(tag);
      expect(() => Same.define(tag)).not.to.throw();
      expect(warnings).to.have.length(0);
      expect(() => Other.define(tag)).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain(`<${tag}> is already defined by version ${VERSION}`);
      expect(String(warnings[0]![0])).to.contain('99.0.0');
      expect(customElements.get(tag)).to.equal(defined);
    } finally {
      console.warn = warn;
    }
  });

  it('warns instead of throwing when the tag belongs to a non-lio element', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends LitElement {});
    const warn = console.warn;
    let warned = 0;
    console.warn = () => warned++;
    try {
      expect(() => LioElement.define(tag)).not.to.throw();
      expect(warned).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });
});

describe('LioElement.emit', () => {
  it('dispatches typed events that bubble out of shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('lio-catalogue');
    // Not a catalogue (the type says so); plain JavaScript hosts can still pass one, and get lio-error.
    el.catalogue = { invalid: true } as unknown as CatalogueSource;
    let received: CustomEvent | undefined;
    document.addEventListener('lio-error', (e) => (received = e), { once: true });
    root.append(el);
    await waitFor(() => received !== undefined, 'lio-error at document');
    expect(received!.bubbles).to.equal(true);
    expect(received!.composed).to.equal(true);
    expect(received!.detail.code).to.equal('catalogue-invalid');
  });
});

describe('language', () => {
  it('follows the element, its nearest [lang] ancestor (also across shadow roots), then the document', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section><lio-test-widget></lio-test-widget></section></div>`);
    const widget = wrapper.querySelector('lio-test-widget')!;
    await waitFor(() => widget.catalogueState.status === 'ready', 'catalogue');
    expect(widget.localize.lang).to.equal('en');
    wrapper.setAttribute('lang', 'nl');
    await waitFor(() => widget.localize.lang === 'nl', 'language to follow the ancestor');
    widget.setAttribute('lang', 'en');
    await waitFor(() => widget.localize.lang === 'en', 'language to follow the element');

    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('lio-test-widget');
    shadow.append(inner);
    await inner.updateComplete;
    expect(inner.localize.lang).to.equal('en');
  });

  it('standalone widgets load the default catalogue in their own language', async () => {
    const widget = await fixture<LioTestWidget>(html`<lio-test-widget lang="en"></lio-test-widget>`);
    await waitFor(() => widget.catalogueState.status === 'ready', 'catalogue');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[data-id="task-rotation"] h3')!.textContent).to.equal('Job rotation');
    widget.lang = 'nl';
    await waitFor(() => widget.shadowRoot!.querySelector('[data-id="task-rotation"] h3')?.textContent === 'Taakroulatie', 'Dutch texts');
  });
});

describe('provider defined after the widget', () => {
  it('waits for the provider instead of falling back to the default catalogue', async () => {
    const frame = await loadFrame('/test/pages/late-provider.html', (win) => win.lioProviderDefined === true);
    try {
      const win = frame.contentWindow as Window & Record<string, unknown>;
      expect(win.lioStateBeforeProvider).to.equal('loading');
      const widget = frame.contentDocument!.getElementById('widget') as LioTestWidget;
      await waitFor(() => widget.catalogueState.status === 'ready', 'the provider catalogue');
      const state = widget.catalogueState;
      expect(state.status === 'ready' && state.catalogue.interventionById.has('task-rotation')).to.equal(false);
    } finally {
      frame.remove();
    }
  });
});

describe('loading state', () => {
  it('shows an accessible skeleton that reserves space before data arrives', async () => {
    // The provider's catalogue is held until the skeleton was checked: the loading state is
    // certain, not a race with a default catalogue chunk that an earlier test already cached.
    const held = holdFetch('/test/fixtures/catalogues/fund-extension.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div><lio-catalogue src="/test/fixtures/catalogues/fund-extension.json"></lio-catalogue></div>`);
    try {
      const widget = document.createElement('lio-test-widget');
      wrapper.firstElementChild!.append(widget);
      await held.requested;
      await widget.updateComplete;
      expect(widget.catalogueState.status).to.equal('loading');
      const skeleton = widget.shadowRoot!.querySelector('[part="skeleton"]');
      expect(skeleton).to.not.equal(null);
      expect(skeleton!.getAttribute('role')).to.equal('status');
      expect(skeleton!.textContent).to.contain('Bezig met laden');
      expect(skeleton!.getBoundingClientRect().height).to.be.greaterThan(100);
      await expectAccessible(widget);
      held.release();
      await waitFor(() => widget.catalogueState.status === 'ready', 'catalogue');
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    } finally {
      held.restore();
      wrapper.remove();
    }
  });
});

describe('storage', () => {
  it('keeps working when the browser refuses storage', () => {
    const failures: unknown[] = [];
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const storage = safeStorage('local', (e) => failures.push(e));
      expect(storage.write('probe', { answers: [1, 2] })).to.equal(false);
      expect(storage.read('probe')).to.deep.equal({ answers: [1, 2] });
      expect(failures).to.have.length(1);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('stores nothing with persist="none"', () => {
    const storage = safeStorage('none');
    storage.write('nothing', 1);
    expect(localStorage.getItem('lio-widgets:nothing')).to.equal(null);
    expect(storage.read('nothing')).to.equal(undefined);
  });

  it('tells the widget once when storage fails, and keeps the value', async () => {
    const widget = await fixture<LioTestWidget>(html`<lio-test-widget></lio-test-widget>`);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      widget.notes.write('mijn notitie');
      widget.notes.write('mijn notitie 2');
      expect(widget.notes.failed).to.equal(true);
      expect(widget.notes.read()).to.equal('mijn notitie 2');
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

// The workspace's tests live in workspace.test.ts.
