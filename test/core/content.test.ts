/**
 * Holds the built-in catalogue to the report: the checked list of items per section
 * (content-expectations.ts), counts per level and evidence kind, complete bilingual texts,
 * sources, phases, every URL of chapters 3–6, and clean ids.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatProblems, loadCatalogue, type Catalogue, type LocalizedText } from '../../src/core/index.js';
import { PER_EVIDENCE, PER_LEVEL, SECTIONS, UNCITED, URLS } from './content-expectations.js';

const source = JSON.parse(readFileSync(new URL('../../catalogue/default.json', import.meta.url), 'utf8'));
const loaded = loadCatalogue(source);
assert.ok(loaded.ok, loaded.ok ? '' : formatProblems(loaded.problems));
const catalogue: Catalogue = loaded.value;
const items = catalogue.interventions;

const count = <T extends string>(values: T[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
/** The sections an item belongs to: one, or two for a tip the report prints twice ("4.2, 4.5"). */
const sectionsOf = (item: { section?: string }) => (item.section ?? '').split(', ').filter(Boolean);
const bilingual = (text: LocalizedText | undefined) => typeof text === 'object' && text.nl.trim() !== '' && !!text.en?.trim();

describe('the catalogue holds every item of chapters 3–6', () => {
  for (const [section, { title, ids }] of Object.entries(SECTIONS)) {
    it(`${section} ${title}: ${ids.length} item(s)`, () => {
      assert.deepEqual(
        items.filter((item) => sectionsOf(item).includes(section)).map((item) => item.id),
        ids,
      );
    });
  }

  it('has no item outside the checked list', () => {
    const listed = new Set(Object.values(SECTIONS).flatMap((s) => s.ids));
    assert.deepEqual(items.filter((item) => !listed.has(item.id)).map((item) => item.id), []);
    assert.ok(items.length > 100, `${items.length} items`);
  });

  it('counts per level and per evidence kind', () => {
    assert.deepEqual(count(items.map((i) => i.level)), PER_LEVEL);
    assert.deepEqual(count(items.map((i) => i.evidence)), PER_EVIDENCE);
  });

  it('places each item at the level of its chapter', () => {
    const chapterLevel: Record<string, string> = { '3': 'task', '4': 'colleagues-and-leader', '5': 'organisation', '6': 'environment' };
    for (const item of items) for (const section of sectionsOf(item)) assert.equal(item.level, chapterLevel[section.split('.')[0]!], item.id);
  });

  it('contains every URL printed in chapters 3–6, and only http(s) links', () => {
    const linked = new Set(items.flatMap((item) => item.links.map((link) => link.url)));
    for (const url of URLS) assert.ok(linked.has(url), url);
    assert.equal(URLS.length, 15);
  });
});

describe('every item is complete', () => {
  it('has Dutch and English title, summary, link labels and study details', () => {
    for (const item of items) {
      assert.ok(bilingual(item.title) && bilingual(item.summary), item.id);
      for (const link of item.links) assert.ok(!link.label || bilingual(link.label), `${item.id} ${link.url}`);
      for (const [key, text] of Object.entries(item.details ?? {})) assert.ok(bilingual(text), `${item.id}.details.${key}`);
    }
  });

  it('has sources, except the items the report prints without a citation', () => {
    const uncited = items.filter((item) => item.sources.length === 0).map((item) => item.id);
    assert.deepEqual(uncited, UNCITED);
    for (const item of items) for (const s of item.sources) assert.equal(s, s.trim(), item.id);
  });

  it('marks expert-session items with their source as printed', () => {
    for (const item of items.filter((i) => i.evidence === 'expert-session')) {
      assert.ok(item.sources.some((s) => /werksessie/i.test(s)), item.id);
    }
  });

  it('has at least one indicative phase and a kind', () => {
    for (const item of items) {
      assert.ok(item.phases.length >= 1, item.id);
      assert.ok(item.kind, item.id);
    }
  });

  it('has unique ids and only related ids that exist (no orphans)', () => {
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
    for (const item of items) for (const id of item.related ?? []) assert.ok(catalogue.interventionById.has(id), `${item.id} → ${id}`);
  });
});

describe('model, phases and evidence', () => {
  it('describes every level and factor in both languages', () => {
    for (const level of catalogue.levels) {
      assert.ok(bilingual(level.title) && bilingual(level.description), level.id);
      for (const factor of level.factors) assert.ok(bilingual(factor.title) && bilingual(factor.description), factor.id);
    }
    const factors = Object.fromEntries(catalogue.levels.map((l) => [l.id, l.factors.map((f) => f.id)]));
    assert.deepEqual(factors, {
      employee: ['personal-traits', 'learning-and-innovative-capability', 'motivation', 'commitment'],
      task: ['task-variety', 'challenging-tasks', 'minimal-division-of-labour', 'job-autonomy', 'demands-control-balance', 'doing-reflecting-balance'],
      'colleagues-and-leader': [
        'trust-and-safety',
        'colleague-support',
        'leader-support',
        'feedback',
        'participation-in-decisions',
        'role-models',
        'multidisciplinary-teams',
        'interaction',
      ],
      organisation: ['long-term-vision', 'transparency', 'formal-and-informal-learning', 'supporting-technology'],
      environment: ['external-orientation', 'mobility'],
    });
  });

  it('gives the five phases and five evidence kinds with plain-language explanations', () => {
    for (const entry of [...catalogue.phases, ...catalogue.evidence]) assert.ok(bilingual(entry.title) && bilingual(entry.description), entry.id);
  });

  it('records the report, how to cite it, the method and the literature-search figures of Table 1', () => {
    assert.equal(catalogue.meta.number, 'TNO 2023 R10401');
    assert.equal(catalogue.meta.year, 2023);
    assert.match(catalogue.meta.citation!, /TNO 2023 R10401/);
    assert.ok(bilingual(catalogue.meta.method) && bilingual(catalogue.meta.about));
    const rows = catalogue.meta.literatureSearch!;
    assert.deepEqual(
      rows.map((r) => [r.factor, r.abstracts, r.includedOnAbstract, r.includedOnFullText]),
      [
        ['task-variety', 79, 9, 9],
        ['demands-control-balance', 93, 18, 10],
        ['colleague-support', 105, 7, 3],
        ['leader-support', 63, 9, 6],
      ],
    );
    const total = rows.reduce((sum, r) => [sum[0]! + r.abstracts, sum[1]! + r.includedOnAbstract, sum[2]! + r.includedOnFullText], [0, 0, 0]);
    assert.deepEqual(total, [340, 43, 28]);
  });
});
