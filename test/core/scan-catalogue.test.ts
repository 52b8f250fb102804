/**
 * The quick scan's question set in the catalogue: the built-in one (one or two statements per
 * factor, each resting on a section of the report, in Dutch and English), the format's checks
 * (statements naming unknown factors, ids used twice, thresholds in the wrong order, a scale
 * that is not five points), and how an extension supplies its own question set.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeProblem, formatProblems, indexCatalogue, loadCatalogue, type Catalogue, type FullCatalogue, type LocalizedText, type ScanQuestionSet } from '../../src/core/index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const defaultJson = read('../../catalogue/default.json') as FullCatalogue;
const fixture = (name: string) => read(`../fixtures/catalogues/${name}`);

function loadDefault(): Catalogue {
  const result = loadCatalogue(defaultJson);
  assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
  return result.value;
}

/** The report's numbered sections (its table of contents). */
const REPORT_SECTIONS = [
  '1', '1.1', '1.2', '1.3', '1.4', '2', '2.1', '2.2', '2.3',
  '3', '3.1', '3.1.1', '3.1.2', '3.2', '3.3', '3.4',
  '4', '4.1', '4.2', '4.3', '4.3.1', '4.3.2', '4.3.3', '4.3.4', '4.3.5', '4.4', '4.5', '4.6', '4.7', '4.8',
  '5', '5.1', '5.2', '5.3', '5.4', '6', '6.1', '6.2', '6.3', '6.4', '7', '7.1', '7.2', '7.3', '7.4',
];
/** The chapter that describes each level's factors: the model (1.3, 1.4) for the employee level, whose factors the report only shows in a figure. */
const CHAPTER: Record<string, RegExp> = { employee: /^1\.[34]$/, task: /^3(\.|$)/, 'colleagues-and-leader': /^4(\.|$)/, organisation: /^5(\.|$)/, environment: /^6(\.|$)/ };

const bothLanguages = (text: LocalizedText | undefined) =>
  typeof text === 'object' && text.nl.trim().length > 0 && typeof text.en === 'string' && text.en.trim().length > 0;

describe('the built-in question set', () => {
  const catalogue = loadDefault();
  const scan = catalogue.scan as ScanQuestionSet;

  it('is part of the built-in catalogue', () => {
    assert.ok(scan, 'catalogue/default.json has a scan');
    assert.equal(scan.version, 1);
  });

  it('has one or two statements for every factor of all five levels, about 30 in all', () => {
    for (const factor of catalogue.factorById.keys()) {
      const count = scan.statements.filter((s) => s.factor === factor).length;
      assert.ok(count >= 1 && count <= 2, `${factor}: ${count} statements`);
    }
    assert.ok(scan.statements.length >= 25 && scan.statements.length <= 40, `${scan.statements.length} statements`);
  });

  it('each statement rests on a section of the report, in the chapter of its factor\'s level', () => {
    for (const statement of scan.statements) {
      assert.ok(statement.section && REPORT_SECTIONS.includes(statement.section), `${statement.id}: section ${statement.section}`);
      const level = catalogue.factorById.get(statement.factor)!.level;
      assert.match(statement.section, CHAPTER[level]!, `${statement.id} (${level})`);
    }
  });

  it('has unique, readable ids named after their factor', () => {
    const ids = scan.statements.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const statement of scan.statements) assert.match(statement.id, new RegExp(`^${statement.factor}-\\d$`));
  });

  it('marks a few statements as reverse-scored, not many', () => {
    const reverse = scan.statements.filter((s) => s.reverse === true);
    assert.ok(reverse.length >= 2 && reverse.length <= scan.statements.length / 4, `${reverse.length} reverse-scored`);
  });

  it('has Dutch and English for every text', () => {
    for (const statement of scan.statements) assert.ok(bothLanguages(statement.text), statement.id);
    for (const role of scan.roles) assert.ok(bothLanguages(role.label), role.id);
    assert.equal(scan.scale.labels.length, 5);
    for (const label of [...scan.scale.labels, scan.scale.dontKnow, scan.about]) assert.ok(bothLanguages(label), JSON.stringify(label));
  });

  it('offers the layers of the organisation the report names as roles, and thresholds 4 and 3', () => {
    assert.deepEqual(scan.roles.map((r) => r.id), ['management', 'hr', 'leader', 'employee', 'other']);
    assert.deepEqual(scan.roles.map((r) => (r.label as { nl: string }).nl), ['MT / directie', 'HR', 'Leidinggevende', 'Medewerker', 'Anders']);
    assert.deepEqual(scan.thresholds, { strength: 4, improvement: 3 });
    assert.deepEqual(scan.scale.labels.map((l) => (l as { en: string }).en), ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']);
  });

  it('says it is indicative, not a validated instrument', () => {
    const about = scan.about as { nl: string; en: string };
    assert.match(about.nl, /indicatie/);
    assert.match(about.nl, /geen gevalideerd meetinstrument/);
    assert.match(about.en, /not a validated instrument/);
  });

  it('is frozen and kept by the index of the built-in catalogue', () => {
    assert.ok(Object.isFrozen(scan.statements[0]));
    assert.deepEqual(indexCatalogue(structuredClone(defaultJson)).scan, defaultJson.scan);
  });
});

describe('checking a question set', () => {
  const base = loadDefault();
  const problemsOf = (name: string) => {
    const result = loadCatalogue(fixture(name), base);
    assert.ok(!result.ok, `${name} should be refused`);
    return result.problems;
  };

  it('names the statement whose factor does not exist, with the nearest factor', () => {
    assert.deepEqual(formatProblems(problemsOf('scan-unknown-factor.json')).split('\n'), [
      'scan.statements[1] (autonomy-2).factor: unknown factor "job-autonomie" (did you mean "job-autonomy"?)',
      'scan.statements[2] (feedback-1).factor: unknown factor "no-such-factor"',
    ]);
  });

  it('reports statement and role ids used twice', () => {
    assert.deepEqual(formatProblems(problemsOf('scan-duplicate-id.json')).split('\n'), [
      'scan.roles[1].id: "employee" is used twice',
      'scan.statements[2] (autonomy-1).id: "autonomy-1" is used twice',
    ]);
  });

  it('reports thresholds in the wrong order, in Dutch too', () => {
    const problems = problemsOf('scan-bad-thresholds.json');
    assert.deepEqual(formatProblems(problems).split('\n'), [
      'scan.thresholds: the strength threshold (3) must be higher than the improvement threshold (3.5)',
    ]);
    assert.equal(describeProblem(problems[0]!, 'nl'), 'de drempel voor een sterk punt (3) moet hoger zijn dan die voor een verbeterpunt (3.5)');
  });

  it('equal thresholds are out of order too; the strength threshold must be higher', () => {
    const json = fixture('scan-bad-thresholds.json');
    json.scan.thresholds = { strength: 3, improvement: 3 };
    const result = loadCatalogue(json, base);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => p.code), ['threshold-order']);
    json.scan.thresholds = { strength: 3.5, improvement: 3 };
    assert.ok(loadCatalogue(json, base).ok);
  });

  it('needs exactly five scale labels and thresholds on the scale; a schema problem in a statement names it', () => {
    const problems = problemsOf('scan-bad-scale.json');
    assert.deepEqual(formatProblems(problems).split('\n'), [
      'scan.scale.labels: needs exactly 5 items',
      'scan.thresholds.strength: must be 5 or less',
      'scan.statements[1] (autonomy-2).text: is required (text)',
    ]);
    assert.equal(describeProblem(problems[0]!, 'nl'), 'moet precies 5 onderdelen hebben');
    const six = fixture('scan-bad-scale.json');
    six.scan.scale.labels.push(...six.scan.scale.labels.slice(0, 2));
    const result = loadCatalogue(six, base);
    assert.ok(!result.ok);
    assert.equal(formatProblems(result.problems).split('\n')[0], 'scan.scale.labels: needs exactly 5 items');
  });

  it('checks a complete catalogue\'s statements against its own factors', () => {
    const own = structuredClone(defaultJson) as FullCatalogue & { scan: ScanQuestionSet };
    own.levels = own.levels.map((level) => (level.id === 'environment' ? { ...level, factors: level.factors.filter((f) => f.id !== 'mobility') } : level));
    own.interventions = own.interventions.map((item) => ({ ...item, factors: item.factors.filter((f) => f !== 'mobility') })).filter((item) => item.factors.length);
    const result = loadCatalogue(own);
    assert.ok(!result.ok);
    assert.deepEqual(formatProblems(result.problems).split('\n'), ['scan.statements[33] (mobility-1).factor: unknown factor "mobility"']);
  });
});

describe('a site\'s own question set', () => {
  const base = loadDefault();

  it('an extension without a scan keeps the default\'s question set', () => {
    const result = loadCatalogue(fixture('extension.json'), base);
    assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    assert.deepEqual(result.value.scan, base.scan);
  });

  it('an extension with a scan replaces the default\'s whole question set', () => {
    const json = fixture('scan-unknown-factor.json');
    json.scan.statements[1].factor = 'job-autonomy';
    json.scan.statements[2].factor = 'feedback';
    const result = loadCatalogue(json, base);
    assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    assert.deepEqual(result.value.scan!.statements.map((s) => s.id), ['autonomy-1', 'autonomy-2', 'feedback-1']);
    assert.deepEqual(result.value.scan!.roles.map((r) => r.id), ['employee', 'other']);
    // The interventions still come from the default.
    assert.equal(result.value.interventions.length, base.interventions.length);
  });

  it('the worked example is valid and replaces the question set', () => {
    const result = loadCatalogue(read('../../catalogue/examples/own-scan.json'), base);
    assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    assert.notDeepEqual(result.value.scan, base.scan);
    assert.ok(result.value.scan!.statements.every((s) => base.factorById.has(s.factor)));
  });

  it('a complete catalogue without a scan has none', () => {
    const own = structuredClone(defaultJson) as Partial<FullCatalogue>;
    delete own.scan;
    const result = loadCatalogue(own);
    assert.ok(result.ok, result.ok ? '' : formatProblems(result.problems));
    assert.equal(result.value.scan, undefined);
  });
});
