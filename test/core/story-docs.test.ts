/**
 * The Docs pages (stories/docs/*.mdx) show sections of the READMEs; the helper that cuts them must
 * find them, leave out the rest, and fail loudly when a section is renamed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { demoteHeadings, markdownSection, withoutTitle } from '../../stories/helpers/docs.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('cuts one section out of the markdown, up to the next heading of its level', () => {
  const markdown = '# T\n\n## A\na\n### A.1\na1\n## B\nb\n';
  assert.equal(markdownSection(markdown, 'A'), 'a\n### A.1\na1');
  assert.equal(markdownSection(markdown, 'A.1'), 'a1');
  assert.equal(markdownSection(markdown, 'B'), 'b');
  assert.throws(() => markdownSection(markdown, 'C'), /no section "C"/);
  assert.equal(withoutTitle(markdown).split('\n')[0], '## A');
  assert.equal(demoteHeadings('## A\ntext #1\n### B'), '### A\ntext #1\n#### B');
});

test('the sections the Docs pages show exist', () => {
  const theming = markdownSection(read('README.md'), 'Theming');
  assert.match(theming, /--lio-color-accent/);
  for (const page of ['stories/docs/lio-catalogue.mdx', 'stories/docs/lio-intervention-finder.mdx']) {
    const mdx = read(page);
    for (const [, title] of mdx.matchAll(/markdownSection\(readme, '([^']+)'\)/g)) assert.ok(markdownSection(read('README.md'), title!));
    const notes = /import accessibility from '\.\.\/\.\.\/(components\/[^']+)\?raw'/.exec(mdx)?.[1];
    assert.ok(notes, `${page} shows no accessibility notes`);
    assert.match(withoutTitle(read(notes)), /Keyboard/);
  }
});
