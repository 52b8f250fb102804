/**
 * The size budgets' load paths (scripts/sizes.mjs) on a small built graph held in memory: which
 * chunks a page with one element loads in one language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkLanguage, chunkName, isCatalogueChunk, languages, loadPath } from '../../scripts/sizes.mjs';

const DIR = '/build/cdn';
const FILES: Record<string, string> = {
  [`${DIR}/lio.js`]: 'const e={a:()=>import("./chunks/lio-a-AAAAAAAA.js"),b:()=>import("./chunks/lio-b-BBBBBBBB.js")};export{e as discover};',
  [`${DIR}/chunks/lio-a-AAAAAAAA.js`]:
    'import{r}from"./runtime-R_R-RRRR.js";const m={nl:()=>import("./messages-nl-N1N1N1N1.js"),en:()=>import("./lio-a.en-E1E1E1E1.js")};const c=()=>import("./chart-CCCCCCCC.js");',
  [`${DIR}/chunks/lio-b-BBBBBBBB.js`]: 'import{r}from"./runtime-R_R-RRRR.js";const v=()=>import("./validate-VVVVVVVV.js");',
  [`${DIR}/chunks/runtime-R_R-RRRR.js`]: 'const d={nl:()=>import("./default.nl-DnDnDnDn.js"),en:()=>import("./default.en-DeDeDeDe.js")};const importance="import of data";export{d as r};',
  [`${DIR}/chunks/messages-nl-N1N1N1N1.js`]: 'import"./shared-nl-SSSSSSSS.js";export default{};',
  [`${DIR}/chunks/shared-nl-SSSSSSSS.js`]: 'export default{};',
  [`${DIR}/chunks/lio-a.en-E1E1E1E1.js`]: 'export default{};',
  [`${DIR}/chunks/chart-CCCCCCCC.js`]: 'export default{};',
  [`${DIR}/chunks/validate-VVVVVVVV.js`]: 'import{r}from"./runtime-R_R-RRRR.js";',
  [`${DIR}/chunks/default.nl-DnDnDnDn.js`]: 'export default{};',
  [`${DIR}/chunks/default.en-DeDeDeDe.js`]: 'export default{};',
};
const read = (file: string) => FILES[file] ?? assert.fail(`read an unknown file ${file}`);
const names = (files: string[]) => files.map((file) => file.slice(DIR.length + 1)).sort();

describe('size load paths', () => {
  it('knows the package languages', () => {
    assert.deepEqual(languages(), ['nl', 'en']);
  });

  it('names chunks without their hash and finds their language by the naming rule', () => {
    assert.equal(chunkName(`${DIR}/chunks/runtime-R_R-RRRR.js`), 'runtime');
    assert.equal(chunkLanguage('x/messages-nl-N1N1N1N1.js'), 'nl');
    assert.equal(chunkLanguage('x/lio-a.en-E1E1E1E1.js'), 'en');
    assert.equal(chunkLanguage('x/nl-ABCDEFGH.js'), 'nl');
    assert.equal(chunkLanguage('x/default.nl-DnDnDnDn.js'), 'nl');
    assert.equal(chunkLanguage('x/lio-catalogue-ABCDEFGH.js'), undefined);
    assert.equal(chunkLanguage('x/frenchen-ABCDEFGH.js'), undefined);
    assert.equal(isCatalogueChunk('x/default.en-DeDeDeDe.js'), true);
  });

  it('follows static imports, the element chunk and its chunks of one language only', () => {
    const path = (roots: string[], lang: string) => names(loadPath(roots.map((root) => `${DIR}/${root}`), lang, ['nl', 'en'], read));
    assert.deepEqual(path(['lio.js'], 'nl'), ['lio.js']);
    assert.deepEqual(path(['lio.js', 'chunks/lio-a-AAAAAAAA.js'], 'nl'), [
      'chunks/lio-a-AAAAAAAA.js',
      'chunks/messages-nl-N1N1N1N1.js',
      'chunks/runtime-R_R-RRRR.js',
      'chunks/shared-nl-SSSSSSSS.js',
      'lio.js',
    ]);
    assert.deepEqual(path(['lio.js', 'chunks/lio-a-AAAAAAAA.js'], 'en'), ['chunks/lio-a-AAAAAAAA.js', 'chunks/lio-a.en-E1E1E1E1.js', 'chunks/runtime-R_R-RRRR.js', 'lio.js']);
    // Catalogue data, the schema library and charts are never part of a path.
    assert.deepEqual(path(['lio.js', 'chunks/lio-b-BBBBBBBB.js'], 'nl'), ['chunks/lio-b-BBBBBBBB.js', 'chunks/runtime-R_R-RRRR.js', 'lio.js']);
  });
});
