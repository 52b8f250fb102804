import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../components/catalogue/lio-catalogue.js';
import type { LioCatalogue } from '../../components/catalogue/catalogue.js';
import type { LioCatalogueReadyDetail } from '../../components/catalogue/events.js';
import type { LioErrorDetail } from '../../src/elements/events.js';
import { expectAccessible } from './helpers/axe.js';
import { nextEvent, waitFor } from './helpers/frame.js';
import './helpers/test-widget.js';

const errorText = (el: LioCatalogue) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Render `template` and wait for the first lio-catalogue-ready or lio-error event. */
async function settle(template: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const events: Array<CustomEvent> = [];
  const settled = new Promise<CustomEvent>((resolve) => {
    for (const name of ['lio-catalogue-ready', 'lio-error']) {
      wrapper.addEventListener(name, (e) => {
        events.push(e as CustomEvent);
        resolve(e as CustomEvent);
      });
    }
  });
  render(template, wrapper);
  const event = await settled;
  const el = wrapper.querySelector('lio-catalogue')!;
  await el.updateComplete;
  return { el, event, events };
}

describe('<lio-catalogue>', () => {
  it('provides the built-in catalogue by default and says so', async () => {
    const { el, event } = await settle(html`<lio-catalogue></lio-catalogue>`);
    const detail = event.detail as LioCatalogueReadyDetail;
    expect(event.type).to.equal('lio-catalogue-ready');
    expect(detail.origin).to.equal('default');
    expect(detail.lang).to.equal('nl');
    expect(detail.catalogue.levels).to.have.length(5);
    expect(el.value).to.equal(detail.catalogue);
    expect(el.state.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('gives nested widgets the catalogue through context, in the provider language', async () => {
    const { el } = await settle(html`<lio-catalogue lang="en" src="/test/fixtures/catalogues/fund-extension.json"><lio-test-widget></lio-test-widget></lio-catalogue>`);
    const widget = el.querySelector('lio-test-widget')!;
    await waitFor(() => widget.catalogueState.status === 'ready', 'widget to receive the catalogue');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[data-id="fund-learning-budget"] h3')!.textContent).to.equal("The fund's learning budget");
    expect(widget.shadowRoot!.querySelector('[data-id="task-rotation"]')).to.equal(null);
    // English default texts: the extension was merged over the English chunk.
    expect(widget.shadowRoot!.querySelector('[data-id="job-crafting"] h3')!.textContent).to.equal('Job crafting');
    expect(widget.shadowRoot!.querySelector('[data-id="task-enrichment"] h3')!.textContent).to.equal('Job enrichment');
  });

  it('reads an inline <script type="application/json"> catalogue', async () => {
    const { event, el } = await settle(html`<lio-catalogue
      ><script type="application/json">
        { "schemaVersion": 1, "extends": "default", "remove": ["task-rotation", "task-broadening"] }
      </script></lio-catalogue
    >`);
    const detail = event.detail as LioCatalogueReadyDetail;
    expect(detail.origin).to.equal('inline');
    expect(detail.catalogue.interventionById.has('task-rotation')).to.equal(false);
    expect(el.value!.interventions.length).to.equal(detail.catalogue.interventions.length);
  });

  it('takes a catalogue object through the `catalogue` property, before src and inline JSON', async () => {
    const base = (await settle(html`<lio-catalogue></lio-catalogue>`)).el.value!;
    // One item of the default, without its links to items this catalogue leaves out.
    const { related: _related, ...item } = base.interventions[0]!;
    const own = {
      schemaVersion: 1,
      meta: { title: 'Eigen' },
      levels: base.levels,
      phases: base.phases,
      evidence: base.evidence,
      interventions: [item],
    };
    const { event } = await settle(html`<lio-catalogue src="/nope.json" .catalogue=${own}></lio-catalogue>`);
    const detail = event.detail as LioCatalogueReadyDetail;
    expect(detail.origin).to.equal('property');
    expect(detail.catalogue.interventions.map((i) => i.id)).to.deep.equal([base.interventions[0]!.id]);
  });

  it('shows every validation problem at once, in file order, and fires lio-error with them', async () => {
    // Schema problems (level, phases) and cross-reference problems (the unknown factor, the unknown
    // removal) in one run: the author does not fix the file in rounds.
    const broken = {
      schemaVersion: 1,
      extends: 'default',
      interventions: [{ id: 'x', title: 'X', summary: 'S', level: 'team', factors: ['colleague-suport'], phases: [], evidence: 'practice', sources: [], links: [] }],
      remove: ['task-rotaton'],
    };
    const { el, event } = await settle(html`<lio-catalogue .catalogue=${broken}></lio-catalogue>`);
    const detail = event.detail as LioErrorDetail;
    expect(event.type).to.equal('lio-error');
    expect(detail.code).to.equal('catalogue-invalid');
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['interventions[0].level', 'interventions[0].factors[0]', 'interventions[0].phases', 'remove[0]']);
    expect(detail.problems[1]!.params!['suggestion']).to.equal('colleague-support');
    const items = [...el.shadowRoot!.querySelectorAll('[part="error-problems"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'interventions[0].level: verwacht een van: employee, task, colleagues-and-leader, organisation, environment',
      'interventions[0].factors[0]: onbekende factor "colleague-suport" (bedoelde u "colleague-support"?)',
      'interventions[0].phases: mag niet leeg zijn',
      'remove[0]: verwijdert "task-rotaton", maar die staat niet in de standaardcatalogus (bedoelde u "task-rotation"?)',
    ]);
    const text = errorText(el);
    expect(text).to.contain('De catalogus bevat fouten');
    // Nothing to retry for a file that is wrong.
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expectAccessible(el);
  });

  it('names the scan statement of a problem and gives the scan\'s own problems in Dutch (their wording loads with validation)', async () => {
    const { el, event } = await settle(html`<lio-catalogue src="/test/fixtures/catalogues/scan-bad-scale.json"></lio-catalogue>`);
    expect(event.type).to.equal('lio-error');
    const items = [...el.shadowRoot!.querySelectorAll('[part="error-problems"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'scan.scale.labels: moet precies 5 onderdelen hebben',
      'scan.thresholds.strength: moet 5 of minder zijn',
      'scan.statements[1] (autonomy-2).text: verwacht type text',
    ]);
    const thresholds = await settle(html`<lio-catalogue src="/test/fixtures/catalogues/scan-bad-thresholds.json"></lio-catalogue>`);
    expect(errorText(thresholds.el)).to.contain('de drempel voor een sterk punt (3) moet hoger zijn dan die voor een verbeterpunt (3.5)');
    await expectAccessible(thresholds.el);
  });

  it('gives widgets a site\'s own question set in place of the built-in one', async () => {
    const { event } = await settle(html`<lio-catalogue src="/catalogue/examples/own-scan.json"></lio-catalogue>`);
    expect(event.type).to.equal('lio-catalogue-ready');
    const builtIn = await settle(html`<lio-catalogue></lio-catalogue>`);
    const own = (event.detail as LioCatalogueReadyDetail).catalogue.scan!;
    const standard = (builtIn.event.detail as LioCatalogueReadyDetail).catalogue.scan!;
    expect(own.statements.map((s) => s.id)).to.include('safe-to-report');
    expect(own.statements).to.have.length(6);
    expect(standard.statements.length).to.be.within(25, 40);
  });

  it('reports invalid inline JSON as a problem, not an exception', async () => {
    const { el, event } = await settle(html`<lio-catalogue><script type="application/json">{ "schemaVersion": 1, </script></lio-catalogue>`);
    expect((event.detail as LioErrorDetail).problems[0]!.code).to.equal('invalid-json');
    expect(errorText(el)).to.contain('geen geldige JSON');
  });

  it('explains an unreachable URL in English, and retries from the keyboard', async () => {
    const { el, event } = await settle(html`<div lang="en"><lio-catalogue src="/test/fixtures/catalogues/missing.json"></lio-catalogue></div>`);
    const detail = event.detail as LioErrorDetail;
    expect(detail.code).to.equal('catalogue-unreachable');
    expect(detail.url).to.equal('/test/fixtures/catalogues/missing.json');
    expect(errorText(el)).to.contain('The catalogue could not be loaded from /test/fixtures/catalogues/missing.json.');
    expect(errorText(el)).to.contain('HTTP 404');
    await expectAccessible(el);

    // The fixed URL loads after "Try again", reached and pressed with the keyboard only.
    el.src = '/test/fixtures/catalogues/fund-extension.json';
    await nextEvent(el, 'lio-catalogue-ready');
    el.src = '/test/fixtures/catalogues/missing.json';
    await nextEvent(el, 'lio-error');
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent).to.equal('Try again');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const retried = nextEvent(el, 'lio-error');
    await sendKeys({ press: 'Enter' });
    expect(((await retried) as CustomEvent<LioErrorDetail>).detail.code).to.equal('catalogue-unreachable');
    before.remove();
  });

  it('gives up after `timeout` ms with a translated message and a retry', async () => {
    const realFetch = window.fetch;
    // A server that never answers; it still honours the abort signal like a real fetch.
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    try {
      const { el, event } = await settle(html`<lio-catalogue src="/slow.json" timeout="50"></lio-catalogue>`);
      expect((event.detail as LioErrorDetail).code).to.equal('catalogue-timeout');
      expect(errorText(el)).to.contain('Het laden van de catalogus van /slow.json duurde te lang.');
      expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Opnieuw proberen');
    } finally {
      window.fetch = realFetch;
    }
  });

  for (const timeout of ['abc', '0', '-1', '3000000000', '1.5', '']) {
    it(`refuses timeout="${timeout}" with the error view instead of timing out at once`, async () => {
      const realFetch = window.fetch;
      let fetched = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        fetched++;
        return realFetch(...args);
      };
      try {
        const { el, event, events } = await settle(html`<lio-catalogue src="/test/fixtures/catalogues/fund-extension.json" timeout=${timeout}></lio-catalogue>`);
        const detail = event.detail as LioErrorDetail;
        expect(event.type).to.equal('lio-error');
        expect(detail.code).to.equal('invalid-attribute');
        expect(detail.problems).to.deep.equal([
          { path: 'timeout', code: 'out-of-range', message: 'expected a whole number from 1 to 2147483647', params: { value: timeout, minimum: 1, maximum: 2147483647 } },
        ]);
        expect(errorText(el)).to.contain(`Ongeldige waarde "${timeout}" voor timeout. Geldige waarden: 1–2147483647.`);
        expect(errorText(el)).to.contain('timeout: verwacht een geheel getal van 1 tot en met 2147483647');
        expect(el.state.status).to.equal('error');
        expect(fetched).to.equal(0);
        expect(events).to.have.length(1);
        // Nothing to retry: the page must change the attribute, which loads at once.
        expect(el.shadowRoot!.querySelector('button')).to.equal(null);
        const ready = nextEvent(el, 'lio-catalogue-ready');
        el.setAttribute('timeout', '5000');
        await ready;
        expect(el.state.status).to.equal('ready');
        expect(fetched).to.equal(1);
      } finally {
        window.fetch = realFetch;
      }
    });
  }

  it('a timeout set from script is checked too, and quoted as set', async () => {
    const { el } = await settle(html`<lio-catalogue></lio-catalogue>`);
    const failed = nextEvent<CustomEvent<LioErrorDetail>>(el, 'lio-error');
    el.timeout = Number.NaN;
    const { detail } = await failed;
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.problems[0]!.params!.value).to.equal('NaN');
  });

  it('lists the first problems of a catalogue with hundreds of thousands of them, and counts the rest', async () => {
    const base = (await settle(html`<lio-catalogue></lio-catalogue>`)).el.value!;
    // Nine missing required fields per empty item: 360,000 problems. zod's push(...issues)
    // threw a RangeError beyond about 120,000, and the catalogue stayed "loading" for ever.
    const huge = { schemaVersion: 1, meta: { title: 'Groot' }, levels: base.levels, phases: base.phases, evidence: base.evidence, interventions: Array.from({ length: 40_000 }, () => ({})) };
    const { el, event } = await settle(html`<lio-catalogue .catalogue=${huge}></lio-catalogue>`);
    const detail = event.detail as LioErrorDetail;
    expect(event.type).to.equal('lio-error');
    expect(detail.code).to.equal('catalogue-invalid');
    expect(detail.problems).to.have.length(1001);
    expect(detail.problems[1000]).to.deep.equal({ path: '', code: 'too-many-problems', message: '359000 more problems not listed', params: { count: 359000 } });
    const items = [...el.shadowRoot!.querySelectorAll('[part="error-problems"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    // The view lists the first 20 and counts the other 359,980.
    expect(items).to.have.length(21);
    expect(items[0]).to.equal('interventions[0].id: verwacht type string');
    expect(items[20]).to.contain('359980');
  });

  it('switches the catalogue language when its lang changes', async () => {
    const { el } = await settle(html`<lio-catalogue lang="nl"></lio-catalogue>`);
    expect(el.value!.interventionById.get('task-rotation')!.title).to.equal('Taakroulatie');
    const ready = nextEvent<CustomEvent<LioCatalogueReadyDetail>>(el, 'lio-catalogue-ready');
    el.setAttribute('lang', 'en');
    const { detail } = await ready;
    expect(detail.lang).to.equal('en');
    expect(detail.catalogue.interventionById.get('task-rotation')!.title).to.equal('Job rotation');
  });

  it('is accessible in the dark theme', async () => {
    const { el } = await settle(html`<div class="dark-page"><lio-catalogue theme="dark" .catalogue=${{}}></lio-catalogue></div>`);
    await expectAccessible(el);
  });
});
