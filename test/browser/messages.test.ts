/**
 * Messages per widget and per language: lazy loading of the page's language only, no flash of
 * message keys, plurals, and a site's overrides on a widget and through `<lio-catalogue>`.
 *
 * Test order matters here: the first tests use Dutch only, so the lang-switch test can watch the
 * English messages module being requested for the first time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../components/catalogue/lio-catalogue.js';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioCatalogue } from '../../components/catalogue/catalogue.js';
import { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { translateShared, type MessageLoaders } from '../../src/elements/messages/index.js';
import { loadDefaultCatalogue } from '../../src/elements/default-catalogue.js';
import type { LioErrorDetail } from '../../src/elements/events.js';
import { renderErrorView } from '../../src/elements/views/error-view.js';
import { problem } from '../../src/core/problems.js';
import { expectAccessible } from './helpers/axe.js';
import { loadFrame, nextEvent, waitFor } from './helpers/frame.js';

let counter = 0;
const ws = () => `messages-test-${Date.now().toString(36)}-${counter++}`;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const rendered = (el: LioInterventionFinder) => waitFor(() => !!$(el, '[part="base"]'), 'the finder to render');
/** What a message key looks like on screen if one ever leaked: `finder.title`, `error.title`. */
const KEY_ON_SCREEN = /\b(?:finder|error|link)\.[a-z]/;

/** Message module requests of the finder seen so far, by language. */
const finderMessageRequests = (lang: string) =>
  performance.getEntriesByType('resource').filter((entry) => new RegExp(`/components/intervention-finder/messages/${lang}\\.(js|ts)`).test(new URL(entry.name).pathname));

/** Create a finder, watching every state its shadow root passes through from the first render. */
function createWatched(container: Element, setup: (el: LioInterventionFinder) => void = () => {}) {
  const el = document.createElement('lio-intervention-finder');
  el.workspace = ws();
  el.persist = 'none';
  setup(el);
  container.append(el);
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return { el, seen, stop: () => observer.disconnect() };
}

/**
 * A finder (not yet on the page) whose message modules come from `loaders`, so a test can make them
 * fail; defined as `tag`, with a Dutch wrapper to append it to.
 */
async function finderLoading(tag: string, loaders: { messageLoaders?: MessageLoaders; partMessageLoaders?: MessageLoaders }) {
  class LoadingFinder extends LioInterventionFinder {}
  Object.assign(LoadingFinder, loaders);
  LoadingFinder.define(tag);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
  const el = document.createElement(tag) as LioInterventionFinder;
  el.workspace = ws();
  el.persist = 'none';
  return { el, wrapper };
}

describe('messages', () => {
  it('loads only the page language (Dutch) and never shows a message key', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const { el, seen, stop } = createWatched(wrapper);
    await rendered(el);
    stop();
    expect(text($(el, '.title'))).to.equal('Interventies zoeken');
    expect(seen.filter((t) => KEY_ON_SCREEN.test(t)), 'rendered states showing a key').to.deep.equal([]);
    expect(finderMessageRequests('nl')).to.have.length(1);
    expect(finderMessageRequests('en')).to.have.length(0);
  });

  it('an override on the finder changes the visible text, with its own plural forms', async () => {
    const messages = {
      nl: {
        'finder.title': 'Maatregelen zoeken',
        'finder.count': { one: '{count} maatregel', other: '{count} maatregelen' },
      },
    };
    const el = await fixture<LioInterventionFinder>(html`<lio-intervention-finder workspace=${ws()} persist="none" .messages=${messages}></lio-intervention-finder>`);
    await rendered(el);
    expect(text($(el, '.title'))).to.equal('Maatregelen zoeken');
    expect(text($(el, '.result-count'))).to.equal('139 maatregelen');
    // A new value takes effect at once; removing it brings the default back.
    el.messages = { nl: { 'finder.title': 'Aanpakken zoeken' } };
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Aanpakken zoeken');
    el.messages = undefined;
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Interventies zoeken');
  });

  it('an inline <script type="application/json" data-lio-messages> child overrides too (JSON only, CSP-safe)', async () => {
    const el = await fixture<LioInterventionFinder>(html`<lio-intervention-finder workspace=${ws()} persist="none">
      <script type="application/json" data-lio-messages>
        { "nl": { "finder.title": "Maatregelen zoeken", "finder.add": "Onthouden" } }
      </script>
    </lio-intervention-finder>`);
    await rendered(el);
    expect(text($(el, '.title'))).to.equal('Maatregelen zoeken');
    expect(text($(el, '[part="result"] [aria-pressed]'))).to.contain('Onthouden');
  });

  it('overrides given to <lio-catalogue> (property and inline JSON) reach a nested finder', async () => {
    const byTag = { 'lio-intervention-finder': { nl: { 'finder.title': 'Maatregelen van het fonds' } } };
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <lio-catalogue id="a" .messages=${byTag}><lio-intervention-finder workspace=${ws()} persist="none"></lio-intervention-finder></lio-catalogue>
      <lio-catalogue id="b">
        <script type="application/json" data-lio-messages>
          { "lio-intervention-finder": { "nl": { "finder.intro": "Alles wat het fonds vergoedt." } } }
        </script>
        <lio-intervention-finder workspace=${ws()} persist="none"></lio-intervention-finder>
      </lio-catalogue>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('lio-intervention-finder')];
    await rendered(a!);
    await rendered(b!);
    expect(text($(a!, '.title'))).to.equal('Maatregelen van het fonds');
    // The inline messages are not mistaken for an inline catalogue: the default catalogue shows.
    expect(text($(b!, '.intro'))).to.equal('Alles wat het fonds vergoedt.');
    expect(text($(b!, '.result-count'))).to.equal('139 interventies');
    // The finder's own override wins over the catalogue's.
    a!.messages = { nl: { 'finder.title': 'Eigen titel' } };
    await a!.updateComplete;
    expect(text($(a!, '.title'))).to.equal('Eigen titel');
    // A change on the catalogue reaches the finder without reconnecting it.
    const catalogue = wrapper.querySelector<LioCatalogue>('#b')!;
    catalogue.messages = { 'lio-intervention-finder': { nl: { 'finder.intro': 'Nieuwe inleiding.' } } };
    await catalogue.updateComplete;
    await b!.updateComplete;
    expect(text($(b!, '.intro'))).to.equal('Nieuwe inleiding.');
  });

  it('an unknown key fires lio-error (invalid-messages) with the valid keys; the valid part still applies', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('lio-intervention-finder');
    el.workspace = ws();
    el.persist = 'none';
    el.messages = { nl: { 'finder.titel': 'Maatregelen', 'finder.intro': 'Kies een maatregel.' } };
    const error = nextEvent<CustomEvent<LioErrorDetail>>(el, 'lio-error');
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-messages');
    expect(detail.message).to.contain('<lio-intervention-finder>');
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['messages.nl["finder.titel"]']);
    const valid = String(detail.problems[0]!.params?.valid).split(', ');
    // The detail view's keys (messages/parts, loaded with it) are valid too.
    expect(valid).to.include.members(['finder.title', 'finder.count', 'loading', 'error.title', 'finder.detail.sources']);
    expect(detail.problems[0]!.message).to.contain('finder.title');
    await rendered(el);
    expect(text($(el, '.intro'))).to.equal('Kies een maatregel.');
  });

  it('invalid inline JSON is reported and the default wording stays', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<lio-intervention-finder persist="none" workspace="${ws()}"><script type="application/json" data-lio-messages>{ "nl": { "finder.title": </script></lio-intervention-finder>`;
    const el = wrapper.querySelector('lio-intervention-finder')!;
    const { detail } = await nextEvent<CustomEvent<LioErrorDetail>>(el, 'lio-error');
    expect(detail.code).to.equal('invalid-messages');
    expect(detail.problems.map((p) => [p.path, p.code])).to.deep.equal([['data-lio-messages', 'invalid-json']]);
    await rendered(el);
    expect(text($(el, '.title'))).to.equal('Interventies zoeken');
  });

  it('<lio-catalogue> words its own error view from messages["lio-catalogue"]', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const catalogue = document.createElement('lio-catalogue');
    catalogue.messages = { 'lio-catalogue': { nl: { 'error.catalogue-unreachable': 'De fondscatalogus is even niet bereikbaar.', retry: 'Nog eens' } } };
    catalogue.src = '/test/fixtures/catalogues/missing.json';
    const error = nextEvent<CustomEvent<LioErrorDetail>>(catalogue, 'lio-error');
    wrapper.append(catalogue);
    expect((await error).detail.message).to.equal('De fondscatalogus is even niet bereikbaar.');
    await catalogue.updateComplete;
    expect(text($(catalogue, '[part="error"]'))).to.contain('De fondscatalogus is even niet bereikbaar.');
    expect(text($(catalogue, '[part="retry"]'))).to.equal('Nog eens');
  });

  it('an unknown key given through <lio-catalogue> is reported by the nested finder', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: LioErrorDetail[] = [];
    wrapper.addEventListener('lio-error', (event) => errors.push(event.detail));
    const catalogue = document.createElement('lio-catalogue');
    catalogue.messages = { 'lio-intervention-finder': { en: { 'finder.tittle': 'x' } }, finder: {} };
    const el = document.createElement('lio-intervention-finder');
    el.workspace = ws();
    el.persist = 'none';
    catalogue.append(el);
    wrapper.append(catalogue);
    await waitFor(() => errors.length === 2, 'two lio-error events');
    const byPath = errors.flatMap((e) => e.problems.map((p) => [e.code, p.path]));
    expect(byPath).to.have.deep.members([
      ['invalid-messages', 'messages.finder'],
      ['invalid-messages', 'messages["lio-intervention-finder"].en["finder.tittle"]'],
    ]);
  });

  it('switching lang live loads the other language and re-renders, never showing a key', async () => {
    expect(finderMessageRequests('en'), 'English not requested before the switch').to.have.length(0);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const { el, seen, stop } = createWatched(wrapper);
    await rendered(el);
    expect(text($(el, '.title'))).to.equal('Interventies zoeken');
    wrapper.lang = 'en-GB';
    await waitFor(() => text($(el, '.title')) === 'Find interventions', 'the English title');
    await waitFor(() => text($(el, '.result-count')) === '139 interventions', 'the English count');
    stop();
    expect(seen.filter((t) => KEY_ON_SCREEN.test(t)), 'rendered states showing a key').to.deep.equal([]);
    expect(finderMessageRequests('en')).to.have.length(1);
    // Back to Dutch: already loaded, so no new request and no waiting.
    wrapper.lang = 'nl';
    await waitFor(() => text($(el, '.title')) === 'Interventies zoeken', 'the Dutch title again');
    expect(finderMessageRequests('nl')).to.have.length(1);
  });

  it('messages that fail to load show the error view with a retry that loads them again', async () => {
    let calls = 0;
    // The first request fails like a 503 after a redeploy; the second succeeds.
    const flaky = () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../../components/intervention-finder/messages/nl.js'));
    const { el, wrapper } = await finderLoading('lio-flaky-finder', { messageLoaders: { nl: flaky, en: flaky } });
    const error = nextEvent<CustomEvent<LioErrorDetail>>(el, 'lio-error');
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('messages-unavailable');
    expect(detail.problems[0]!.message).to.contain('Failed to fetch');
    await waitFor(() => !!$(el, '[part="error"]'), 'the error view');
    expect(text($(el, '[part="error"]'))).to.contain('De teksten van dit onderdeel konden niet worden geladen.');
    expect(text($(el, '[part="error"]'))).to.not.match(KEY_ON_SCREEN);
    await expectAccessible(el);
    ($(el, '[part="retry"]') as HTMLButtonElement).click();
    await rendered(el);
    expect(calls).to.equal(2);
    expect(text($(el, '.title'))).to.equal('Interventies zoeken');
  });

  it('plural forms are right in Dutch and English (Intl.PluralRules)', async () => {
    const base = await loadDefaultCatalogue('nl');
    if (!base.ok) throw new Error('default catalogue invalid');
    const [keep, ...rest] = base.value.interventions.map((item) => item.id);
    const one = { schemaVersion: 1, extends: 'default', remove: rest };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
      <lio-catalogue .catalogue=${one}><lio-intervention-finder workspace=${ws()} persist="none"></lio-intervention-finder></lio-catalogue>
    </div>`);
    const el = wrapper.querySelector('lio-intervention-finder')!;
    await rendered(el);
    expect(keep).to.be.a('string');
    expect(text($(el, '.result-count'))).to.equal('1 interventie');
    wrapper.lang = 'en';
    await waitFor(() => text($(el, '.result-count')) === '1 intervention', 'the English singular');

    // The error view's "and N more problems", past its 20 listed problems.
    const many = (n: number) => Array.from({ length: n }, (_, i) => problem(`interventions[${i}]`, 'invalid', 'invalid value'));
    const view = await fixture<HTMLDivElement>(html`<div></div>`);
    const moreLine = (lang: 'nl' | 'en', n: number) => {
      render(renderErrorView({ lang, t: (key, params) => translateShared(lang, key, params), message: 'x', problems: many(n) }), view);
      return text(view.querySelector('.error-problems li:last-child'));
    };
    expect(moreLine('nl', 21)).to.equal('en nog 1 probleem');
    expect(moreLine('nl', 23)).to.equal('en nog 3 problemen');
    expect(moreLine('en', 21)).to.equal('and 1 more problem');
    expect(moreLine('en', 23)).to.equal('and 3 more problems');
  });

  it('the script-tag bundle requests only the page language’s message chunk, and applies inline overrides', async () => {
    const frame = await loadFrame('/test/pages/messages-en.html', (win) => !!win.document.querySelector('lio-intervention-finder')?.shadowRoot?.querySelector('[part="base"]'));
    try {
      const win = frame.contentWindow!;
      const chunks = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop()!);
      expect(chunks.filter((name) => /^intervention-finder\.messages\.en-[\w-]+\.js$/.test(name))).to.have.length(1);
      expect(chunks.filter((name) => /\.messages\.nl-/.test(name))).to.deep.equal([]);
      const el = win.document.querySelector('lio-intervention-finder')!;
      expect(text($(el, '.title'))).to.equal('Find measures');
      expect(text($(el, '.intro'))).to.equal('Search and filter every intervention in the TNO report. Each one shows how strong the evidence is.');
    } finally {
      frame.remove();
    }
  });

  describe("a widget's part messages (messages/parts: only its lazy parts show them)", () => {
    const firstId = async () => {
      const base = await loadDefaultCatalogue('nl');
      if (!base.ok) throw new Error('default catalogue invalid');
      return base.value.interventions.find((item) => item.sources.length)!.id;
    };
    const detail = (el: Element) => el.shadowRoot!.querySelector('[part="detail"]');

    it("come with the detail view: a site's override of one applies (only the unknown key is reported), and a switch to English follows, never showing a key", async () => {
      const id = await firstId();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
      const { el, seen, stop } = createWatched(wrapper, (finder) => {
        finder.messages = { nl: { 'finder.detail.sources': 'Literatuur', 'finder.detail.sourcez': 'x' }, en: { 'finder.detail.sources': 'Literature' } };
      });
      const error = nextEvent<CustomEvent<LioErrorDetail>>(el, 'lio-error');
      await rendered(el);
      el.openIntervention(id);
      await waitFor(() => !!detail(el)?.textContent?.includes('Literatuur'), 'the overridden heading in the detail view');
      const { detail: reported } = await error;
      expect(reported.code).to.equal('invalid-messages');
      expect(reported.problems.map((p) => p.path)).to.deep.equal(['messages.nl["finder.detail.sourcez"]']);
      expect(text(detail(el))).to.contain('Over het bewijs');
      wrapper.lang = 'en';
      await waitFor(() => !!detail(el)?.textContent?.includes('About the evidence'), 'the detail view in English');
      expect(text(detail(el))).to.contain('Literature');
      stop();
      expect(seen.filter((t) => KEY_ON_SCREEN.test(t)), 'rendered states showing a key').to.deep.equal([]);
      el.closeIntervention();
    });

    it('that fail to load: an opened item shows the error view with a retry, which opens it once they load', async () => {
      const id = await firstId();
      let broken = true;
      const parts = () => (broken ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../../components/intervention-finder/messages/parts/nl.js'));
      const { el, wrapper } = await finderLoading('lio-partless-finder', { partMessageLoaders: { nl: parts, en: parts } });
      const error = nextEvent<CustomEvent<LioErrorDetail>>(el, 'lio-error');
      wrapper.append(el);
      await rendered(el);
      el.openIntervention(id);
      const { detail: reported } = await error;
      expect(reported.code).to.equal('chunk-unavailable');
      await waitFor(() => !!$(el, '[part="error"]'), 'the error view');
      expect(detail(el), 'no detail without its words').to.equal(null);
      expect(text($(el, '[part="error"]'))).to.not.match(KEY_ON_SCREEN);
      await expectAccessible(el);
      broken = false;
      ($(el, '[part="retry"]') as HTMLButtonElement).click();
      await waitFor(() => !!detail(el)?.textContent?.includes('Over het bewijs'), 'the detail view after the retry');
      expect($(el, '[part="error"]')).to.equal(null);
      el.closeIntervention();
    });
  });
});
