/**
 * The quick scan's team view (result codes in: pasted, typed, from files or a shared link; bad ones
 * named with the reason; medians, spread and roles out) and the opt-in submission to `submit-url`
 * (the test server's /__submit routes in web-test-runner.config.mjs record what was posted).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LioQuickScan } from '../../components/quick-scan/quick-scan.js';
import { encodeScanCode, type ScanAnswer, type ScanResultJson } from '../../src/core/scan.js';
import type { ScanQuestionSet } from '../../src/core/schema.js';
import { expectAccessible } from './helpers/axe.js';
import { waitFor } from './helpers/frame.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { $, $$, factorTitle, knownAnswers, mountScan, rawCatalogue, resultsOf, text, ws } from './helpers/quick-scan.js';

/** Every statement answered `value`. */
const all = (set: ScanQuestionSet, value: ScanAnswer) => Object.fromEntries(set.statements.map((s) => [s.id, value]));

/** Four respondents: three employees answering 4, 2 and 3 everywhere, and one HR answering 5. */
async function fixtureCodes() {
  const catalogue = await rawCatalogue();
  const set = catalogue.scan;
  const employees = [4, 2, 3].map((v) => encodeScanCode(set, { answers: all(set, v as ScanAnswer), role: 'employee' }));
  const hr = encodeScanCode(set, { answers: all(set, 5), role: 'hr' });
  // The same answers for a question set with other statements: another fingerprint.
  const other = { ...set, statements: set.statements.map((s) => ({ ...s, id: `${s.id}-x` })) };
  const foreign = encodeScanCode(other, { answers: {}, role: 'employee' });
  // One character in the answers changed: the check characters no longer match.
  const i = 12;
  const corrupt = employees[0]!.slice(0, i) + (employees[0]![i] === 'A' ? 'B' : 'A') + employees[0]!.slice(i + 1);
  return { catalogue, set, good: [...employees, hr], employees, hr, foreign, corrupt };
}

const cut = (code: string) => (code.length > 24 ? `${code.slice(0, 24)}…` : code);
const headers = (el: Element) => $$(el, 'table.team-table thead th').map(text);
/** The team table's row for a factor: its cells' text. */
const teamRow = (el: Element, name: string) => [...$$(el, 'table.team-table tbody tr').find((r) => text(r.querySelector('th')) === name)!.children].map(text);

/**
 * Type `value` into the focused field. WebKit's WebDriver drops a character typed right after the
 * same one ("gg" arrives as "g"), so a repeated character goes in a call of its own.
 */
async function typeText(value: string) {
  const parts = value.split(/(?<=(.))(?=\1)/).filter((_, i) => i % 2 === 0);
  for (const part of parts) await sendKeys({ type: part });
}

async function paste(el: LioQuickScan, value: string) {
  $<HTMLTextAreaElement>(el, '#team-codes')!.value = value;
  $<HTMLButtonElement>(el, 'button.team-add')!.click();
  await el.updateComplete;
}

describe('<lio-quick-scan> team view', () => {
  it('adds the valid codes, names the bad ones with reasons, and shows medians, spread and large enough role groups', async () => {
    const { catalogue, good, foreign, corrupt } = await fixtureCodes();
    const el = await mountScan({ attrs: { mode: 'team' } });
    expect(text($(el, '.team-empty'))).to.equal('Nog geen codes. Voeg er hierboven een of meer toe.');
    await paste(el, [...good, 'hallo', foreign, corrupt].join('\n'));
    await waitFor(() => !!$(el, '.team-count'), 'the team summary');
    expect(text($(el, '.team-count'))).to.equal('4 respondenten');
    expect(text($(el, '.team-rejected p'))).to.equal('3 codes konden niet worden gelezen:');
    expect($$(el, '.team-rejected li').map(text)).to.deep.equal([
      '“hallo”: dit is geen resultaatcode',
      `“${cut(foreign)}”: gemaakt met een andere vragenlijst`,
      `“${cut(corrupt)}”: de code is beschadigd of onvolledig`,
    ]);
    expect($(el, '.team-rejected')!.getAttribute('role')).to.equal('alert');
    expect($$(el, 'details.team-codes li code').map(text)).to.deep.equal(good);
    // Employees (3) are shown apart; HR (1) is not, below the default group size of 3.
    expect(headers(el)).to.deep.equal(['Factor', 'Iedereen: Mediaan', 'Spreiding', 'Medewerker (3)']);
    // A factor without reverse statements: 4, 2, 3 and 5 → median 3,5, spread 2,0 to 5,0; employees 3,0.
    const trust = factorTitle(catalogue, 'trust-and-safety');
    expect(teamRow(el, trust)).to.deep.equal([trust, '3,5', '2,0 tot 5,0', '3,0']);
    expect(text($(el, '.team-summary'))).to.contain('1 respondent zonder rol of in een kleine groep telt alleen mee bij “Iedereen”.');
    expect($(el, '.differences')).to.equal(null);
    await waitFor(() => !!$(el, '.chart-box canvas'), 'the team chart');
    await expectAccessible(el, 'team view with data and errors');

    // With groups of 1 allowed, HR is shown apart and the roles differ everywhere.
    el.setAttribute('min-group-size', '1');
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Factor', 'Iedereen: Mediaan', 'Spreiding', 'HR (1)', 'Medewerker (3)']);
    expect(teamRow(el, trust)).to.deep.equal([trust, '3,5', '2,0 tot 5,0', '5,0', '3,0']);
    const differences = $$(el, '.differences li').map(text);
    expect(differences.length).to.be.within(1, 5);
    expect(differences.every((line) => / HR 5,0, Medewerker 3,0\.$/.test(line))).to.equal(true, differences.join(' | '));
    await expectAccessible(el, 'team view with roles');
  });

  it('by keyboard: types codes, adds them, removes one; the count follows', async () => {
    const { good } = await fixtureCodes();
    const el = await mountScan({ attrs: { mode: 'team' } });
    $<HTMLTextAreaElement>(el, '#team-codes')!.focus();
    for (const code of good.slice(0, 3)) {
      await typeText(code);
      await sendKeys({ press: 'Enter' });
    }
    expect($<HTMLTextAreaElement>(el, '#team-codes')!.value.trim().split(/\s+/)).to.deep.equal(good.slice(0, 3));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.team-add'));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text($(el, '.team-count')) === '3 respondenten', 'three codes');
    expect($(el, '.team-rejected')).to.equal(null);
    const summary = $(el, 'details.team-codes summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $<HTMLDetailsElement>(el, 'details.team-codes')!.open, 'the code list to open');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement)).to.equal('Verwijder code 1');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text($(el, '.team-count')) === '2 respondenten', 'two codes left');
    expect($$(el, 'details.team-codes li code').map(text)).to.deep.equal(good.slice(1, 3));
  });

  it('keeps the codes in the saved progress: a new element with the same workspace has them', async () => {
    const { good } = await fixtureCodes();
    const workspace = ws();
    const attrs = { mode: 'team', workspace, persist: 'local' };
    try {
      const first = await mountScan({ attrs });
      await paste(first, good.join(' '));
      await waitFor(() => text($(first, '.team-count')) === '4 respondenten', 'four codes');
      expect(Object.keys(localStorage).some((key) => localStorage.getItem(key)!.includes(good[3]!))).to.equal(true);
      first.remove();
      const second = await mountScan({ attrs });
      await waitFor(() => text($(second, '.team-count')) === '4 respondenten', 'the codes again');
      expect($$(second, 'details.team-codes li code').map(text)).to.deep.equal(good);
    } finally {
      for (const key of Object.keys(localStorage)) if (localStorage.getItem(key)!.includes(good[0]!)) localStorage.removeItem(key);
    }
  });

  it('reads codes from a chosen .txt file', async () => {
    const { good } = await fixtureCodes();
    const el = await mountScan({ attrs: { mode: 'team' } });
    const input = $<HTMLInputElement>(el, 'input#team-files')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([`${good[0]}\r\n${good[1]}\n\nkapot\n`], 'codes.txt', { type: 'text/plain' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => text($(el, '.team-count')) === '2 respondenten', 'the codes from the file');
    expect($$(el, '.team-rejected li').map(text)).to.deep.equal(['“kapot”: dit is geen resultaatcode']);
    expect(input.value).to.equal('');
  });

  it('reads codes from files dropped on the code box, a result JSON file among them', async () => {
    const { good } = await fixtureCodes();
    const el = await mountScan({ attrs: { mode: 'team' } });
    const transfer = new DataTransfer();
    transfer.items.add(new File([good[0]!], 'one.txt', { type: 'text/plain' }));
    transfer.items.add(new File([JSON.stringify({ format: 'lio-scan-result', code: good[1] })], 'result.json', { type: 'application/json' }));
    const box = $(el, '.team-input')!;
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    box.dispatchEvent(over);
    // Without preventDefault on dragover the browser would refuse the drop (or open the file).
    expect(over.defaultPrevented).to.equal(true);
    box.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await waitFor(() => text($(el, '.team-count')) === '2 respondenten', 'the codes from the dropped files');
    expect($$(el, 'details.team-codes li code').map(text)).to.deep.equal([good[0], good[1]]);
    expect($(el, '.team-rejected')).to.equal(null);
  });

  it('opens the team view with the code of a shared link (#lio-scan=…)', async () => {
    const { hr } = await fixtureCodes();
    const before = location.href;
    location.hash = `lio-scan=${hr}`;
    try {
      const el = await mountScan();
      await waitFor(() => text($(el, '.team-count')) === '1 respondent', 'the shared code in the team view');
      expect(el.getAttribute('mode')).to.equal('team');
      expect($$(el, 'details.team-codes li').map(text)[0]).to.equal(`${hr} — HR Verwijder code 1`);
    } finally {
      history.replaceState(null, '', before);
    }
  });
});

describe('<lio-quick-scan> team view: the team outcome in the workspace', () => {
  /** Answers giving every factor of `level` the score `low` and every other factor `high` (reverse statements answered the other way). */
  const scored = (set: ScanQuestionSet, levelOf: Map<string, string>, level: string, low: number, high: number) =>
    Object.fromEntries(set.statements.map((s) => [s.id, (s.reverse ? 6 - (levelOf.get(s.factor) === level ? low : high) : levelOf.get(s.factor) === level ? low : high) as ScanAnswer]));

  it('a summary on show sets the workspace\'s scan to the team\'s outcome: improvement points, strengths, medians, the most given phase, phases per respondent', async () => {
    const raw = (await (await fetch('/catalogue/default.json')).json()) as { scan: ScanQuestionSet; levels: Array<{ id: string; factors: Array<{ id: string }> }> };
    const set = raw.scan;
    const levelOf = new Map(raw.levels.flatMap((l) => l.factors.map((f) => [f.id, l.id] as const)));
    // The factors the scan scores, in the catalogue's order.
    const inScan = new Set(set.statements.map((s) => s.factor));
    const factors = raw.levels.flatMap((l) => l.factors.map((f) => f.id)).filter((id) => inScan.has(id));
    const employeeLevel = factors.filter((id) => levelOf.get(id) === 'employee');
    const others = factors.filter((id) => levelOf.get(id) !== 'employee');
    const codes = [
      encodeScanCode(set, { answers: scored(set, levelOf, 'employee', 2, 4), role: 'employee', phase: 'action' }),
      encodeScanCode(set, { answers: scored(set, levelOf, 'employee', 1, 4), role: 'employee', phase: 'action' }),
      encodeScanCode(set, { answers: scored(set, levelOf, 'employee', 2, 5), role: 'employee', phase: 'selection' }),
      encodeScanCode(set, { answers: scored(set, levelOf, 'employee', 5, 5), role: 'hr' }),
    ];
    const workspace = ws();
    const el = await mountScan({ attrs: { mode: 'team', workspace } });
    expect(getWorkspace(workspace).snapshot.scan, 'nothing written before a summary shows').to.equal(undefined);
    await paste(el, codes.join('\n'));
    await waitFor(() => text($(el, '.team-count')) === '4 respondenten', 'the team summary');
    const phases = { unaware: 0, selection: 1, action: 2, application: 0, continuous: 0 };
    // "employee" factors: 2, 1, 2 and 5 → median 2 (improvement points); the others 4, 4, 5, 5 → 4.5 (strengths).
    expect(getWorkspace(workspace).snapshot.scan).to.deep.equal({
      weakFactors: employeeLevel,
      strengths: others,
      scores: Object.fromEntries(factors.map((id) => [id, levelOf.get(id) === 'employee' ? 2 : 4.5])),
      phase: 'action',
      team: { respondents: 4, phases },
      scanId: 'default',
    });

    // One "action" code less: two phases tie, so no single phase is given; the counts still are.
    $<HTMLDetailsElement>(el, 'details.team-codes')!.open = true;
    await el.updateComplete;
    $$<HTMLButtonElement>(el, 'details.team-codes li button')[0]!.click();
    await waitFor(() => text($(el, '.team-count')) === '3 respondenten', 'three codes');
    const scan = getWorkspace(workspace).snapshot.scan!;
    expect(scan.phase).to.equal(undefined);
    expect(scan.team).to.deep.equal({ respondents: 3, phases: { ...phases, action: 1 } });
    expect(scan.weakFactors).to.deep.equal(employeeLevel);
    // Removing every code leaves the last outcome in place: an empty team view is not a result.
    $<HTMLButtonElement>(el, 'details.team-codes p button')!.click();
    await waitFor(() => !!$(el, '.team-empty'), 'no codes');
    expect(getWorkspace(workspace).snapshot.scan!.team).to.deep.equal({ respondents: 3, phases: { ...phases, action: 1 } });
  });
});

describe('<lio-quick-scan> submission', () => {
  let key = 0;
  const route = (kind: string) => `/__submit/t${Date.now().toString(36)}${key++}/${kind}`;
  const received = async (url: string) => (await (await fetch(url.replace(/[^/]+$/, 'received'))).json()) as Array<{ status: number; type: string; body: string }>;

  /** Count calls to `fetch` while `action` runs; the real fetch still answers. */
  async function countFetches(action: () => Promise<void>): Promise<number> {
    const real = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => (calls++, real(...args));
    try {
      await action();
    } finally {
      window.fetch = real;
    }
    return calls;
  }

  it('sends nothing without consent, then POSTs the lio-scan-complete object once consent is given', async () => {
    const url = route('ok');
    const { el, detail } = await resultsOf({ attrs: { 'submit-url': url } });
    const send = $<HTMLButtonElement>(el, 'button.submit-button')!;
    const consent = $<HTMLInputElement>(el, 'input.consent')!;
    expect(text($(el, '.submit label'))).to.contain(`naar ${location.host} wordt gestuurd`);
    expect(send.disabled).to.equal(true);
    const without = await countFetches(async () => {
      send.click();
      consent.click();
      await el.updateComplete;
      expect(send.disabled).to.equal(false);
      consent.click();
      await el.updateComplete;
      expect(send.disabled).to.equal(true);
      send.click();
      await el.updateComplete;
    });
    expect(without).to.equal(0);
    expect(await received(url)).to.deep.equal([]);
    await expectAccessible(el);

    consent.click();
    await el.updateComplete;
    send.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text($(el, '.submit .notice')) !== '', 'the confirmation');
    expect(text($(el, '.submit .notice'))).to.equal('Verstuurd. Dank u wel.');
    const posts = await received(url);
    expect(posts).to.have.length(1);
    expect(posts[0]!.type).to.equal('application/json');
    expect(JSON.parse(posts[0]!.body) as ScanResultJson).to.deep.equal(detail);
    await expectAccessible(el);
  });

  it('names the HTTP status of a failed submission, keeps the answers, and retries when pressed again', async () => {
    const url = route('fail-1');
    const { el, detail, catalogue } = await resultsOf({ attrs: { 'submit-url': url } });
    $<HTMLInputElement>(el, 'input.consent')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.submit-button')!.click();
    await waitFor(() => !!$(el, '.submit .error-text'), 'the error');
    expect(text($(el, '.submit .error-text'))).to.equal('Versturen is niet gelukt (HTTP 500). Uw antwoorden staan nog hier; probeer het opnieuw.');
    expect($(el, '.submit .error-text')!.getAttribute('role')).to.equal('alert');
    expect(el.answers).to.deep.equal(knownAnswers(catalogue.scan));
    expect($<HTMLInputElement>(el, 'input.consent')!.checked).to.equal(true);
    await expectAccessible(el);

    const retry = $<HTMLButtonElement>(el, 'button.submit-button')!;
    expect(retry.disabled).to.equal(false);
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text($(el, '.submit .notice')) === 'Verstuurd. Dank u wel.', 'the retry to succeed');
    const posts = await received(url);
    expect(posts.map((p) => p.status)).to.deep.equal([500, 204]);
    expect(posts.map((p) => JSON.parse(p.body) as ScanResultJson)).to.deep.equal([detail, detail]);
  });
});
