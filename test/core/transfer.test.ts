/**
 * The toolkit bench's sums (bench/transfer.mjs): which kind each fetched file is, the totals per
 * kind, and the files one element alone adds to a page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KINDS, kindOf, ownFiles, sumByKind } from '../../bench/transfer.mjs';

const RUNTIME = 'dist/cdn/chunks/runtime-AbCdEfGh.js';
const LOADER = 'dist/cdn/lio.js';
const FIRST_LOAD = new Set([LOADER, RUNTIME]);
const file = (path: string, raw: number, gzip: number, brotli: number) => ({ path, raw, gzip, brotli });

describe('toolkit bench: transfer by kind', () => {
  it('tells the page, the first load, lazy parts, catalogue data and the chart apart', () => {
    assert.equal(kindOf('demo/journey.html', FIRST_LOAD), 'page');
    assert.equal(kindOf('themes/dark.css', FIRST_LOAD), 'page');
    assert.equal(kindOf(LOADER, FIRST_LOAD), 'first-load');
    assert.equal(kindOf(RUNTIME, FIRST_LOAD), 'first-load');
    assert.equal(kindOf('dist/cdn/chunks/io-part-Ck1pWKEz.js', FIRST_LOAD), 'lazy-parts');
    assert.equal(kindOf('dist/cdn/chunks/default.nl-DgVRwXes.js', FIRST_LOAD), 'catalogue');
    assert.equal(kindOf('dist/cdn/chunks/scan-chart-A1b2C3d4.js', FIRST_LOAD), 'chart');
    // A catalogue chunk stays catalogue data even if a path listed it.
    assert.equal(kindOf('dist/cdn/chunks/default.en-CQaoTUhl.js', new Set(['dist/cdn/chunks/default.en-CQaoTUhl.js'])), 'catalogue');
  });

  it('sums each kind, counts a file fetched twice once, and keeps empty kinds as zeros', () => {
    const fetched = [
      file('demo/journey.html', 1000, 300, 250),
      file('demo/journey.css', 500, 200, 150),
      file(LOADER, 4000, 1600, 1400),
      file(RUNTIME, 50000, 17000, 15000),
      file(RUNTIME, 50000, 17000, 15000),
      file('dist/cdn/chunks/default.nl-DgVRwXes.js', 90000, 30000, 25000),
      file('dist/cdn/chunks/io-part-Ck1pWKEz.js', 6000, 2400, 2100),
    ];
    const { byKind, total } = sumByKind(fetched, FIRST_LOAD);
    assert.deepEqual(Object.keys(byKind), KINDS.map((kind) => kind.id));
    assert.deepEqual(byKind.page, { raw: 1500, gzip: 500, brotli: 400, files: ['demo/journey.css', 'demo/journey.html'] });
    assert.deepEqual(byKind['first-load'], { raw: 54000, gzip: 18600, brotli: 16400, files: [LOADER, RUNTIME].sort() });
    assert.equal(byKind['lazy-parts'].gzip, 2400);
    assert.equal(byKind.catalogue.gzip, 30000);
    assert.deepEqual(byKind.chart, { raw: 0, gzip: 0, brotli: 0, files: [] });
    assert.deepEqual(total, { raw: 151500, gzip: 51500, brotli: 43900, files: 6 });
  });

  it('finds the files only one element needs', () => {
    const scan = [LOADER, RUNTIME, 'dist/cdn/chunks/lio-quick-scan-X.js', 'dist/cdn/chunks/quick-scan.messages.nl-Y.js'];
    const finder = [LOADER, RUNTIME, 'dist/cdn/chunks/lio-intervention-finder-Z.js'];
    const diagram = [LOADER, RUNTIME, 'dist/cdn/chunks/lio-model-diagram-W.js', 'dist/cdn/chunks/quick-scan.messages.nl-Y.js'];
    assert.deepEqual(ownFiles(scan, [finder]), ['dist/cdn/chunks/lio-quick-scan-X.js', 'dist/cdn/chunks/quick-scan.messages.nl-Y.js']);
    assert.deepEqual(ownFiles(scan, [finder, diagram]), ['dist/cdn/chunks/lio-quick-scan-X.js']);
    assert.deepEqual(ownFiles(scan, []), scan);
  });
});
