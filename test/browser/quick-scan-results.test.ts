/**
 * The quick scan's results as a visitor meets them: the table in Dutch notation, strengths and
 * improvement points in words, recommendations (never a not-effective one), the chart, the
 * shortlist shared with a finder on the page, the workspace result, the CSV and JSON downloads,
 * the result code and its copy, and starting again. The team view and the submission are in
 * quick-scan-team.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/intervention-finder/lio-intervention-finder.js';
import type { LioInterventionFinder } from '../../components/intervention-finder/intervention-finder.js';
import { decodeScanCode } from '../../src/core/scan.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { expectAccessible } from './helpers/axe.js';
import { captureDownload } from './helpers/download.js';
import { nextEvent, waitFor } from './helpers/frame.js';
import { $, $$, buttonLabelled, canvasDrawn, factorTitle, knownAnswers, resultsOf, text } from './helpers/quick-scan.js';

/** A finder in the scan's workspace, placed before the scan. */
const finderIn = (workspace: string) => {
  const finder = document.createElement('lio-intervention-finder');
  finder.setAttribute('workspace', workspace);
  finder.setAttribute('persist', 'none');
  finder.setAttribute('page-size', '50');
  return [finder];
};

/** The table's factor rows: name, score, verdict. */
const tableRows = (el: Element) => $$(el, 'tr[data-verdict]').map((row) => [...row.children].map(text));

describe('<lio-quick-scan> results', () => {
  it('shows each factor in Dutch notation, unscored factors as "niet gescoord", reverse statements reversed, and the verdicts in words', async () => {
    const { el, catalogue } = await resultsOf();
    const name = (id: string) => factorTitle(catalogue, id);
    const rows = tableRows(el);
    const row = (id: string) => rows.find((r) => r[0] === name(id))!;
    // One row per factor of the scan.
    expect(rows).to.have.length(new Set(catalogue.scan.statements.map((s) => s.factor)).size);
    expect(row('challenging-tasks')).to.deep.equal([name('challenging-tasks'), '3,5', 'gemiddeld']);
    expect(row('trust-and-safety')).to.deep.equal([name('trust-and-safety'), '4,5', 'sterk punt']);
    // Reverse-scored: 4 and (reversed 2 →) 4; unreversed this would be 3,0.
    expect(row('motivation')).to.deep.equal([name('motivation'), '4,0', 'sterk punt']);
    expect(row('demands-control-balance')).to.deep.equal([name('demands-control-balance'), '2,0', 'verbeterpunt']);
    expect(row('leader-support')).to.deep.equal([name('leader-support'), '1,5', 'verbeterpunt']);
    // Never 0: "don't know" and unanswered factors are not scored.
    expect(row('task-variety')).to.deep.equal([name('task-variety'), 'niet gescoord', 'niet gescoord']);
    expect(row('mobility')).to.deep.equal([name('mobility'), 'niet gescoord', 'niet gescoord']);
    expect(rows.filter((r) => r[2] === 'gemiddeld').every((r) => r[1] === '3,0' || r[1] === '3,5')).to.equal(true);
    expect(text($(el, '[part="results"] .stage-title'))).to.equal('Uitkomst van de scan');

    // Strengths (≥ 4) strongest first; improvement points (< 3) weakest first.
    expect($$(el, '[part="strengths"] li').map(text)).to.deep.equal([`${name('trust-and-safety')} scoort 4,5: een sterk punt.`, `${name('motivation')} scoort 4,0: een sterk punt.`]);
    const improvements = $$(el, 'li.improvement');
    expect(improvements.map((li) => li.dataset['factor'])).to.deep.equal(['leader-support', 'demands-control-balance']);
    expect(text(improvements[0]!)).to.contain(`${name('leader-support')} scoort 1,5: een verbeterpunt.`);
    expect(text(improvements[1]!)).to.contain(`${name('demands-control-balance')} scoort 2,0: een verbeterpunt.`);

    // Recommendations: interventions for that factor, never a not-effective one; those are named as not recommended.
    for (const li of improvements) {
      const factor = li.dataset['factor']!;
      const recommended = [...li.querySelectorAll<HTMLElement>('[part="recommendation"]')].map((r) => r.dataset['id']!);
      expect(recommended.length).to.be.within(1, 3);
      for (const id of recommended) {
        const item = catalogue.interventions.find((i) => i.id === id)!;
        expect(item.factors).to.include(factor);
        expect(item.evidence).to.not.equal('not-effective');
      }
      const notEffective = catalogue.interventions.filter((i) => i.factors.includes(factor) && i.evidence === 'not-effective');
      expect(notEffective.length).to.be.greaterThan(0);
      expect([...li.querySelectorAll('.not-effective')].map(text)).to.deep.equal(notEffective.map((i) => `Niet aanbevolen: “${i.title.nl}” bleek in onderzoek niet effectief.`));
    }

    // The chart drew, and says in words what is highest and lowest.
    const canvas = $<HTMLCanvasElement>(el, '.chart-box canvas')!;
    await waitFor(() => canvasDrawn(canvas), 'the chart to draw');
    expect(text($(el, '.chart-summary'))).to.contain(`Hoogst: ${name('trust-and-safety')} (4,5). Laagst: ${name('leader-support')} (1,5).`);
    await expectAccessible(el);
  });

  it('passes axe in the dark theme and in English (with English notation)', async () => {
    const dark = await resultsOf({ attrs: { theme: 'dark' } });
    await expectAccessible(dark.el, 'results, dark');
    const { el, catalogue } = await resultsOf({ attrs: { lang: 'en' } });
    expect(text($(el, '[part="results"] .stage-title'))).to.equal('Outcome of the scan');
    const rows = tableRows(el);
    expect(rows.find((r) => r[0] === factorTitle(catalogue, 'challenging-tasks', 'en'))![1]).to.equal('3.5');
    expect(rows.find((r) => r[0] === factorTitle(catalogue, 'mobility', 'en'))![1]).to.equal('not scored');
    expect(text($(el, '.chart-summary'))).to.contain(`Lowest: ${factorTitle(catalogue, 'leader-support', 'en')} (1.5)`);
    await expectAccessible(el, 'results, English');
  });

  it('saves a recommendation by keyboard to the shortlist a finder on the page shows, and filters that finder to the factor', async () => {
    const { el, catalogue } = await resultsOf({ before: finderIn });
    const finder = el.parentElement!.querySelector<LioInterventionFinder>('lio-intervention-finder')!;
    await waitFor(() => !!$(finder, '[part="base"]'), 'the finder to render');
    const toggle = $<HTMLButtonElement>(finder, '.shortlist-toggle')!;
    expect(text(toggle)).to.equal('Mijn selectie (0)');

    const recommendation = $(el, 'li.improvement[data-factor="leader-support"] [part="recommendation"]')!;
    const id = recommendation.dataset['id']!;
    const save = recommendation.querySelector<HTMLButtonElement>('button.save')!;
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    save.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => save.getAttribute('aria-pressed') === 'true', 'the save button to be pressed');
    expect(text(save)).to.equal('Bewaard');
    expect(getWorkspace(el.getAttribute('workspace')!).snapshot.shortlist).to.deep.equal([id]);
    await waitFor(() => text(toggle) === 'Mijn selectie (1)', 'the finder to count it');
    toggle.click();
    await finder.updateComplete;
    expect($$(finder, '#shortlist li .link-button').map(text)).to.deep.equal([catalogue.interventions.find((i) => i.id === id)!.title.nl]);
    // Pressing again takes it off, for both.
    save.focus();
    await sendKeys({ press: ' ' });
    await waitFor(() => save.getAttribute('aria-pressed') === 'false', 'the save button released');
    await waitFor(() => text(toggle) === 'Mijn selectie (0)', 'the finder to drop it');

    // "Toon in de interventiezoeker" without finder-url: the finder here filters to the factor.
    const show = $(el, 'li.improvement[data-factor="leader-support"] > p > .link-button')!;
    expect(text(show)).to.equal(`Toon in de interventiezoeker: ${factorTitle(catalogue, 'leader-support')}`);
    expect(show.localName).to.equal('button');
    show.click();
    const forFactor = catalogue.interventions.filter((i) => i.factors.includes('leader-support')).map((i) => i.id);
    await waitFor(() => text($(finder, '.result-count')) === `${forFactor.length} interventies`, `the finder to show the ${forFactor.length} interventions for the factor`);
    const shown = $$(finder, '[part="result"]').map((card) => card.getAttribute('data-id')!);
    expect(shown).to.have.length(forFactor.length);
    expect(shown.every((card) => forFactor.includes(card))).to.equal(true);
    expect(getWorkspace(el.getAttribute('workspace')!).snapshot.focus?.factor).to.equal('leader-support');
  });

  it('with finder-url links to the finder page instead: ?lio-factor for a factor, ?lio-open inside each recommendation', async () => {
    const { el } = await resultsOf({ attrs: { 'finder-url': '/finder.html' } });
    const improvement = $(el, 'li.improvement[data-factor="demands-control-balance"]')!;
    const link = [...improvement.querySelectorAll<HTMLAnchorElement>(':scope > p > a')].find((a) => text(a).startsWith('Toon in de interventiezoeker'))!;
    expect(link.href).to.equal(new URL('/finder.html?lio-factor=demands-control-balance', location.href).href);
    expect(improvement.querySelector(':scope > p > button.link-button')).to.equal(null);
    for (const rec of improvement.querySelectorAll<HTMLElement>('[part="recommendation"]')) {
      const open = rec.querySelector<HTMLAnchorElement>('details a')!;
      expect(open.href).to.equal(new URL(`/finder.html?lio-open=${rec.dataset['id']}`, location.href).href);
    }
    await expectAccessible(el);
  });

  it('puts the result in the workspace: weak factors weakest first, phase and role', async () => {
    const { el, detail } = await resultsOf({ progress: { role: 'leader', phase: 'action' } });
    const scan = getWorkspace(el.getAttribute('workspace')!).snapshot.scan!;
    expect(scan.weakFactors).to.deep.equal(['leader-support', 'demands-control-balance']);
    expect(scan.weakFactors).to.deep.equal(detail.improvements);
    expect(scan.phase).to.equal('action');
    expect(scan.role).to.equal('leader');
    expect(detail.role).to.equal('leader');
    expect(detail.phase).to.equal('action');
  });

  it('downloads CSV for Dutch Excel (one row per factor) and JSON that is the lio-scan-complete object', async () => {
    const { el, detail, catalogue } = await resultsOf();
    const csv = await captureDownload(() => buttonLabelled(el, 'Download CSV').click());
    expect(csv.name).to.match(/^quickscan-uitkomst.*\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
    expect(lines[0]!.split(';').map((cell) => cell.replace(/"/g, ''))).to.deep.equal(['Niveau', 'Factor', 'Score', 'Gescoorde stellingen', 'Stellingen', 'Uitkomst']);
    expect(lines).to.have.length(detail.factors.length + 1);
    const row = lines.find((line) => line.includes(factorTitle(catalogue, 'challenging-tasks')))!;
    expect(row.split(';').map((cell) => cell.replace(/"/g, ''))).to.deep.equal([catalogue.levels.find((l) => l.factors.some((f) => f.id === 'challenging-tasks'))!.title.nl, factorTitle(catalogue, 'challenging-tasks'), '3,50', '2', '2', 'gemiddeld']);
    expect(lines.find((line) => line.includes(factorTitle(catalogue, 'mobility')))).to.contain('niet gescoord');

    const json = await captureDownload(() => buttonLabelled(el, 'Download JSON').click());
    expect(json.name).to.match(/^quickscan-uitkomst.*\.json$/);
    const parsed = JSON.parse(json.text) as typeof detail;
    expect(parsed).to.deep.equal(detail);
    const decoded = decodeScanCode(catalogue.scan, parsed.code);
    expect(decoded.ok && decoded.value.answers).to.deep.equal(knownAnswers(catalogue.scan));
  });

  it('shows the result code, copies it (or says it could not), and downloads it', async () => {
    const { el, detail } = await resultsOf();
    const field = $<HTMLInputElement>(el, 'input.code-field')!;
    expect(field.value).to.equal(detail.code);
    expect(field.value).to.match(/^lio1\./);
    const status = () => text($(el, '.copy-status'));
    const written: string[] = [];
    let fail = false;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => (fail ? Promise.reject(new DOMException('refused', 'NotAllowedError')) : (written.push(value), Promise.resolve())) },
    });
    try {
      buttonLabelled(el, 'Kopieer code').click();
      await waitFor(() => status() !== '', 'the copy message');
      expect(status()).to.equal('Gekopieerd.');
      expect(written).to.deep.equal([detail.code]);
      buttonLabelled(el, 'Kopieer link').click();
      await waitFor(() => written.length === 2, 'the link copied');
      expect(written[1]).to.equal(`${location.href.split('#')[0]}#lio-scan=${detail.code}`);
      fail = true;
      buttonLabelled(el, 'Kopieer code').click();
      await waitFor(() => status() !== 'Gekopieerd.', 'the failure message');
      expect(status()).to.equal('Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.');
      // The code is selected, to copy by hand.
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(detail.code.length);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    }
    const file = await captureDownload(() => buttonLabelled(el, 'Download code').click());
    expect(file.name).to.match(/\.txt$/);
    expect(file.text.trim()).to.equal(detail.code);
    await expectAccessible(el);
  });

  it('asks before starting again: cancel keeps everything, confirm clears the answers and fires lio-scan-reset', async () => {
    const { el, catalogue } = await resultsOf();
    const reset = $<HTMLButtonElement>(el, 'button.reset')!;
    reset.click();
    await waitFor(() => !!$(el, '.reset-confirm'), 'the confirmation');
    expect(text($(el, '.reset-confirm p'))).to.equal('Al uw antwoorden worden gewist. Weet u het zeker?');
    await waitFor(() => el.shadowRoot!.activeElement === $(el, '.reset-confirm button'), 'focus in the confirmation');
    await expectAccessible(el);
    [...$(el, '.reset-confirm')!.querySelectorAll('button')].find((b) => text(b) === 'Annuleren')!.click();
    await waitFor(() => !$(el, '.reset-confirm'), 'the confirmation to close');
    expect(el.answers).to.deep.equal(knownAnswers(catalogue.scan));
    expect($(el, '[part="results"]')).to.not.equal(null);

    $<HTMLButtonElement>(el, 'button.reset')!.click();
    await waitFor(() => !!$(el, '.reset-confirm button.danger'), 'the confirmation again');
    const fired = nextEvent<CustomEvent<{ scanId: string }>>(el, 'lio-scan-reset');
    $<HTMLButtonElement>(el, '.reset-confirm button.danger')!.click();
    expect((await fired).detail.scanId).to.equal('default');
    await waitFor(() => !!$(el, '[part="intro"]'), 'the intro');
    expect($(el, '.resume')).to.equal(null);
    expect($(el, 'button.start')).to.not.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(getWorkspace(el.getAttribute('workspace')!).snapshot.scanProgress?.['default']).to.equal(undefined);
  });
});
