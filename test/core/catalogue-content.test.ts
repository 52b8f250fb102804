/**
 * One item per distinct action the report describes (issue 9): no two items that say the same
 * thing, and every merge held — the merged ids are gone, their names still find the item that
 * took them in, and nothing points at them any more.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { localize, type Intervention, type Lang } from '../../src/core/index.js';
import { currentIds, readStateFromParams, shortlistRows } from '../../src/core/finder.js';
import { buildSearchIndex, normalize, search } from '../../src/core/search.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);
const items = catalogue.interventions;

/**
 * Items that were merged into another one, and the item that holds them now. A removed id may not
 * come back as an item of its own: its content lives in the item it points at.
 */
export const MERGED: Record<string, string> = {
  // An item that repeats its parent's link and sentence.
  'workload-conversation-guide': 'workload-conversation',
  'getting-things-done': 'weekly-reflection-moment',
  reflectiesite: 'intervision-brainstorm-reflection',
  'tno-webinar-hybrid-working': 'interaction-when-working-hybrid',
  'arboportaal-toolbox-hybrid-working': 'interaction-when-working-hybrid',
  'conversation-guides': 'good-conversation',
  // An umbrella and the children that only spell it out: the children fold into it …
  'leader-gives-direction': 'direction-room-and-backing',
  'leader-gives-room': 'direction-room-and-backing',
  'leader-gives-backing': 'direction-room-and-backing',
  'keep-leaders-informed-of-organisational-developments': 'direction-room-backing-for-leaders-themselves',
  'give-leaders-time-resources-and-kpis-for-development': 'direction-room-backing-for-leaders-themselves',
  'support-and-appreciation-for-leaders': 'direction-room-backing-for-leaders-themselves',
  'informal-conversations': 'good-conversation',
  'development-reviews': 'good-conversation',
  // … or the umbrella goes, where its children are studies of their own.
  'facilitated-peer-support-groups': 'compass-programme',
  'leadership-skills-training': 'supportive-leadership-training',
  // Eight of the nine forms of support for training transfer, listed in the umbrella's details.
  'training-transfer-inform-beforehand': 'training-transfer-supervisor-support',
  'training-transfer-supervisor-joins-or-co-designs': 'training-transfer-supervisor-support',
  'training-transfer-ease-workload-during-training': 'training-transfer-supervisor-support',
  'training-transfer-encourage-sharing-with-colleagues': 'training-transfer-supervisor-support',
  'training-transfer-supervisor-models-new-competences': 'training-transfer-supervisor-support',
  'training-transfer-coaching-and-feedback': 'training-transfer-supervisor-support',
  'training-transfer-accept-mistakes': 'training-transfer-supervisor-support',
  'training-transfer-value-training-and-grant-time': 'training-transfer-supervisor-support',
  // Tips the report prints twice (4.2 and 4.5).
  'role-models-as-formal-mentors': 'formal-mentor-programme',
  'identify-and-strengthen-informal-role-models': 'informal-mentoring',
};

/** The words that carry meaning: 4+ letters, without accents, with a plain plural/inflection ending cut. */
const contentWords = (text: string) =>
  new Set(
    normalize(text)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 4)
      .map((word) => word.replace(/(en|e|s)$/, '')),
  );

/**
 * How much of the shorter item's title and summary the other item already says: the share of the
 * shorter item's content words found in the other's, averaged over Dutch and English. A child that
 * only paraphrases its parent scored 0.51–0.66; a tool with content of its own (the intrapreneurship
 * toolbox next to intrapreneurship) 0.37.
 */
export function overlap(a: Intervention, b: Intervention): number {
  const share = (lang: Lang) => {
    const wa = contentWords(`${localize(a.title, lang)} ${localize(a.summary, lang)}`);
    const wb = contentWords(`${localize(b.title, lang)} ${localize(b.summary, lang)}`);
    const common = [...wa].filter((word) => wb.has(word)).length;
    return common / Math.min(wa.size, wb.size);
  };
  return (share('nl') + share('en')) / 2;
}

/** "Nearly the same text": at least this overlap. */
export const NEAR_DUPLICATE = 0.45;

/** Pairs of items that share a link and nearly the same text. */
export function nearDuplicates(list: readonly Intervention[]): string[] {
  const found: string[] = [];
  for (const [i, a] of list.entries()) {
    for (const b of list.slice(i + 1)) {
      const sharedLink = a.links.some((link) => b.links.some((other) => other.url === link.url));
      if (sharedLink && overlap(a, b) >= NEAR_DUPLICATE) found.push(`${a.id} ~ ${b.id} (${overlap(a, b).toFixed(2)})`);
    }
  }
  return found;
}

/** Sentences of 20 words or more that appear in the summaries of two or more items (a repeated boilerplate). */
export function repeatedSentences(list: readonly Intervention[]): string[] {
  const seen = new Map<string, string[]>();
  for (const item of list) {
    for (const lang of ['nl', 'en'] as const) {
      for (const sentence of localize(item.summary, lang).split(/(?<=[.!?])\s+/)) {
        if (sentence.split(/\s+/).length < 20) continue;
        const key = normalize(sentence);
        seen.set(key, [...(seen.get(key) ?? []), item.id]);
      }
    }
  }
  return [...seen].filter(([, ids]) => new Set(ids).size > 1).map(([sentence, ids]) => `${[...new Set(ids)].join(', ')}: "${sentence}"`);
}

describe('one item per distinct action', () => {
  it('has no two items with the same link and nearly the same text', () => {
    assert.deepEqual(nearDuplicates(items), []);
  });

  it('has no sentence of 20 words or more repeated in two items', () => {
    assert.deepEqual(repeatedSentences(items), []);
  });

  it('finds the near-duplicates the catalogue had before the merge (the measures can fail)', () => {
    const before = load(JSON.parse(readFileSync(new URL('../fixtures/catalogues/before-merge.json', import.meta.url), 'utf8')), catalogue);
    assert.deepEqual(nearDuplicates(before.interventions), [
      'workload-conversation ~ workload-conversation-guide (0.66)',
      'intervision-brainstorm-reflection ~ reflectiesite (0.52)',
      'interaction-when-working-hybrid ~ tno-webinar-hybrid-working (0.57)',
      'interaction-when-working-hybrid ~ arboportaal-toolbox-hybrid-working (0.55)',
    ]);
    const repeated = repeatedSentences(before.interventions);
    assert.equal(repeated.length, 2, repeated.join('\n')); // the training-transfer sentence, in Dutch and in English
    for (const line of repeated) assert.equal(line.split(': ')[0]!.split(', ').length, 8, line);
  });

  it('states the real number of items wherever the docs and the demo give it', () => {
    const stated: Array<[string, RegExp]> = [
      ['../../README.md', /complete catalogue \((\d+) interventions of the report/],
      ['../../catalogue/README.md', /TNO 2023 R10401 \((\d+) items\)/],
      ['../../demo/index.html', /de (\d+) interventies uit het rapport/],
      ['../../demo/index.html', /the report's (\d+) interventions/],
    ];
    for (const [file, pattern] of stated) {
      const match = pattern.exec(readFileSync(new URL(file, import.meta.url), 'utf8'));
      assert.ok(match, `${file}: ${pattern}`);
      assert.equal(Number(match[1]), items.length, file);
    }
  });

  it('keeps tools with a page and content of their own as items', () => {
    for (const id of ['intrapreneurship-toolbox', 'technology-impact-method', 'future-tasks-tool', 'ser-llo-network-overview', 'caop-technology-inspiration-model', 'job-engineering-catalogue']) {
      assert.ok(catalogue.interventionById.has(id), id);
    }
    assert.ok(overlap(catalogue.interventionById.get('intrapreneurship')!, catalogue.interventionById.get('intrapreneurship-toolbox')!) < NEAR_DUPLICATE);
  });
});

describe('the merges hold', () => {
  const before = load(JSON.parse(readFileSync(new URL('../fixtures/catalogues/before-merge.json', import.meta.url), 'utf8')), catalogue);
  const index = { nl: buildSearchIndex(catalogue, 'nl'), en: buildSearchIndex(catalogue, 'en') };

  it('has removed every merged item, and keeps every item it merged into', () => {
    for (const [removed, into] of Object.entries(MERGED)) {
      assert.ok(!catalogue.interventionById.has(removed), `${removed} is gone`);
      assert.ok(catalogue.interventionById.has(into), `${into} is kept`);
    }
    assert.equal(items.length, before.interventions.length - Object.keys(MERGED).length);
  });

  it("finds the item that took a merged one in when a visitor searches the merged item's title", () => {
    for (const [removed, into] of Object.entries(MERGED)) {
      for (const lang of ['nl', 'en'] as const) {
        const text = localize(before.interventionById.get(removed)!.title, lang);
        const top = search(index[lang], { text }).hits.slice(0, 5).map((hit) => hit.item.id);
        assert.ok(top.includes(into), `${lang} "${text}": ${into} in the top five (${top.join(', ')})`);
      }
    }
  });

  it('lists the nine forms of support for training transfer in the details of one item, next to the Govaerts study', () => {
    const item = catalogue.interventionById.get('training-transfer-supervisor-support')!;
    for (const lang of ['nl', 'en'] as const) {
      const forms = localize(item.details!.forms!, lang);
      assert.deepEqual(forms.split('\n').map((line) => line.split('. ')[0]), ['1', '2', '3', '4', '5', '6', '7', '8', '9'], lang);
    }
    assert.ok(item.related!.includes('govaerts-supervisor-support-transfer-study'));
    const section = items.filter((i) => i.section === '4.3.4').map((i) => i.id);
    assert.deepEqual(section, [
      'training-transfer-supervisor-support',
      'training-transfer-supervisor-responsible-and-involved',
      'ghosh-review-supervisor-support-transfer',
      'nijman-supervisor-support-transfer-study',
      'govaerts-supervisor-support-transfer-study',
    ]);
  });

  it('gives a tip the report prints twice one item that belongs to both sections', () => {
    for (const id of ['formal-mentor-programme', 'informal-mentoring']) {
      assert.equal(catalogue.interventionById.get(id)!.section, '4.2, 4.5', id);
    }
  });

  it('keeps the sources of both printings of a repeated tip', () => {
    assert.deepEqual(catalogue.interventionById.get('formal-mentor-programme')!.sources, ['Mathoera, 2020', 'Oprins et al., 2021']);
    assert.deepEqual(catalogue.interventionById.get('informal-mentoring')!.sources, ['Oprins, De Vries, Holster & ’t Hart, 2021', 'Mathoera, 2020']);
  });

  it('keeps every link of a merged item on the item that took it in', () => {
    for (const [removed, into] of Object.entries(MERGED)) {
      const urls = catalogue.interventionById.get(into)!.links.map((link) => link.url);
      for (const link of before.interventionById.get(removed)!.links) assert.ok(urls.includes(link.url), `${removed} → ${into}: ${link.url}`);
    }
  });

  it('has an alias from every merged id to the item that took it in, and no other', () => {
    assert.deepEqual(Object.fromEntries(catalogue.aliases), MERGED);
  });

  it("opens a merged item's new home from an old link, and keeps it on an old shortlist in its place", () => {
    // A shared link that opened a merged item keeps its search and opens the item that took it in (catalogue/README.md, "Merged items").
    const state = readStateFromParams(new URLSearchParams('lio-q=ruimte&lio-open=leader-gives-room'), catalogue);
    assert.equal(state.text, 'ruimte');
    assert.equal(state.open, MERGED['leader-gives-room']);
    // A stored shortlist keeps the merged item as its new home, where it stood.
    const rows = shortlistRows(currentIds(catalogue, ['leader-gives-room', 'job-crafting']), catalogue, 'nl');
    assert.deepEqual(rows.map((row) => row.id), [MERGED['leader-gives-room'], 'job-crafting']);
  });
});
