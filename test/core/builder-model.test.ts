/**
 * The embed builder's model (demo/builder-model.js): the controls it reads from the real
 * custom-elements.json, the checks of what an editor types, and the snippet text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { WIDGETS, checkUrl, checkValue, controlsOf, embedOf, snippetCss, snippetHtml } from '../../demo/builder-model.js';

type Manifest = { modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }> };
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as Manifest;
const control = (tag: string, name: string) => controlsOf(manifest, tag).find((c: { name: string }) => c.name === name);
const choice = (tag: string, values: Record<string, unknown>, extra: Partial<{ lang: string; catalogue: { wrap: boolean; src: string } }> = {}) =>
  embedOf(manifest, { tag, values, lang: '', catalogue: { wrap: false, src: '' }, script: '/lio/lio.js', ...extra });

test('every attribute of every widget in the manifest has a control, of the kind its type calls for', () => {
  for (const tag of WIDGETS) {
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!.attributes!.map((a) => a.name);
    assert.deepEqual(controlsOf(manifest, tag).map((c: { name: string }) => c.name), declared, tag);
  }
  assert.deepEqual(control('lio-intervention-finder', 'heading-level'), { ...control('lio-intervention-finder', 'heading-level'), kind: 'choice', values: ['2', '3', '4', '5', '6'], default: '2' });
  assert.equal(control('lio-intervention-finder', 'page-size').kind, 'number');
  assert.equal(control('lio-intervention-finder', 'page-size').max, 10000);
  assert.deepEqual(control('lio-quick-scan', 'persist').values, ['local', 'session', 'none']);
  assert.deepEqual(control('lio-quick-scan', 'layout').values, ['steps', 'single']);
  assert.deepEqual(control('lio-model-diagram', 'theme').values, ['light', 'dark', 'auto']);
  assert.equal(control('lio-maturity-matrix', 'editable').default, true);
  assert.equal(control('lio-maturity-matrix', 'levels').kind, 'ids');
  assert.equal(control('lio-model-diagram', 'selected').kind, 'pick');
});

test('checks what an editor types: URLs, numbers and names', () => {
  assert.deepEqual(checkUrl('javascript:alert(1)', 'catalogue'), { ok: false, code: 'scheme' });
  assert.deepEqual(checkUrl('catalogue.json', 'catalogue'), { ok: false, code: 'relative' });
  assert.deepEqual(checkUrl('/fund/catalogue.json', 'catalogue'), { ok: true, code: 'site-path' });
  assert.deepEqual(checkUrl('https://example.org/c.json', 'catalogue'), { ok: true, code: '' });
  assert.deepEqual(checkUrl('http://example.org/c.json', 'catalogue'), { ok: true, code: 'insecure' });
  assert.deepEqual(checkUrl('https://YOUR-CDN/lio-widgets@1.0.0/dist/cdn/lio.js', 'script'), { ok: true, code: 'placeholder' });
  assert.deepEqual(checkUrl('https://example.org/lio.css', 'script'), { ok: false, code: 'not-js' });
  assert.deepEqual(checkUrl('', 'script'), { ok: false, code: 'empty' });
  assert.deepEqual(checkUrl('interventies/', 'any'), { ok: true, code: 'site-path' });
  assert.deepEqual(checkUrl('/collect', 'http'), { ok: false, code: 'scheme' });
  const pageSize = control('lio-intervention-finder', 'page-size');
  assert.equal(checkValue(pageSize, '10').ok, true);
  assert.equal(checkValue(pageSize, '10001').ok, false);
  assert.equal(checkValue(pageSize, '1.5').ok, false);
  assert.equal(checkValue(control('lio-quick-scan', 'scan-id'), 'a"b').ok, false);
});

test('the snippet: only valid values that differ from the default, escaped, with the language outside', () => {
  const embed = choice('lio-model-diagram', { 'finder-url': '/zoek?a=1&b=2', 'show-counts': true, 'show-scores': false, 'heading-level': '2', theme: 'dark' }, { lang: 'en' });
  assert.equal(
    snippetHtml(embed),
    '<script type="module" src="/lio/lio.js"></script>\n\n<lio-model-diagram lang="en" show-counts finder-url="/zoek?a=1&amp;b=2" theme="dark"></lio-model-diagram>',
  );
  assert.equal(snippetCss(embed), 'lio-model-diagram:not(:defined) { display: block; min-block-size: 640px; }');
  const invalid = choice('lio-intervention-finder', { 'page-size': 'abc', level: [], editable: true });
  assert.equal(snippetHtml(invalid), '<script type="module" src="/lio/lio.js"></script>\n\n<lio-intervention-finder></lio-intervention-finder>');
  const wrapped = choice('lio-maturity-matrix', { editable: false, levels: ['task', 'organisation'] }, { lang: 'nl', catalogue: { wrap: true, src: 'ftp://x/c.json' } });
  assert.equal(
    snippetHtml(wrapped),
    '<script type="module" src="/lio/lio.js"></script>\n\n<lio-catalogue lang="nl">\n  <lio-maturity-matrix levels="task,organisation" editable="false"></lio-maturity-matrix>\n</lio-catalogue>',
  );
  assert.equal(snippetCss(wrapped), 'lio-catalogue:not(:defined) { display: block; min-block-size: 16px; }\nlio-maturity-matrix:not(:defined) { display: block; min-block-size: 720px; }');
});
