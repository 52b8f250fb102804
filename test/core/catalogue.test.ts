import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  buildCatalogue,
  countProblems,
  describeProblem,
  formatProblems,
  indexCatalogue,
  MAX_PROBLEMS,
  loadCatalogue,
  parseCatalogueSource,
  parseJson,
  type Catalogue,
  type Intervention,
} from '../../src/core/index.js';

const defaultJson = JSON.parse(readFileSync(new URL('../../catalogue/default.json', import.meta.url), 'utf8'));
const clone = <T>(value: T): T => structuredClone(value);

function loadDefault(): Catalogue {
  const result = loadCatalogue(defaultJson);
  assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
  return result.value;
}

const ownItem: Intervention = {
  id: 'fund-mentoring',
  title: { nl: 'Mentorprogramma van het fonds', en: "The fund's mentoring programme" },
  summary: 'Een eigen programma.',
  level: 'colleagues-and-leader',
  factors: ['colleague-support'],
  phases: ['action'],
  evidence: 'practice',
  sources: ['Fonds, 2024'],
  links: [{ url: 'https://example.org/mentoring' }],
};

describe('default catalogue', () => {
  it('parses, validates and indexes', () => {
    const catalogue = loadDefault();
    assert.deepEqual(
      catalogue.levels.map((l) => l.id),
      ['employee', 'task', 'colleagues-and-leader', 'organisation', 'environment'],
    );
    assert.deepEqual(
      catalogue.phases.map((p) => p.id),
      ['unaware', 'selection', 'action', 'application', 'continuous'],
    );
    assert.equal(catalogue.evidence.length, 5);
    assert.ok(catalogue.interventions.length >= 5);
  });

  it('the generated chunk per language passes every check, so the browser only indexes it', async () => {
    // The elements index these chunks without the schema or the id cross-checks (src/elements/default-catalogue.ts).
    for (const lang of ['nl', 'en'] as const) {
      const { default: chunk } = (await import(`../../catalogue/generated/default.${lang}.js`)) as { default: unknown };
      const checked = loadCatalogue(chunk);
      assert.ok(checked.ok, checked.ok ? '' : `${lang}: ${formatProblems(checked.problems)}`);
      const indexed = indexCatalogue(chunk as Parameters<typeof indexCatalogue>[0]);
      assert.deepEqual(indexed.interventions, checked.value.interventions, lang);
      assert.deepEqual([...indexed.factorById.keys()], [...checked.value.factorById.keys()], lang);
      assert.equal(indexed.interventions.length, loadDefault().interventions.length, lang);
    }
  });

  it('indexes by level, factor, phase and evidence consistently with the items', () => {
    const catalogue = loadDefault();
    for (const item of catalogue.interventions) {
      assert.ok(catalogue.byLevel.get(item.level)?.includes(item));
      assert.ok(catalogue.byEvidence.get(item.evidence)?.includes(item));
      for (const f of item.factors) assert.ok(catalogue.byFactor.get(f)?.includes(item), `${item.id} under ${f}`);
      for (const p of item.phases) assert.ok(catalogue.byPhase.get(p)?.includes(item));
      assert.equal(catalogue.interventionById.get(item.id), item);
    }
    const indexed = [...catalogue.byLevel.values()].reduce((n, list) => n + list.length, 0);
    assert.equal(indexed, catalogue.interventions.length);
    assert.equal(catalogue.factorById.get('task-variety')?.level, 'task');
  });

  it('records the source of the employee-level factors (not in the report text)', () => {
    const employee = loadDefault().levels.find((l) => l.id === 'employee')!;
    assert.deepEqual(
      employee.factors.map((f) => f.id),
      ['personal-traits', 'learning-and-innovative-capability', 'motivation', 'commitment'],
    );
    assert.ok(employee.factors.every((f) => f.source === 'Van der Torre et al., 2019, via Kennisbank Sociale Innovatie'));
  });

  it('is frozen: widgets cannot change the shared catalogue', () => {
    const catalogue = loadDefault();
    assert.throws(() => {
      (catalogue.interventions as Intervention[]).push(ownItem);
    }, TypeError);
    assert.throws(() => {
      (catalogue.interventions[0] as { id: string }).id = 'x';
    }, TypeError);
  });
});

describe('validation problems', () => {
  it('names the path and the allowed values', () => {
    const broken = clone(defaultJson);
    broken.interventions[2].level = 'team';
    const result = loadCatalogue(broken);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(
      formatProblems(result.problems),
      'interventions[2].level: expected one of employee, task, colleagues-and-leader, organisation, environment',
    );
    assert.equal(result.problems[0]!.code, 'invalid-value');
  });

  it('lists every problem, not only the first', () => {
    const broken = clone(defaultJson);
    broken.interventions[0].evidence = 'strong';
    broken.interventions[1].links = [{ url: 'javascript:alert(1)' }];
    broken.interventions[3].title = { en: 'English only' };
    broken.interventions[2].summary = 42;
    broken.interventions[4].surprise = true;
    delete broken.interventions[4].summary;
    const result = loadCatalogue(broken);
    assert.ok(!result.ok);
    const lines = formatProblems(result.problems).split('\n');
    assert.deepEqual(lines.sort(), [
      'interventions[0].evidence: expected one of proven, mixed, not-effective, practice, expert-session',
      'interventions[1].links[0].url: expected an http(s) URL',
      'interventions[2].summary: expected a text: a string or { "nl": "…", "en": "…" }',
      'interventions[3].title: the Dutch text ("nl") is required',
      'interventions[4]: unknown field(s): surprise',
      'interventions[4].summary: is required (text)',
    ].sort());
  });

  it('refuses data: and relative links, accepts http and https', () => {
    for (const url of ['data:text/html,<script>alert(1)</script>', '/relative', 'ftp://example.org', 'https://', ' https://example.org']) {
      const broken = clone(defaultJson);
      broken.interventions[0].links = [{ url }];
      assert.equal(loadCatalogue(broken).ok, false, url);
    }
    const fine = clone(defaultJson);
    fine.interventions[0].links = [{ url: 'http://example.org' }, { url: 'https://example.org/a?b=c#d' }];
    assert.equal(loadCatalogue(fine).ok, true);
  });

  it('checks cross-references: duplicate ids, unknown factors and related items, missing levels', () => {
    const broken = clone(defaultJson);
    broken.interventions[1].id = broken.interventions[0].id;
    broken.interventions[2].factors = ['no-such-factor'];
    broken.interventions[3].related = ['no-such-item'];
    broken.levels.pop();
    const result = loadCatalogue(broken);
    assert.ok(!result.ok);
    const text = formatProblems(result.problems);
    assert.match(text, /interventions\[1\]\.id: "intrapreneurship" is used twice/);
    assert.match(text, /interventions\[2\]\.factors\[0\]: unknown factor "no-such-factor"/);
    assert.match(text, /interventions\[3\]\.related\[0\]: unknown intervention "no-such-item"/);
    assert.match(text, /levels: "environment" is missing/);
  });

  it('turns invalid JSON and non-objects into problems instead of exceptions', () => {
    const json = parseJson('{ "schemaVersion": 1, ');
    assert.ok(!json.ok);
    assert.equal(json.problems[0]!.code, 'invalid-json');
    for (const value of [null, 42, 'text', []]) {
      const result = parseCatalogueSource(value);
      assert.ok(!result.ok);
      assert.equal(result.problems[0]!.message, 'expected a JSON object');
    }
  });
});

describe('extending the default', () => {
  it('adds, overrides by id and removes interventions', () => {
    const base = loadDefault();
    const override = { ...clone(defaultJson.interventions[0]), title: { nl: 'Eigen titel', en: 'Own title' } };
    const result = loadCatalogue(
      { schemaVersion: 1, extends: 'default', meta: { publisher: 'Fonds' }, interventions: [ownItem, override], remove: ['task-rotation'] },
      base,
    );
    assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    const merged = result.value;
    assert.equal(merged.interventions.length, base.interventions.length);
    assert.ok(merged.interventionById.has('fund-mentoring'));
    assert.ok(!merged.interventionById.has('task-rotation'));
    assert.deepEqual(merged.interventionById.get(override.id)!.title, { nl: 'Eigen titel', en: 'Own title' });
    // Overrides keep their place; additions come last.
    assert.equal(merged.interventions[0]!.id, override.id);
    assert.equal(merged.interventions.at(-1)!.id, 'fund-mentoring');
    assert.equal(merged.meta.publisher, 'Fonds');
    assert.equal(merged.meta.number, 'TNO 2023 R10401');
    // A default item that pointed at the removed one no longer does.
    assert.ok(!merged.interventionById.get('job-crafting')!.related!.includes('task-rotation'));
    // The base is untouched.
    assert.ok(base.interventionById.has('task-rotation'));
  });

  it('reports problems in the extension with paths into the author\'s own file', () => {
    const result = loadCatalogue(
      { schemaVersion: 1, extends: 'default', interventions: [{ ...ownItem, factors: ['nope'] }], remove: ['not-there'] },
      loadDefault(),
    );
    assert.ok(!result.ok);
    // In the order of the file: `interventions` comes before `remove` in it.
    assert.deepEqual(formatProblems(result.problems).split('\n'), [
      'interventions[0].factors[0]: unknown factor "nope"',
      'remove[0]: removes "not-there", which the default catalogue does not have',
    ]);
  });

  it('needs the default to extend it', () => {
    const source = parseCatalogueSource({ schemaVersion: 1, extends: 'default' });
    assert.ok(source.ok);
    const result = buildCatalogue(source.value);
    assert.ok(!result.ok);
    assert.equal(result.problems[0]!.path, 'extends');
  });

  it('a complete catalogue replaces the default', () => {
    const own = clone(defaultJson);
    own.interventions = [ownItem];
    // The default's aliases point at its items, which this one does not have.
    delete own.aliases;
    const result = loadCatalogue(own, loadDefault());
    assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    assert.deepEqual(result.value.interventions.map((i) => i.id), ['fund-mentoring']);
  });

  it('accepts plain strings as texts for single-language catalogues', () => {
    const own = clone(defaultJson);
    own.interventions = [{ ...ownItem, title: 'Alleen Nederlands' }];
    delete own.aliases;
    assert.equal(loadCatalogue(own).ok, true);
  });
});

describe('every problem in one run', () => {
  const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/catalogues/${name}`, import.meta.url), 'utf8'));

  it('reports schema and cross-reference problems together, in file order, with "did you mean"', () => {
    const result = loadCatalogue(fixture('many-problems.json'), loadDefault());
    assert.ok(!result.ok);
    assert.deepEqual(formatProblems(result.problems).split('\n'), [
      'interventions[0].factors[0]: unknown factor "colleague-suport" (did you mean "colleague-support"?)',
      'interventions[0].evidence: expected one of proven, mixed, not-effective, practice, expert-session',
      'interventions[0].related[0]: unknown intervention "job-craftng" (did you mean "job-crafting"?)',
      'interventions[1].summary: is required (text)',
      'interventions[1].id: "peer-coaching" is used twice',
      'interventions[1].factors[1]: unknown factor "no-such-thing-at-all"',
      'interventions[1].links[0].url: expected an http(s) URL',
      'remove[0]: removes "task-rotaton", which the default catalogue does not have (did you mean "task-rotation"?)',
    ]);
    const [typo] = result.problems;
    assert.equal(typo!.params!['suggestion'], 'colleague-support');
    // The few factor ids are all given; they are the answer.
    assert.equal(typo!.params!['valid'], [...loadDefault().factorById.keys()].join(', '));
    assert.equal(describeProblem(typo!, 'nl'), 'onbekende factor "colleague-suport" (bedoelde u "colleague-support"?)');
    assert.equal(describeProblem(result.problems.at(-1)!, 'nl'), 'verwijdert "task-rotaton", maar die staat niet in de standaardcatalogus (bedoelde u "task-rotation"?)');
    assert.equal(describeProblem(result.problems[5]!, 'nl'), 'onbekende factor "no-such-thing-at-all"');
  });

  it('sorts an unknown field where the field is, not where its object starts', () => {
    const json = { ...clone(defaultJson), colour: 'red' };
    json.interventions[1].level = 'team';
    const result = loadCatalogue(json);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => `${p.path} ${p.code}`), ['interventions[1].level invalid-value', ' unknown-field']);
  });

  it('a schema error and an unknown factor in one item are both reported', () => {
    const result = loadCatalogue(fixture('invalid-level.json'), loadDefault());
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => `${p.path} ${p.code} ${p.params?.['suggestion'] ?? ''}`),
      ['interventions[0].level invalid-value ', 'interventions[0].factors[0] unknown-factor colleague-support'],
    );
  });

  it('a complete catalogue is cross-checked against its own factors and items', () => {
    const broken = clone(defaultJson);
    broken.meta = 5; // a schema error elsewhere
    broken.interventions[2].factors = ['job-autonomy', 'job-autonomyy'];
    broken.interventions[4].related = ['intrapreneurship-tolbox'];
    const result = loadCatalogue(broken);
    assert.ok(!result.ok);
    assert.deepEqual(formatProblems(result.problems).split('\n'), [
      'meta: expected object',
      'interventions[2].factors[1]: unknown factor "job-autonomyy" (did you mean "job-autonomy"?)',
      'interventions[4].related[0]: unknown intervention "intrapreneurship-tolbox" (did you mean "intrapreneurship-toolbox"?)',
    ]);
  });

  it('reads malformed input defensively: no exception, and no unknown ids when their list cannot be read', () => {
    const base = loadDefault();
    const item = clone(defaultJson.interventions[0]);
    delete item.related; // it names items of the default, which most inputs here do not have
    const inputs: unknown[] = [
      { schemaVersion: 1, levels: 5, phases: 'x', evidence: null, interventions: [{ ...item, factors: ['no-such-factor'] }] },
      { schemaVersion: 1, levels: [null, 3, { factors: 'x' }, { factors: [null, { id: 7 }] }], interventions: [{ ...item, factors: ['x-y'] }] },
      { schemaVersion: 1, levels: clone(defaultJson.levels), interventions: [null, 'x', 7, { factors: {}, related: 7 }, { id: 5, related: ['no-such-item'] }, { ...item, related: ['no-such-item'] }] },
      { schemaVersion: 1, extends: 'default', interventions: { a: 1 }, remove: 'x' },
      { schemaVersion: 1, extends: 'default', interventions: [null, [], { related: [null, 5, 'Not An Id'] }], remove: [null, 3, 'Not An Id'] },
      [],
      null,
      'text',
    ];
    for (const input of inputs) {
      for (const result of [loadCatalogue(input, base), loadCatalogue(input)]) {
        assert.ok(!result.ok, JSON.stringify(input));
        const codes = result.problems.map((p) => `${p.path} ${p.code}`);
        // Only the schema's problems: each reference above is to a list that could not be read in full.
        assert.ok(!codes.some((c) => /unknown-(factor|related)|missing-entry/.test(c)), `${JSON.stringify(input)}:\n${codes.join('\n')}`);
      }
    }
    // An extension's items are checked against the default's factors, whatever else is wrong.
    const extension = loadCatalogue({ extends: 'default', interventions: [{ factors: ['motivaton'] }] }, base);
    assert.ok(!extension.ok);
    assert.ok(extension.problems.some((p) => p.path === 'interventions[0].factors[0]' && p.params?.['suggestion'] === 'motivation'));
  });

  it('suggests only ids that are close', async () => {
    const { nearest, editDistance } = await import('../../src/core/references.js');
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    const ids = ['job-crafting', 'job-crafting-talents-interests', 'task-rotation', 'feedback'];
    assert.equal(nearest('job-craftng', ids), 'job-crafting');
    assert.equal(nearest('taskrotation', ids), 'task-rotation');
    assert.equal(nearest('fedback', ids), 'feedback');
    assert.equal(nearest('coaching', ids), undefined);
    assert.equal(nearest('x', ids), undefined);
  });

  it('keeps the first problems of the file when it caps the list', () => {
    const json = clone(defaultJson);
    // 1,500 unknown factors early in the file, a schema problem at its very end.
    json.interventions[0].factors = Array.from({ length: 1500 }, (_, i) => `no-factor-${i}`);
    json.interventions.at(-1).level = 'team';
    const result = loadCatalogue(json);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, MAX_PROBLEMS + 1);
    assert.equal(countProblems(result.problems), 1501);
    assert.equal(result.problems[0]!.path, 'interventions[0].factors[0]');
    assert.equal(result.problems[MAX_PROBLEMS - 1]!.path, `interventions[0].factors[${MAX_PROBLEMS - 1}]`);
    assert.equal(result.problems.at(-1)!.code, 'too-many-problems');
  });
});

describe('problem messages can be translated', () => {
  it('tags format problems with the kind of format', () => {
    const broken = clone(defaultJson);
    broken.interventions[0].links = [{ url: 'javascript:void 0' }];
    broken.interventions[1].id = 'Not Kebab';
    broken.interventions[2].section = 'ch. 3';
    const result = loadCatalogue(broken);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => p.params?.format), ['url', 'id', 'section']);
  });
});

describe('numbers say which range is expected', () => {
  const withCount = (value: number) => {
    const json = clone(defaultJson);
    json.meta.literatureSearch[0].abstracts = value;
    const result = parseCatalogueSource(json);
    assert.ok(!result.ok, `${value} must be refused`);
    return result.problems;
  };

  it('a negative count must be 0 or more, in Dutch and English', () => {
    const [p, ...rest] = withCount(-1);
    assert.deepEqual(rest, []);
    assert.equal(p!.path, 'meta.literatureSearch[0].abstracts');
    assert.equal(describeProblem(p!, 'en'), 'must be 0 or more');
    assert.equal(describeProblem(p!, 'nl'), 'moet 0 of meer zijn');
  });

  it('a number beyond the exact integer range names the largest allowed', () => {
    const [p, ...rest] = withCount(1e308);
    assert.deepEqual(rest, []);
    assert.equal(describeProblem(p!, 'en'), `must be ${Number.MAX_SAFE_INTEGER} or less`);
    assert.equal(describeProblem(p!, 'nl'), `moet ${Number.MAX_SAFE_INTEGER} of minder zijn`);
  });

  it('a fraction asks for a whole number', () => {
    const [p] = withCount(1.5);
    assert.equal(describeProblem(p!, 'en'), 'expected a whole number');
    assert.equal(describeProblem(p!, 'nl'), 'verwacht een geheel getal');
  });
});

describe('a catalogue with hundreds of thousands of problems', () => {
  // Beyond about 120,000 issues zod's push(...issues) overflowed the stack: a RangeError instead of an answer.
  it('lists the first problems and counts the rest', () => {
    const json = clone(defaultJson);
    json.interventions = Array.from({ length: 20_000 }, (_, i) => ({ ...ownItem, id: `Item ${i}`, level: 'nowhere', phases: ['never'] }));
    const result = parseCatalogueSource(json);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, MAX_PROBLEMS + 1);
    assert.equal(countProblems(result.problems), 60_000);
    const last = result.problems.at(-1)!;
    assert.deepEqual(last, { path: '', code: 'too-many-problems', message: `${60_000 - MAX_PROBLEMS} more problems not listed`, params: { count: 60_000 - MAX_PROBLEMS } });
    assert.equal(result.problems[0]!.path, 'interventions[0].id');
  });

  it('keeps the real item index when it has to check the file in pieces', () => {
    const json = clone(defaultJson);
    json.interventions = Array.from({ length: 40_000 }, () => ({}));
    const result = parseCatalogueSource(json);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, MAX_PROBLEMS + 1);
    // Each empty item misses its nine required fields.
    assert.equal(countProblems(result.problems), 40_000 * 9);
    assert.equal(result.problems[MAX_PROBLEMS - 1]!.path, `interventions[${Math.floor((MAX_PROBLEMS - 1) / 9)}].${['id', 'title', 'summary', 'level', 'factors', 'phases', 'evidence', 'sources', 'links'][(MAX_PROBLEMS - 1) % 9]}`);
  });

  it('also when one list inside one item holds them all', () => {
    const json = clone(defaultJson);
    json.interventions[3].factors = Array.from({ length: 200_000 }, () => 'Not An Id');
    const result = parseCatalogueSource(json);
    assert.ok(!result.ok);
    assert.equal(countProblems(result.problems), 200_000);
    assert.equal(result.problems[MAX_PROBLEMS - 1]!.path, `interventions[3].factors[${MAX_PROBLEMS - 1}]`);
  });

  it('caps the cross-check too', () => {
    const json = clone(defaultJson);
    json.interventions[0].factors = Array.from({ length: 150_000 }, () => 'no-such-factor');
    const result = loadCatalogue(json);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, MAX_PROBLEMS + 1);
    assert.equal(countProblems(result.problems), 150_000);
  });
});

describe('worked examples stay valid', () => {
  for (const file of ['../../catalogue/examples/fund-extension.json', '../../demo/fund-catalogue.json', '../../stories/fixtures/fund-extension.json', '../../stories/fixtures/fund-catalogue.json']) {
    it(file.replace('../../', ''), () => {
      const source = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
      const result = loadCatalogue(source, loadDefault());
      assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    });
  }
});
