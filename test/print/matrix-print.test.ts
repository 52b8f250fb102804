/**
 * What the maturity matrix prints, read back from a real PDF: headless Chromium prints a host page
 * (test/pages/matrix-print-host.html) after "Afdrukken", `pdftotext` extracts each page's text and
 * `pdfinfo` the page sizes. The grid with its gaps fills page 1 on landscape A4 with no control on
 * it; every action with level, phase, status, owner and note follows. The element is not in the
 * package yet, so the test bundles it with esbuild first. Needs `npm run build` (the catalogue chunks).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { PDFTOTEXT, printEnvironment, root } from './print-env.js';
import { defaultJson } from '../fixtures/catalogues.js';

type Titled = { id: string; title: { nl: string } };
const levels = defaultJson.levels as Titled[];
const phases = defaultJson.phases as Titled[];
const interventions = defaultJson.interventions as Titled[];
const PDFINFO = '/usr/bin/pdfinfo';
const OUT = 'test/generated/matrix-print';

/** Eight actions over five cells: catalogue and own, every status, owners and notes. */
const PLAN = {
  format: 'lio-plan',
  version: 1,
  actions: [
    { id: 'a1', level: 'task', phase: 'action', status: 'running', intervention: 'job-crafting', owner: 'Afdeling HR' },
    { id: 'a2', level: 'task', phase: 'action', status: 'done', title: 'Werkoverleg over taken', note: 'Elke maand, na het teamoverleg.' },
    { id: 'a3', level: 'employee', phase: 'selection', status: 'planned', title: 'Loopbaangesprekken', owner: 'Teamleiders' },
    { id: 'a4', level: 'organisation', phase: 'unaware', status: 'planned', title: 'Visie op leren', note: 'Eerst met de directie bespreken.' },
    { id: 'a5', level: 'organisation', phase: 'unaware', status: 'running', title: 'Leerbudget per team' },
    { id: 'a6', level: 'colleagues-and-leader', phase: 'application', status: 'planned', title: 'Intervisie voor leidinggevenden', owner: 'Opleidingen' },
    { id: 'a7', level: 'environment', phase: 'continuous', status: 'done', title: 'Netwerk met de regio', note: 'Twee keer per jaar een bijeenkomst.' },
    { id: 'a8', level: 'environment', phase: 'continuous', status: 'planned', title: 'Kennisdeling met leveranciers' },
  ],
};
const crafting = interventions.find((i) => i.id === 'job-crafting')!.title.nl;
const titleOf = (action: (typeof PLAN.actions)[number]) => action.title ?? crafting;

const env = printEnvironment('lio-matrix-print-');

before(async () => {
  await build({
    stdin: {
      contents: "import './components/maturity-matrix/lio-maturity-matrix.ts'; export { getWorkspace } from './src/elements/workspace.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(root, OUT),
    entryNames: 'matrix',
    logLevel: 'error',
  });
});

/** The host page `width` px wide with the matrix showing the plan. */
async function hostPage(width: number): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.origin}/test/pages/matrix-print-host.html`);
  await page.evaluate(
    async ([url, plan]) => {
      const { getWorkspace } = (await import(url as string)) as { getWorkspace(name: string): { set(slice: string, value: unknown): void } };
      getWorkspace('matrix-print').set('plan', { default: plan });
      const matrix = document.createElement('lio-maturity-matrix');
      matrix.setAttribute('workspace', 'matrix-print');
      matrix.setAttribute('persist', 'none');
      document.querySelector('#slot')!.append(matrix);
    },
    [`/${OUT}/matrix.js`, PLAN] as const,
  );
  await page.waitForFunction(() => !!document.querySelector('lio-maturity-matrix')?.shadowRoot?.querySelector('[part="grid"]'));
  assert.deepEqual(errors, []);
  return page;
}

/** "Afdrukken", with the browser's print dialog kept shut (page.pdf() stands in for it). */
async function pressPrint(page: Page): Promise<void> {
  await page.evaluate(() => (window.print = () => undefined));
  await page.locator('lio-maturity-matrix [part="toolbar"] button', { hasText: 'Afdrukken' }).click();
  await page.waitForFunction(() => !!document.querySelector('lio-maturity-matrix')!.shadowRoot!.querySelector('.print-list'));
}

/** Print to PDF with the page's own page size (as the browser's print dialog does); each page's text and the pages' sizes in pt. */
async function printed(page: Page, name: string): Promise<{ pages: string[]; sizes: Array<[number, number]> }> {
  const file = join(env.folder, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text
    .split('\f')
    .slice(0, -1)
    .map((pageText) => pageText.replace(/\s+/g, ' '));
  const info = execFileSync(PDFINFO, ['-f', '1', '-l', String(pages.length), file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  return { pages, sizes };
}

describe('printing the maturity matrix (PDF from headless Chromium)', () => {
  for (const width of [1280, 600]) {
    it(`at ${width} px: the grid with its gaps on one landscape A4 page, no controls; every action after it`, async () => {
      const page = await hostPage(width);
      await pressPrint(page);
      const { pages, sizes } = await printed(page, `matrix-${width}`);
      assert.ok(pages.length >= 2, `the grid and the list, got ${pages.length} page(s)`);
      for (const [w, h] of sizes) {
        assert.ok(Math.abs(w - 841.89) < 1 && Math.abs(h - 595.28) < 1, `A4 landscape, got ${w} × ${h} pt`);
      }
      assert.equal(sizes.length, pages.length);
      const [first, ...rest] = pages as [string, ...string[]];
      const after = rest.join(' ');
      for (const level of levels) assert.ok(first.includes(level.title.nl), `level "${level.title.nl}" on page 1`);
      for (const phase of phases) assert.ok(first.includes(phase.title.nl), `phase "${phase.title.nl}" on page 1`);
      // 25 cells, 5 with actions: 20 gaps in words on page 1.
      assert.equal(first.split('nog geen acties').length - 1, 20, 'twenty gaps on page 1');
      for (const action of PLAN.actions) assert.ok(first.includes(titleOf(action)), `"${titleOf(action)}" in the grid`);
      assert.ok(!first.includes('Alle acties'), 'the list starts after the grid');
      assert.ok(after.includes('Alle acties'), 'the list is printed');
      // pdftotext may read the wide note column after the others.
      assert.ok(after.includes('Niveau Fase Actie Soort Status Eigenaar') && after.includes('Notitie'), 'the list has its column heads');
      for (const action of PLAN.actions) {
        assert.ok(after.includes(titleOf(action)), `"${titleOf(action)}" in the list`);
        if (action.owner) assert.ok(after.includes(action.owner), `owner of ${action.id} in the list`);
        if (action.note) assert.ok(after.includes(action.note), `note of ${action.id} in the list`);
      }
      for (const status of ['gepland', 'loopt', 'klaar']) assert.ok(after.includes(status), `status "${status}" in the list`);
      for (const absent of ['JSON downloaden', 'CSV downloaden', 'Plan importeren', 'Afdrukken', 'Actie toevoegen', 'Bewerken', 'Verplaatsen', 'Verwijderen', 'Toelichting']) {
        assert.ok(!pages.join(' ').includes(absent), `"${absent}" is not printed`);
      }
      await page.close();
    });
  }
});
