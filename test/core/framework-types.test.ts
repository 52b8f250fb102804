/**
 * The rules of scripts/generate-framework-types.mjs, on the real manifest and on small ones: what
 * becomes a prop, how events are named per framework, and that an untyped event is refused. The
 * host apps (scripts/test-hosts.mjs) prove the files work in React and Vue; these say why.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { elementsOf, FILES, reactTypes, vueTypes } from '../../scripts/generate-framework-types.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** The members of one generated interface, by name (`export interface Name { … }`). */
function members(source: string, name: string): string[] {
  const body = new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(source)?.[1];
  assert.ok(body, `interface ${name} is generated`);
  return [...body.matchAll(/^ {2}('?[\w-]+'?)\?:/gm)].map((match) => match[1]!.replaceAll("'", ''));
}

describe('framework types from custom-elements.json', () => {
  const elements = elementsOf(manifest);

  it('the committed files are the generated ones (npm run analyze writes both)', () => {
    for (const [file, generate] of Object.entries(FILES)) {
      assert.equal(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), (generate as typeof reactTypes)(elements), file);
    }
  });

  it('every element is in React JSX and in Vue GlobalComponents', () => {
    const react = reactTypes(elements);
    const vue = vueTypes(elements);
    assert.deepEqual(elements.map((e: { tag: string }) => e.tag), ['lio-catalogue', 'lio-intervention-finder', 'lio-journey-share', 'lio-maturity-matrix', 'lio-model-diagram', 'lio-quick-scan']);
    for (const { tag } of elements) {
      assert.match(react, new RegExp(`^  '${tag}': Omit<DetailedHTMLProps`, 'm'));
      assert.match(vue, new RegExp(`^    '${tag}': DefineComponent<`, 'm'));
    }
  });

  it('props are the writable properties, typed by the class; read-only getters are not props', () => {
    const react = reactTypes(elements);
    const props = members(react, 'LioInterventionFinderReactProps');
    for (const name of ['pageSize', 'syncUrl', 'catalogue', 'messages', 'persist', 'workspace', 'theme', 'headingLevel', 'level']) assert.ok(props.includes(name), name);
    for (const name of ['results', 'shortlist', 'filters', 'catalogueState']) assert.ok(!props.includes(name), `${name} is read-only`);
    assert.match(react, /^ {2}catalogue\?: LioInterventionFinder\['catalogue'\];$/m);
    assert.ok(!members(react, 'LioCatalogueReactProps').includes('value'), 'value is read-only');
  });

  it('React gets attribute spellings (page-size) and onlio-… handlers; Vue gets onLio… handlers', () => {
    const react = members(reactTypes(elements), 'LioInterventionFinderReactProps');
    assert.ok(react.includes('page-size') && react.includes('sync-url') && react.includes('heading-level'));
    assert.ok(react.includes('onlio-shortlist-change') && react.includes('onlio-error'));
    const vue = vueTypes(elements);
    const vueProps = members(vue, 'LioInterventionFinderVueProps');
    assert.ok(!vueProps.includes('page-size'), 'Vue matches page-size to pageSize itself');
    assert.ok(vueProps.includes('onLioShortlistChange') && vueProps.includes('onLioFilterChange'));
    assert.match(vue, /onLioShortlistChange\?: \(event: CustomEvent<LioShortlistChangeDetail>\) => void;/);
  });

  it('event details are imported from the package declarations', () => {
    assert.match(reactTypes(elements), /^import type \{ [^}]*LioShortlistChangeDetail[^}]* \} from '\.\.\/dist\/types\/src\/index\.js';$/m);
  });

  it('refuses an event whose JSDoc type is not CustomEvent<Detail>, and a manifest without elements', () => {
    const element = (type?: string) => ({
      modules: [{ declarations: [{ customElement: true, tagName: 'lio-x', name: 'LioX', events: [{ name: 'lio-x-change', ...(type ? { type: { text: type } } : {}) }] }] }],
    });
    assert.throws(() => elementsOf(element()), /lio-x: event lio-x-change needs a JSDoc type CustomEvent<DetailInterface>/);
    assert.throws(() => elementsOf(element('CustomEvent<{ id: string }>')), /CustomEvent<DetailInterface>/);
    assert.equal(elementsOf(element('CustomEvent<LioXDetail>'))[0].events[0].detail, 'LioXDetail');
    assert.throws(() => elementsOf({ modules: [] }), /lists no custom elements/);
  });

  it('manifest text cannot end a generated comment early', () => {
    const [one] = elementsOf({
      modules: [{ declarations: [{ customElement: true, tagName: 'lio-x', name: 'LioX', members: [{ kind: 'field', name: 'a', description: 'ends */ here' }] }] }],
    });
    assert.match(reactTypes([one]), /\/\*\* ends \*\\\/ here \*\//);
  });
});
