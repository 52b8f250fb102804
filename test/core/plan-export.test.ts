import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CSV_SEPARATORS, toCsv } from '../../src/core/csv.js';
import { actionTitle, planCsvRows, planToCsv, planToJson, type PlanCsvRow, type PlanCsvWords } from '../../src/core/plan/export.js';
import { addAction, type NewAction } from '../../src/core/plan/edit.js';
import { emptyPlan } from '../../src/core/plan/plan.js';
import { ACTION_STATUSES, PLAN_LIMITS, type Plan } from '../../src/core/plan/schema.js';
import { teamPhases } from '../../src/core/plan/team.js';
import { decodeScanCode, encodeScanCode, type ScanQuestionSetLike } from '../../src/core/scan.js';
import { PLAN_SCHEMA_PATH, planSchemaText } from '../../scripts/plan-schema.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);

function planOf(...inputs: NewAction[]): Plan {
  let plan = emptyPlan();
  for (const input of inputs) plan = addAction(plan, input).plan;
  return plan;
}

const WORDS_NL: PlanCsvWords = { kinds: { catalogue: 'catalogus', own: 'eigen' }, statuses: { planned: 'gepland', running: 'loopt', done: 'klaar' } };
const HEADERS: Record<keyof PlanCsvRow, string> = { level: 'Niveau', phase: 'Fase', title: 'Actie', kind: 'Soort', status: 'Status', owner: 'Eigenaar', note: 'Notitie', intervention: 'Id' };

const plan = planOf(
  { level: 'environment', phase: 'unaware', title: '=Netwerk met het ROC', owner: 'Directie' },
  { level: 'task', phase: 'action', intervention: 'job-crafting', status: 'running', note: 'Eerst met team A; daarna B' },
  { level: 'task', phase: 'unaware', title: 'Eigen actie' },
  { level: 'task', phase: 'action', title: 'Werkoverleg', status: 'done' },
);

describe('plan export: JSON', () => {
  it('is versioned, in a fixed field order, with a closing line break', () => {
    const text = planToJson({ ...plan, title: 'Plan', id: 'p1' }, { updated: '2026-11-30T09:00:00Z' });
    assert.ok(text.endsWith('}\n'));
    const json = JSON.parse(text);
    assert.deepEqual(Object.keys(json), ['format', 'version', 'id', 'title', 'updated', 'actions']);
    assert.equal(json.format, 'lio-plan');
    assert.equal(json.version, 1);
    assert.deepEqual(Object.keys(json.actions[1]), ['id', 'level', 'phase', 'status', 'intervention', 'note']);
    assert.deepEqual(json.actions, plan.actions);
  });

  it('keeps the plan\'s own date unless told the time of the export, and writes no empty fields', () => {
    assert.equal(JSON.parse(planToJson({ ...plan, updated: '2026-01-01T00:00:00Z' })).updated, '2026-01-01T00:00:00Z');
    assert.deepEqual(Object.keys(JSON.parse(planToJson(emptyPlan()))), ['format', 'version', 'actions']);
  });
});

describe('plan export: CSV', () => {
  it('one row per action in the grid order, titles in the page language', () => {
    const rows = planCsvRows(catalogue, plan, 'nl', WORDS_NL);
    assert.deepEqual(
      rows.map((r) => [r.level, r.phase, r.title, r.kind, r.status]),
      [
        ['Taak', 'Onbewust', 'Eigen actie', 'eigen', 'gepland'],
        ['Taak', 'Actie', 'Job crafting', 'catalogus', 'loopt'],
        ['Taak', 'Actie', 'Werkoverleg', 'eigen', 'klaar'],
        ['Omgeving', 'Onbewust', '=Netwerk met het ROC', 'eigen', 'gepland'],
      ],
    );
    assert.deepEqual(rows[1], { level: 'Taak', phase: 'Actie', title: 'Job crafting', kind: 'catalogus', status: 'loopt', owner: '', note: 'Eerst met team A; daarna B', intervention: 'job-crafting' });
    const en = planCsvRows(catalogue, plan, 'en', WORDS_NL);
    assert.deepEqual([en[0]!.level, en[0]!.phase, en[3]!.level], ['Task', 'Unaware', 'Environment']);
  });

  it('goes through toCsv: separator per language, formula-safe, every field quoted', () => {
    const csv = planToCsv(catalogue, plan, 'nl', WORDS_NL, HEADERS);
    assert.equal(csv, toCsv(planCsvRows(catalogue, plan, 'nl', WORDS_NL), HEADERS, CSV_SEPARATORS.nl));
    const lines = csv.split('\r\n');
    assert.equal(lines[0], '\uFEFF"Niveau";"Fase";"Actie";"Soort";"Status";"Eigenaar";"Notitie";"Id"');
    assert.equal(lines[4], `"Omgeving";"Onbewust";"'=Netwerk met het ROC";"eigen";"gepland";"Directie";"";""`);
    assert.ok(planToCsv(catalogue, plan, 'en', WORDS_NL, HEADERS).startsWith('\uFEFF"Niveau","Fase"'));
  });

  it('an intervention the catalogue does not know shows the action\'s title, else its id', () => {
    const fund = load({ schemaVersion: 1, extends: 'default', remove: ['job-crafting'] }, catalogue);
    const known = plan.actions[1]!;
    assert.equal(actionTitle(catalogue, known, 'en'), 'Job crafting');
    assert.equal(actionTitle(fund, known, 'nl'), 'job-crafting');
    assert.equal(actionTitle(fund, { ...known, title: 'Job crafting (oud)' }, 'nl'), 'Job crafting (oud)');
  });
});

describe('team phases', () => {
  const SET: ScanQuestionSetLike = { version: 1, roles: [], thresholds: { strength: 4, improvement: 3 }, statements: [{ id: 'task-variety-1', factor: 'task-variety' }] };

  it('counts respondents per phase from decoded result codes', () => {
    const responses = (['action', 'action', 'selection', undefined] as const).map((phase) => {
      const decoded = decodeScanCode(SET, encodeScanCode(SET, { answers: { 'task-variety-1': 3 }, ...(phase ? { phase } : {}) }));
      assert.ok(decoded.ok);
      return decoded.value;
    });
    assert.deepEqual(teamPhases(responses), {
      counts: { unaware: 0, selection: 1, action: 2, application: 0, continuous: 0 },
      respondents: 4,
      withoutPhase: 1,
      most: ['action'],
    });
  });

  it('reads scan result JSON (phase null when not given), ties and unknown phases', () => {
    const result = teamPhases([{ phase: null }, { phase: 'unaware' }, { phase: 'continuous' }, { phase: 'someday' }]);
    assert.deepEqual(result.most, ['unaware', 'continuous']);
    assert.equal(result.withoutPhase, 2);
    assert.deepEqual(teamPhases([]), { counts: { unaware: 0, selection: 0, action: 0, application: 0, continuous: 0 }, respondents: 0, withoutPhase: 0, most: [] });
  });
});

describe('the plan format\'s JSON Schema file', () => {
  const committed = readFileSync(new URL(`../../${PLAN_SCHEMA_PATH}`, import.meta.url), 'utf8');

  it('is current: the same as generated from the zod schema (npm run schema writes it)', () => {
    assert.equal(committed, planSchemaText());
  });

  it('says what the zod schema says: the statuses, the limits and the title an own action needs', () => {
    const schema = JSON.parse(committed);
    const action = schema.properties.actions.items;
    assert.equal(schema.properties.format.const, 'lio-plan');
    assert.deepEqual(action.properties.status.enum, [...ACTION_STATUSES]);
    assert.equal(action.properties.note.maxLength, PLAN_LIMITS.note);
    assert.equal(schema.properties.actions.maxItems, PLAN_LIMITS.actions);
    assert.deepEqual(action.anyOf, [{ required: ['intervention'] }, { required: ['title'] }]);
    assert.deepEqual(action.required, ['id', 'level', 'phase', 'status']);
  });
});

describe('the plan core stays light', () => {
  it('operations, grid, exports, team phases and the workspace check load no zod: only the import reads schemas', () => {
    for (const name of ['plan', 'gaps', 'export', 'team', 'format', 'check']) {
      const source = readFileSync(new URL(`../../src/core/plan/${name}.ts`, import.meta.url), 'utf8');
      const valueImports = [...source.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
      assert.ok(!valueImports.some((spec) => spec === './schema.js' || spec === './import.js' || spec!.startsWith('zod')), `${name}.ts: ${valueImports.join(', ')}`);
    }
  });
});
