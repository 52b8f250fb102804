import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { JOURNEY_SCHEMA_PATH, journeySchemaText } from '../../scripts/journey-schema.js';
import { buildJourney, journeyToJson, journeyValues, summarizeJourney } from '../../src/core/journey/build.js';
import { JOURNEY_LIMITS, JOURNEY_SLICES } from '../../src/core/journey/format.js';
import { parseJourney, readJourney } from '../../src/core/journey/read.js';
import { describeProblem } from '../../src/core/i18n.js';
import type { Problem } from '../../src/core/problems.js';
import { journeyState } from './journey-fixture.js';

const created = '2026-11-30T09:00:00Z';
// The tests break a saved file in arbitrary places, as a hand edit would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const saved = () => JSON.parse(journeyToJson(buildJourney(journeyState(), { created, workspace: 'default' }))) as Record<string, any>;

/** The problems of a value that must not be read, as `path code` lines. */
function problemsOf(value: unknown): string[] {
  const result = typeof value === 'string' ? parseJourney(value) : readJourney(value);
  assert.equal(result.ok, false, 'a bad journey gives no journey');
  return (result as { problems: Problem[] }).problems.map((p) => `${p.path} ${p.code}`);
}

describe('journey: saving', () => {
  it('holds the five slices of the workspace as the widgets read them, and nothing else', () => {
    const journey = buildJourney(journeyState(), { created, workspace: 'team-a' });
    assert.equal(journey.format, 'lio-journey');
    assert.equal(journey.version, 1);
    assert.equal(journey.created, created);
    assert.equal(journey.workspace, 'team-a');
    assert.deepEqual(Object.keys(journey.slices).sort(), ['focus', 'plan', 'scan', 'scanProgress', 'shortlist']);
    const state = journeyState();
    for (const name of Object.keys(JOURNEY_SLICES)) assert.deepEqual((journey.slices as Record<string, unknown>)[name], state[name], name);
  });

  it('leaves out empty slices and copies (a frozen snapshot stays untouched)', () => {
    const state = Object.freeze({ shortlist: Object.freeze([]), plan: Object.freeze({}), focus: Object.freeze({ level: 'team' }) });
    const journey = buildJourney(state, { created });
    assert.deepEqual(journey.slices, { focus: { level: 'team' } });
    assert.notEqual(journey.slices.focus, state.focus);
    assert.equal('workspace' in journey, false);
    assert.match(buildJourney({}).created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('writes indented JSON with a closing line break', () => {
    const text = journeyToJson(buildJourney({ shortlist: ['job-crafting'] }, { created }));
    assert.ok(text.startsWith('{\n  "format": "lio-journey",\n  "version": 1,'));
    assert.ok(text.endsWith('}\n'));
  });

  it('gives the values to restore: every slice, the absent ones cleared', () => {
    const journey = buildJourney({ shortlist: ['job-crafting'] }, { created });
    assert.deepEqual(journeyValues(journey), { scanProgress: undefined, scan: undefined, shortlist: ['job-crafting'], focus: undefined, plan: undefined });
  });

  it('counts what it holds', () => {
    const summary = summarizeJourney(buildJourney(journeyState(), { created }));
    assert.deepEqual(summary, { scan: true, respondents: 6, answers: Object.keys(journeyState().scanProgress!['default' as never]['answers']).length, shortlist: 3, plans: 1, actions: 5, focus: true, empty: false });
    assert.equal(summarizeJourney(buildJourney({}, { created })).empty, true);
    const codesOnly = summarizeJourney(buildJourney({ scanProgress: { default: { set: 's', answers: {}, stage: 'questions', step: 0, team: ['A1B2'] } } }, { created }));
    assert.deepEqual([codesOnly.scan, codesOnly.empty], [true, false], 'team codes without an outcome yet are a scan');
    assert.equal(summarizeJourney(buildJourney({ plan: { default: { format: 'lio-plan', version: 1, actions: [] } } }, { created })).empty, true, 'an empty plan is nothing to restore');
  });
});

describe('journey: reading', () => {
  it('reads back what it saved, the same journey', () => {
    const journey = buildJourney(journeyState(), { created, workspace: 'default' });
    const result = parseJourney(journeyToJson(journey));
    assert.ok(result.ok);
    assert.deepEqual(result.value, journey);
  });

  it('drops $schema at the top and in each plan', () => {
    const file = saved();
    file.$schema = './journey.schema.json';
    file.slices.plan.default.$schema = './plan.schema.json';
    const result = readJourney(file);
    assert.ok(result.ok);
    assert.equal('$schema' in result.value, false);
    assert.equal('$schema' in result.value.slices.plan!['default']!, false);
  });

  it('keeps fields of the scan outcome it does not know, as the workspace does', () => {
    const file = saved();
    file.slices.scan.later = { kept: 1 };
    const result = readJourney(file);
    assert.ok(result.ok);
    assert.deepEqual((result.value.slices.scan as Record<string, unknown>)['later'], { kept: 1 });
  });

  it('refuses what is not a journey with one problem: not JSON, not an object, another format, another version', () => {
    assert.deepEqual(problemsOf('{"format": "lio-journey", '), [' invalid-json']);
    assert.deepEqual(problemsOf([1, 2]), [' invalid-type']);
    assert.deepEqual(problemsOf({ format: 'lio-plan', version: 1, actions: [] }), ['format invalid-value']);
    assert.match((readJourney({ format: 'lio-plan' }) as { problems: Problem[] }).problems[0]!.message, /this is "lio-plan"/);
    assert.deepEqual(problemsOf({ ...saved(), version: 2 }), ['version invalid-value']);
  });

  it('lists every problem with its place, in file order', () => {
    const file = saved();
    file.created = 'gisteren';
    const [first, second] = Object.keys(file.slices.scanProgress.default.answers);
    file.slices.scanProgress.default.answers[first] = 6;
    file.slices.scanProgress.default.stage = 'done';
    file.slices.scan.weakFactors = 'autonomy';
    file.slices.shortlist.push('');
    file.slices.plan.default.actions[0].status = 'busy';
    file.slices.plan.default.actions[2].id = file.slices.plan.default.actions[1].id;
    file.slices.plan.default.actions[3].owner = 'x'.repeat(121);
    file.slices.focus.colour = 'red';
    file.extra = true;
    assert.ok(second);
    assert.deepEqual(problemsOf(file), [
      ' unknown-field',
      'created invalid-format',
      `slices.scanProgress.default.answers.${first} invalid-value`,
      'slices.scanProgress.default.stage invalid-value',
      'slices.scan.weakFactors invalid-type',
      'slices.shortlist[3] too-small',
      'slices.focus unknown-field',
      'slices.plan.default.actions[0].status invalid-value',
      'slices.plan.default.actions[2].id duplicate-id',
      'slices.plan.default.actions[3].owner too-long',
    ]);
  });

  it('words the problems in Dutch and English', () => {
    const file = saved();
    file.slices.plan.default.actions[0].status = 'busy';
    const [p] = (readJourney(file) as { problems: Problem[] }).problems;
    assert.equal(describeProblem(p!, 'nl'), 'verwacht een van: planned, running, done');
    assert.equal(describeProblem(p!, 'en'), 'expected one of planned, running, done');
    const created = (readJourney({ ...saved(), created: 'x' }) as { problems: Problem[] }).problems[0]!;
    assert.equal(describeProblem(created, 'nl'), 'verwacht een datum en tijd zoals 2026-11-30T09:00:00Z');
  });

  it('holds the limits: plans per journey, team codes, and a __proto__ key', () => {
    const file = saved();
    const plan = file.slices.plan.default;
    file.slices.plan = Object.fromEntries(Array.from({ length: JOURNEY_LIMITS.entries + 1 }, (_, i) => [`p${i}`, plan]));
    assert.deepEqual(problemsOf(file), ['slices.plan too-many']);
    const codes = saved();
    codes.slices.scanProgress.default.team = Array.from({ length: JOURNEY_LIMITS.teamCodes + 1 }, (_, i) => `c${i}`);
    assert.deepEqual(problemsOf(codes), ['slices.scanProgress.default.team too-many']);
    const proto = JSON.parse(journeyToJson(buildJourney({}, { created })).replace('"slices": {}', '"slices": { "plan": { "__proto__": { "format": "lio-plan", "version": 1, "actions": [] } } }'));
    const read = readJourney(proto);
    assert.ok(read.ok, 'a __proto__ key is left out, never read as a prototype');
    assert.deepEqual(Object.keys(read.value.slices.plan!), []);
    assert.equal(Object.getPrototypeOf(read.value.slices.plan), Object.prototype);
  });
});

describe("the journey format's JSON Schema file", () => {
  const committed = readFileSync(new URL(`../../${JOURNEY_SCHEMA_PATH}`, import.meta.url), 'utf8');

  it('is current: the same as generated from the zod schema (npm run schema writes it)', () => {
    assert.equal(committed, journeySchemaText());
  });

  it('says what the zod schema says: format, version, the slices, a plan in the plan format', () => {
    const schema = JSON.parse(committed);
    assert.equal(schema.properties.format.const, 'lio-journey');
    assert.equal(schema.properties.version.const, 1);
    assert.deepEqual(schema.required, ['format', 'version', 'created', 'slices']);
    assert.deepEqual(Object.keys(schema.properties.slices.properties).sort(), Object.keys(JOURNEY_SLICES).sort());
    const plan = schema.properties.slices.properties.plan.additionalProperties;
    assert.equal(plan.properties.format.const, 'lio-plan');
    assert.deepEqual(plan.properties.actions.items.anyOf, [{ required: ['intervention'] }, { required: ['title'] }]);
  });
});
