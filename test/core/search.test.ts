import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EVIDENCE_IDS,
  EVIDENCE_STRENGTH,
  LEVEL_IDS,
  PHASE_IDS,
  localize,
  type Catalogue,
  type Intervention,
  type Lang,
} from '../../src/core/index.js';
import {
  SORT_ORDERS,
  buildSearchIndex,
  highlight,
  normalize,
  search,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../../src/core/search.js';
import { defaultJson, load } from '../fixtures/catalogues.js';
import { RELEVANCE_CASES } from '../fixtures/relevance.js';

const catalogue = load(defaultJson);
const nl = buildSearchIndex(catalogue, 'nl');
const en = buildSearchIndex(catalogue, 'en');

const ids = (result: SearchResult) => result.hits.map((hit) => hit.item.id);
const idSet = (index: SearchIndex, query: SearchQuery) => new Set(ids(search(index, query)));
const title = (item: Intervention, lang: Lang) => localize(item.title, lang);

/** Every text the engine searches for an item, in one language. */
function searchableTexts(item: Intervention, lang: Lang): string[] {
  return [
    localize(item.title, lang),
    localize(item.summary, lang),
    ...Object.values(item.details ?? {}).map((text) => (text === undefined ? '' : localize(text, lang))),
    ...item.sources,
    ...item.links.map((link) => (link.label ? localize(link.label, lang) : '')),
    ...item.factors.map((id) => localize(catalogue.factorById.get(id)!.title, lang)),
  ];
}

/** Whether `highlight` marks a word for `term` somewhere in the item's searchable text. */
const marks = (item: Intervention, lang: Lang, term: string) =>
  searchableTexts(item, lang).some((text) => highlight(text, [term]).some((segment) => segment.match));

/**
 * A small catalogue of our own (the default with every item removed and these added), for
 * behaviour the default content does not pin down.
 */
function fixture(items: Array<Partial<Intervention> & { id: string; title: Intervention['title'] }>): Catalogue {
  return load(
    {
      schemaVersion: 1,
      extends: 'default',
      remove: catalogue.interventions.map((item) => item.id),
      interventions: items.map((item) => ({
        summary: 'Een voorbeeld.',
        level: 'task',
        factors: ['task-variety'],
        phases: ['action'],
        evidence: 'practice',
        sources: [],
        links: [],
        ...item,
      })),
    },
    catalogue,
  );
}

/** A catalogue JSON with every `{ nl, en }` text replaced by the plain string of one language. */
function resolved(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => resolved(v, lang));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const text = value as Record<string, unknown>;
    if (typeof text.nl === 'string' && keys.every((k) => k === 'nl' || k === 'en')) return (text[lang] as string | undefined) ?? text.nl;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolved(v, lang)]));
  }
  return value;
}

describe('normalize', () => {
  it('lower-cases and strips diacritics', () => {
    assert.equal(normalize('Creëer'), 'creeer');
    assert.equal(normalize('Ideeënbus'), 'ideeenbus');
    assert.equal(normalize('COÖRDINATIE'), 'coordinatie');
    assert.equal(normalize('Vîrgă & Gründemann, Nylén'), 'virga & grundemann, nylen');
    assert.equal(normalize('Plain ASCII text 2024'), 'plain ascii text 2024');
    assert.equal(normalize(''), '');
  });
});

describe('highlight', () => {
  const join = (segments: Array<{ text: string }>) => segments.map((s) => s.text).join('');
  const marked = (segments: Array<{ text: string; match: boolean }>) => segments.filter((s) => s.match).map((s) => s.text);

  it('gives the text back exactly when the segments are joined', () => {
    const queries = [['feedback'], ['feedbak', 'geven'], ['werkdruk'], ['ideeenbus'], ['taakvar'], ['variatie'], ['s'], ['collegas']];
    for (const item of catalogue.interventions) {
      for (const text of [...searchableTexts(item, 'nl'), ...searchableTexts(item, 'en')]) {
        for (const terms of queries) assert.equal(join(highlight(text, terms)), text);
      }
    }
    assert.deepEqual(highlight('', ['feedback']), []);
    assert.deepEqual(highlight('Geen treffer', []), [{ text: 'Geen treffer', match: false }]);
    assert.deepEqual(highlight('Geen treffer', ['xyz']), [{ text: 'Geen treffer', match: false }]);
  });

  it('matches regardless of case and diacritics, keeping the original text', () => {
    assert.deepEqual(highlight('Creëer ruimte', ['creeer']), [
      { text: 'Creëer', match: true },
      { text: ' ruimte', match: false },
    ]);
    assert.deepEqual(marked(highlight('De Ideeënbus (ideeën)', ['ideeenbus', 'IDEEËN'])), ['Ideeënbus', 'ideeën']);
    // Combining marks written separately stay part of the word.
    assert.deepEqual(marked(highlight('Cre\u0065\u0308er ruimte', ['creeer'])), ['Cre\u0065\u0308er']);
  });

  it('marks words that start with a term, and longer words (5+ characters) that contain it', () => {
    assert.deepEqual(marked(highlight('Taakvariatie en taakroulatie', ['taakvar'])), ['Taakvariatie']);
    assert.deepEqual(marked(highlight('Meer taakvariatie, meer variatie', ['variatie'])), ['taakvariatie', 'variatie']);
    // Short terms only match at the start of a word.
    assert.deepEqual(marked(highlight('Werkdruk en druk', ['druk'])), ['druk']);
    assert.deepEqual(marked(highlight("Steun van collega's", ['collegas'])), ["collega's"]);
  });

  it('marks typos the engine accepts, and not others', () => {
    assert.deepEqual(marked(highlight('Constructief feedback geven', ['feedbak'])), ['feedback']);
    assert.deepEqual(marked(highlight('Training in feedbackvaardigheden', ['feedbak'])), ['feedbackvaardigheden']);
    assert.deepEqual(marked(highlight('Vertrouwenspersonen aanstellen', ['vertrouwenspersoon'])), ['Vertrouwenspersonen']);
    assert.deepEqual(marked(highlight('Job rotation', ['rotaton'])), ['rotation']);
    // Four characters or fewer: no typos.
    assert.deepEqual(marked(highlight('Team en tram', ['tean'])), []);
  });

  it("marks, for every hit, each of its terms somewhere in the item's text", () => {
    const queries: Array<[SearchIndex, string]> = [
      [nl, 'feedbak geven'],
      [nl, 'kortcyclisch werk'],
      [nl, 'ideeenbus'],
      [nl, 'vertrouwenspersoon'],
      [nl, 'variatie'],
      [nl, 'werkdruk qqqxyz'],
      [en, 'job rotaton'],
      [en, 'informal learning'],
    ];
    for (const [index, text] of queries) {
      const result = search(index, { text });
      assert.ok(result.total > 0, text);
      for (const hit of result.hits) {
        assert.ok(hit.terms.length > 0, `${text}: ${hit.item.id} has terms`);
        for (const term of hit.terms) assert.ok(marks(hit.item, index.lang, term), `${text}: "${term}" is marked in ${hit.item.id}`);
      }
    }
  });
});

describe('search: index', () => {
  it('knows its language and size', () => {
    assert.equal(nl.lang, 'nl');
    assert.equal(en.lang, 'en');
    assert.equal(nl.size, catalogue.interventions.length);
  });

  it('refuses an index it did not build', () => {
    assert.throws(() => search({ lang: 'nl', size: 0 }, {}), TypeError);
  });

  it('returns every item, in catalogue order (items without effect last), for an empty query', () => {
    const works = (item: Intervention) => item.evidence !== 'not-effective';
    for (const query of [{}, { text: '' }, { text: '   ' }, { text: '?!' }, { levels: [], factors: [], phases: [], evidence: [] }]) {
      const result = search(nl, query);
      assert.equal(result.total, catalogue.interventions.length);
      assert.deepEqual(ids(result), [
        ...catalogue.interventions.filter(works).map((item) => item.id),
        ...catalogue.interventions.filter((item) => !works(item)).map((item) => item.id),
      ]);
      assert.ok(result.hits.every((hit) => hit.score === 0 && hit.terms.length === 0));
    }
  });

  it('gives the same result for a query however many queries ran before (no state leaks between queries)', () => {
    const queries: SearchQuery[] = [
      { text: 'feedback geven', levels: ['colleagues-and-leader'] },
      { text: 'werkdruk qqqxyz' },
      { text: 'leren', sort: 'evidence' },
      { factors: ['mobility'], sort: 'title' },
      { text: 'feedbak', phases: ['action'], sort: 'level' },
    ];
    const snapshot = (result: SearchResult) =>
      JSON.stringify({
        total: result.total,
        hits: result.hits.map((h) => [h.item.id, h.score, h.terms]),
        counts: Object.entries(result.counts).map(([facet, counts]) => [facet, [...counts]]),
      });
    const first = queries.map((q) => snapshot(search(nl, q)));
    for (const q of [...queries].reverse()) search(en, q);
    assert.deepEqual(
      [...queries].reverse().map((q) => snapshot(search(nl, q))),
      [...first].reverse(),
    );
  });

  it('reads a catalogue resolved to one language (plain strings) the same as the {nl, en} one', () => {
    const english = load(resolved(defaultJson, 'en'));
    assert.equal(typeof english.interventions[0].title, 'string');
    const plain = buildSearchIndex(english, 'en');
    for (const text of ['workload', 'peer support', 'job rotaton', 'informal learning', 'mobility']) {
      const a = search(plain, { text });
      const b = search(en, { text });
      assert.deepEqual(ids(a), ids(b), text);
      assert.deepEqual(
        a.hits.map((h) => h.score),
        b.hits.map((h) => h.score),
      );
    }
  });
});

describe('search: facets', () => {
  const all = catalogue.interventions;
  const count = (predicate: (item: Intervention) => boolean) => all.filter(predicate).length;

  it('ORs values within a facet', () => {
    const result = search(nl, { levels: ['task', 'organisation'] });
    assert.equal(result.total, count((i) => i.level === 'task' || i.level === 'organisation'));
    assert.ok(result.hits.every((h) => h.item.level === 'task' || h.item.level === 'organisation'));

    const factors = search(nl, { factors: ['feedback', 'role-models'] });
    assert.equal(factors.total, count((i) => i.factors.includes('feedback') || i.factors.includes('role-models')));

    const phases = search(nl, { phases: ['unaware', 'continuous'] });
    assert.equal(phases.total, count((i) => i.phases.includes('unaware') || i.phases.includes('continuous')));
  });

  it('ANDs facets with each other and with the text', () => {
    const expected = all.filter((i) => i.level === 'task' && i.evidence === 'proven').map((i) => i.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(ids(search(nl, { levels: ['task'], evidence: ['proven'] })), expected);

    const text = idSet(nl, { text: 'werkdruk' });
    const both = search(nl, { text: 'werkdruk', levels: ['task'], phases: ['action', 'application'] });
    assert.deepEqual(
      new Set(ids(both)),
      new Set(all.filter((i) => text.has(i.id) && i.level === 'task' && i.phases.some((p) => p === 'action' || p === 'application')).map((i) => i.id)),
    );
    assert.ok(both.total > 0 && both.total < text.size);
  });

  it('counts disjunctively: each facet ignores its own selection, not the others', () => {
    const query: SearchQuery = { text: 'leren', levels: ['organisation', 'colleagues-and-leader'], evidence: ['practice', 'expert-session'], phases: ['action'] };
    const matchesText = idSet(nl, { text: query.text });
    const base = all.filter((i) => matchesText.has(i.id));
    const level = (i: Intervention) => query.levels!.includes(i.level);
    const evidence = (i: Intervention) => query.evidence!.includes(i.evidence);
    const phase = (i: Intervention) => i.phases.some((p) => query.phases!.includes(p));
    const tally = <K>(keys: readonly K[], items: Intervention[], valuesOf: (i: Intervention) => readonly K[]) =>
      new Map(keys.map((key) => [key, items.filter((i) => valuesOf(i).includes(key)).length]));

    const result = search(nl, query);
    assert.equal(result.total, base.filter((i) => level(i) && evidence(i) && phase(i)).length);
    assert.ok(result.total > 0);
    const expectedLevel = tally(LEVEL_IDS, base.filter((i) => evidence(i) && phase(i)), (i) => [i.level]);
    const expectedEvidence = tally(EVIDENCE_IDS, base.filter((i) => level(i) && phase(i)), (i) => [i.evidence]);
    const expectedPhase = tally(PHASE_IDS, base.filter((i) => level(i) && evidence(i)), (i) => i.phases);
    const expectedFactor = tally([...catalogue.factorById.keys()], base.filter((i) => level(i) && evidence(i) && phase(i)), (i) => i.factors);
    assert.deepEqual(result.counts.level, expectedLevel);
    assert.deepEqual(result.counts.evidence, expectedEvidence);
    assert.deepEqual(result.counts.phase, expectedPhase);
    assert.deepEqual(result.counts.factor, expectedFactor);
    // The selected level values together count the results (each item has one level), and an
    // unselected level shows what choosing it would add.
    assert.equal(result.counts.level.get('organisation')! + result.counts.level.get('colleagues-and-leader')!, result.total);
    assert.ok(result.counts.level.get('task')! > 0);
  });

  it('counts a factor selection disjunctively too', () => {
    const result = search(nl, { factors: ['feedback'], levels: ['colleagues-and-leader'] });
    const inLevel = all.filter((i) => i.level === 'colleagues-and-leader');
    for (const [factor, n] of result.counts.factor) assert.equal(n, inLevel.filter((i) => i.factors.includes(factor)).length, factor);
    const withFeedback = all.filter((i) => i.factors.includes('feedback'));
    for (const [level, n] of result.counts.level) assert.equal(n, withFeedback.filter((i) => i.level === level).length, level);
  });

  it('has an entry, zero or not, for every level, phase, evidence kind and factor', () => {
    for (const result of [search(nl, {}), search(nl, { text: 'qqqxyzzy' }), search(en, { text: 'mentor', evidence: ['proven'] })]) {
      assert.deepEqual([...result.counts.level.keys()], [...LEVEL_IDS]);
      assert.deepEqual([...result.counts.phase.keys()], [...PHASE_IDS]);
      assert.deepEqual([...result.counts.evidence.keys()], [...EVIDENCE_IDS]);
      assert.deepEqual([...result.counts.factor.keys()], [...catalogue.factorById.keys()]);
    }
    const none = search(nl, { text: 'qqqxyzzy' });
    assert.equal(none.total, 0);
    assert.deepEqual(none.hits, []);
    for (const counts of Object.values(none.counts)) assert.ok([...counts.values()].every((n) => n === 0));
    // Without a query, the counts are the catalogue's own.
    const everything = search(nl, {});
    for (const level of LEVEL_IDS) assert.equal(everything.counts.level.get(level), catalogue.byLevel.get(level)?.length ?? 0);
    for (const factor of catalogue.factorById.keys()) assert.equal(everything.counts.factor.get(factor), catalogue.byFactor.get(factor)?.length ?? 0);
  });

  it('ignores unknown facet values instead of failing', () => {
    assert.equal(search(nl, { factors: ['no-such-factor'] }).total, 0);
  });
});

describe('search: sort orders', () => {
  const collator = (lang: Lang) => (a: string, b: string) => a.localeCompare(b, lang, { sensitivity: 'base' });

  it('offers relevance, evidence, level and title', () => {
    assert.deepEqual([...SORT_ORDERS], ['relevance', 'evidence', 'level', 'title']);
  });

  it('relevance: by score, ties and no-text queries in catalogue order, not-effective items last', () => {
    const position = new Map(catalogue.interventions.map((item, i) => [item.id, i]));
    const demoted = (item: Intervention) => +(item.evidence === 'not-effective');
    const result = search(nl, { text: 'werkdruk' });
    result.hits.slice(1).forEach((hit, i) => {
      const before = result.hits[i];
      const order = demoted(before.item) - demoted(hit.item);
      assert.ok(order < 0 || (order === 0 && (before.score > hit.score || (before.score === hit.score && position.get(before.item.id)! < position.get(hit.item.id)!))));
    });
    const task = catalogue.interventions.filter((i) => i.level === 'task');
    assert.deepEqual(ids(search(nl, { levels: ['task'], sort: 'relevance' })), [
      ...task.filter((i) => !demoted(i)).map((i) => i.id),
      ...task.filter((i) => demoted(i)).map((i) => i.id),
    ]);
  });

  // "werkdruk" used to rank the workload study without effect third, "workload" first.
  for (const [lang, text] of [['nl', 'werkdruk'], ['en', 'workload']] as const) {
    it(`relevance: for "${text}", every item without effect comes after every item of another kind`, () => {
      const result = search(lang === 'nl' ? nl : en, { text });
      const kinds = result.hits.map((hit) => hit.item.evidence);
      const firstNotEffective = kinds.indexOf('not-effective');
      assert.ok(result.hits.some((hit) => hit.item.id === 'workload-intervention-no-effect'), 'still findable');
      assert.ok(firstNotEffective > 0);
      assert.ok(kinds.slice(firstNotEffective).every((kind) => kind === 'not-effective'), kinds.join(', '));
      assert.ok(['proven', 'practice'].includes(kinds[0]!), kinds[0]);
      // The demotion is for relevance only: the evidence sort keeps its own order.
      assert.deepEqual(
        search(lang === 'nl' ? nl : en, { text, sort: 'evidence' }).hits.map((hit) => hit.item.evidence).filter((kind, i, all) => all.indexOf(kind) === i),
        ['proven', 'mixed', 'not-effective', 'practice'],
      );
    });
  }

  it('evidence: strongest first, then by relevance', () => {
    for (const query of [{ text: 'leren' }, {}]) {
      const result = search(nl, { ...query, sort: 'evidence' });
      assert.equal(result.total, search(nl, query).total);
      result.hits.slice(1).forEach((hit, i) => {
        const before = result.hits[i];
        const a = EVIDENCE_STRENGTH[before.item.evidence];
        const b = EVIDENCE_STRENGTH[hit.item.evidence];
        assert.ok(a < b || (a === b && before.score >= hit.score));
      });
    }
    assert.equal(search(nl, { sort: 'evidence' }).hits[0].item.evidence, 'proven');
  });

  it('level: in level order, then by title', () => {
    for (const index of [nl, en]) {
      const result = search(index, { sort: 'level' });
      result.hits.slice(1).forEach((hit, i) => {
        const before = result.hits[i].item;
        const a = LEVEL_IDS.indexOf(before.level);
        const b = LEVEL_IDS.indexOf(hit.item.level);
        assert.ok(a < b || (a === b && collator(index.lang)(title(before, index.lang), title(hit.item, index.lang)) <= 0));
      });
    }
  });

  it('title: alphabetical in the index language, ignoring case and accents', () => {
    for (const index of [nl, en]) {
      const titles = search(index, { sort: 'title' }).hits.map((hit) => title(hit.item, index.lang));
      assert.deepEqual(titles, [...titles].sort(collator(index.lang)));
    }
    const subset = search(nl, { text: 'feedback', sort: 'title' });
    assert.equal(subset.total, search(nl, { text: 'feedback' }).total);
  });
});

describe('search: text', () => {
  it('requires every word (AND)', () => {
    const both = idSet(nl, { text: 'feedback geven' });
    const feedback = idSet(nl, { text: 'feedback' });
    const geven = idSet(nl, { text: 'geven' });
    assert.deepEqual(both, new Set([...feedback].filter((id) => geven.has(id))));
    assert.ok(both.size > 0 && both.size < feedback.size);
    for (const hit of search(nl, { text: 'feedback geven' }).hits) assert.deepEqual(hit.terms, ['feedback', 'geven']);
  });

  it('falls back to the items matching the most words only when none matches them all', () => {
    const werkdruk = search(nl, { text: 'werkdruk' });
    const relaxed = search(nl, { text: 'werkdruk qqqxyz' });
    assert.deepEqual(new Set(ids(relaxed)), new Set(ids(werkdruk)));
    assert.ok(relaxed.hits.every((hit) => hit.terms.length === 1 && hit.terms[0] === 'werkdruk'));
    assert.equal(search(nl, { text: 'qqqxyz zzzqqy' }).total, 0);
  });

  it('ignores stop words when other words are present', () => {
    assert.deepEqual(ids(search(nl, { text: 'de werkdruk van het team' })), ids(search(nl, { text: 'werkdruk team' })));
    assert.deepEqual(ids(search(en, { text: 'the workload of a team' })), ids(search(en, { text: 'workload team' })));
    assert.deepEqual(search(nl, { text: 'feedback en de' }).hits[0].terms, ['feedback']);
    // A query of stop words only is still a query.
    const only = search(nl, { text: 'de' });
    assert.ok(only.total > 0 && only.total < catalogue.interventions.length);
    assert.deepEqual(only.hits[0].terms, ['de']);
  });

  it('matches word prefixes while the visitor types', () => {
    const taakvar = idSet(nl, { text: 'taakvar' });
    for (const item of catalogue.byFactor.get('task-variety')!) assert.ok(taakvar.has(item.id), item.id);
    assert.ok(idSet(nl, { text: 'intrapreneur' }).has('intrapreneurship'));
    let previous = Infinity;
    for (const typed of ['k', 'ko', 'kor', 'kort', 'kortc', 'kortcy', 'kortcyclisch']) {
      const total = search(nl, { text: typed }).total;
      assert.ok(total <= previous, typed);
      previous = total;
    }
    assert.ok(idSet(nl, { text: 'kortcy' }).has('automate-short-cycle-work'));
  });

  it('matches inside longer words (Dutch compounds) from 5 characters', () => {
    const variatie = idSet(nl, { text: 'variatie' });
    for (const item of catalogue.byFactor.get('task-variety')!) assert.ok(variatie.has(item.id), item.id);
    assert.ok(idSet(nl, { text: 'vaardigheden' }).has('feedback-skills-training')); // feedbackvaardigheden
    const own = buildSearchIndex(fixture([{ id: 'compound', title: 'Werkdruk' }, { id: 'word', title: 'Druk' }]), 'nl');
    assert.deepEqual(ids(search(own, { text: 'druk' })), ['word']); // 4 characters: word starts only
  });

  it('is case- and diacritics-insensitive both ways', () => {
    for (const text of ['ideeenbus', 'Ideeënbus', 'IDEEENBUS']) assert.equal(ids(search(nl, { text }))[0], 'employee-idea-box', text);
    assert.ok(idSet(nl, { text: 'coordinatie' }).has('bussu-marshall-district-c-bottom-up-meetings'));
    const own = buildSearchIndex(fixture([{ id: 'create-room', title: { nl: 'Creëer ruimte voor experimenten', en: 'Create room for experiments' } }]), 'nl');
    assert.deepEqual(ids(search(own, { text: 'creeer' })), ['create-room']);
    assert.deepEqual(ids(search(own, { text: 'CREËER ruimte' })), ['create-room']);
  });

  it('tolerates typos in longer words, ranked below exact matches', () => {
    const feedbak = idSet(nl, { text: 'feedbak' });
    for (const item of catalogue.interventions.filter((i) => /\bfeedback\b/i.test(title(i, 'nl')))) assert.ok(feedbak.has(item.id), item.id);
    assert.ok(idSet(en, { text: 'rotaton' }).has('task-rotation')); // 1 edit, 7 characters
    assert.ok(idSet(en, { text: 'job rotaiton' }).has('task-rotation')); // a transposition counts as one edit
    assert.ok(idSet(nl, { text: 'vertrouwenspersoon' }).has('confidential-advisers')); // …personen: a typo in a prefix
    assert.ok(idSet(nl, { text: 'kortcylcisch' }).has('automate-short-cycle-work')); // 12 characters: 2 edits allowed
    // Up to 4 characters no typos: "tean" finds no "team".
    assert.ok(!idSet(nl, { text: 'tean' }).has('multidisciplinary-teams'));
  });

  it('finds exactly the items a brute-force check of every word finds', () => {
    // Optimal string alignment distance, the plain way.
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
      return d[a.length][b.length];
    };
    const matches = (word: string, query: string) => {
      if (word.startsWith(query) || (query.length >= 5 && word.includes(query))) return true;
      const max = query.length >= 9 ? 2 : query.length >= 5 ? 1 : 0;
      if (max === 0) return false;
      for (let k = 1; k <= word.length; k++) if (osa(query, word.slice(0, k)) <= max) return true; // whole word or a prefix
      return false;
    };
    const words = (text: string) => (normalize(text).match(/[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['\u2019\u02bc]/g, ''));
    const queries: Array<[SearchIndex, string]> = [
      [nl, 'feedbak'],
      [nl, 'vertrouwenspersoon'],
      [nl, 'kortcylcisch'],
      [nl, 'ideeenbus'],
      [nl, 'leiderschp'],
      [nl, 'mentr'],
      [nl, 'stres'],
      [nl, 'variatie'],
      [nl, 'taakvar'],
      [nl, 'reflectei'],
      [nl, 'samenwerkng'],
      [nl, 'ontwikkeling'],
      [en, 'rotaton'],
      [en, 'leadreship'],
      [en, 'informal'],
      [en, 'lerning'],
    ];
    for (const [index, query] of queries) {
      const expected = catalogue.interventions
        .filter((item) => searchableTexts(item, index.lang).some((text) => words(text).some((word) => matches(word, query))))
        .map((item) => item.id);
      assert.ok(expected.length > 0, query);
      assert.deepEqual(new Set(ids(search(index, { text: query }))), new Set(expected), `${index.lang}: ${query}`);
    }
  });

  it('ranks exact > prefix > inside a word > typo', () => {
    const own = buildSearchIndex(
      fixture([
        { id: 'typo', title: 'Werken met fedback' },
        { id: 'infix', title: 'Werken met teamfeedback' },
        { id: 'prefix', title: 'Werken met feedbackrondes' },
        { id: 'exact', title: 'Werken met feedback' },
      ]),
      'nl',
    );
    const result = search(own, { text: 'feedback' });
    assert.deepEqual(ids(result), ['exact', 'prefix', 'infix', 'typo']);
    assert.ok(result.hits[0].score > result.hits[1].score && result.hits[2].score > result.hits[3].score);
  });

  it('weighs the title above the summary', () => {
    const own = buildSearchIndex(
      fixture([
        { id: 'in-summary', title: 'Iets anders', summary: 'Over mentorschap.' },
        { id: 'in-title', title: 'Mentorschap', summary: 'Iets anders.' },
      ]),
      'nl',
    );
    assert.deepEqual(ids(search(own, { text: 'mentorschap' })), ['in-title', 'in-summary']);
  });

  it('searches sources, link labels, study details and factor names', () => {
    assert.ok(idSet(nl, { text: 'schelvis' }).has('workload-intervention-no-effect'));
    assert.ok(idSet(nl, { text: 'kennisbank' }).has('intrapreneurship'));
    assert.ok(idSet(nl, { text: 'welzijn' }).has('job-crafting'));
    const mobility = catalogue.byFactor.get('mobility')!.map((i) => i.id);
    assert.deepEqual(new Set(ids(search(nl, { text: 'mobiliteit' }))), new Set(mobility));
    assert.deepEqual(new Set(ids(search(en, { text: 'mobility' }))), new Set(mobility));
  });
});

describe('search: relevance', () => {
  // What a visitor types, and the items that must be among the first five: shared with the benchmark.
  for (const { lang, query, top5 } of RELEVANCE_CASES) {
    const { text, ...filters } = query;
    const label = `${lang}: "${text}"${Object.keys(filters).length ? ` ${JSON.stringify(filters)}` : ''}`;
    it(label, () => {
      for (const id of top5) assert.ok(catalogue.interventionById.has(id), `${id} is in the catalogue`);
      const top = ids(search(lang === 'en' ? en : nl, query)).slice(0, 5);
      for (const id of top5) assert.ok(top.includes(id), `${id} in the top five: ${top.join(', ')}`);
    });
  }
});

describe('search: partial matches', () => {
  it('says when the hits match only some of the words', () => {
    const full = search(nl, { text: 'werkdruk' });
    assert.equal(full.partial, false);
    const partial = search(nl, { text: 'werkdruk verminderen' });
    assert.equal(partial.partial, true);
    assert.ok(partial.total > 0);
    // No item has both words; each hit lists the one it matched (for highlighting).
    for (const hit of partial.hits) {
      assert.equal(hit.terms.length, 1);
      assert.ok(['werkdruk', 'verminderen'].includes(hit.terms[0]!));
    }
    assert.equal(search(nl, { text: 'zzqqxx' }).partial, false);
  });
});

describe("search: the maturity matrix's catalogue search", () => {
  // The matrix ranks text matches itself (it loads only the engine's text half); its order must be
  // the finder's relevance order, with the cell's level first and at most ten shown.
  it('ranks every relevance query as the finder does, the cell level first', async () => {
    const { CatalogueSearch, SHOWN_RESULTS } = await import('../../components/maturity-matrix/catalogue-search.js');
    let updates = 0;
    const matrixSearch = new CatalogueSearch({ requestUpdate: () => updates++, failed: () => assert.fail('the text half loads') });
    matrixSearch.load();
    while (!matrixSearch.ready) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(updates >= 2, 'the host is asked to render when loading starts and ends');
    let compared = 0;
    for (const { lang, query } of RELEVANCE_CASES) {
      for (const level of LEVEL_IDS) {
        matrixSearch.input(query.text ?? '');
        const hits = matrixSearch.hits(catalogue, lang, level);
        const finder = search(lang === 'en' ? en : nl, { text: query.text, sort: 'relevance' }).hits.map((hit) => hit.item);
        const expected = [...finder.filter((item) => item.level === level), ...finder.filter((item) => item.level !== level)];
        assert.equal(hits?.total, finder.length, `${lang} "${query.text}": every match counted`);
        assert.deepEqual(hits.items.map((item) => item.id), expected.slice(0, SHOWN_RESULTS).map((item) => item.id), `${lang} "${query.text}" in a ${level} cell`);
        compared += hits.items.length;
      }
    }
    assert.ok(compared > RELEVANCE_CASES.length * LEVEL_IDS.length * 3, 'the queries find something');
  });

  it('matches nothing for text without words', async () => {
    const { CatalogueSearch } = await import('../../components/maturity-matrix/catalogue-search.js');
    const matrixSearch = new CatalogueSearch({ requestUpdate: () => {}, failed: () => {} });
    matrixSearch.load();
    while (!matrixSearch.ready) await new Promise((resolve) => setTimeout(resolve, 5));
    matrixSearch.input('?!');
    assert.deepEqual(matrixSearch.hits(catalogue, 'nl', 'task'), { items: [], total: 0 });
  });
});
