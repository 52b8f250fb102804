import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Catalogue } from '../../src/core/catalogue.js';
import { CSV_SEPARATORS, toCsv } from '../../src/core/csv.js';
import { localize } from '../../src/core/i18n.js';
import { PHASE_IDS } from '../../src/core/ids.js';
import {
  decodeScanCode,
  encodeScanCode,
  scanAdvice,
  scanCsvRows,
  scanFingerprint,
  scanResultJson,
  scoreScan,
  spreadStats,
  summarizeTeam,
  type ScanAnswer,
  type ScanAnswers,
  type ScanQuestionSetLike,
  type ScanResponse,
} from '../../src/core/scan.js';
import * as core from '../../src/core/index.js';
import { defaultJson, load } from '../fixtures/catalogues.js';

const catalogue = load(defaultJson);

/** A small question set over three levels; `task-variety-2` is reverse-scored. */
const SET: ScanQuestionSetLike = {
  version: 1,
  roles: [{ id: 'management' }, { id: 'hr' }, { id: 'leader' }, { id: 'employee' }, { id: 'other' }],
  thresholds: { strength: 4, improvement: 3 },
  statements: [
    { id: 'task-variety-1', factor: 'task-variety' },
    { id: 'task-variety-2', factor: 'task-variety', reverse: true },
    { id: 'job-autonomy-1', factor: 'job-autonomy' },
    { id: 'feedback-1', factor: 'feedback' },
    { id: 'feedback-2', factor: 'feedback' },
    { id: 'trust-and-safety-1', factor: 'trust-and-safety' },
    { id: 'transparency-1', factor: 'transparency' },
  ],
};

const factor = (scores: ReturnType<typeof scoreScan>, id: string) => scores.factors.find((f) => f.id === id);

describe('scan scoring', () => {
  it('scores a factor as the mean of its answers, reverse-scored where marked', () => {
    const scores = scoreScan(catalogue, SET, { 'task-variety-1': 4, 'task-variety-2': 1, 'feedback-1': 2, 'feedback-2': 3 });
    // 4 and (6 - 1) = 5 → 4.5
    assert.equal(factor(scores, 'task-variety')!.score, 4.5);
    assert.equal(factor(scores, 'feedback')!.score, 2.5);
    assert.deepEqual(factor(scores, 'task-variety'), { id: 'task-variety', level: 'task', score: 4.5, scored: 2, statements: 2 });
  });

  it('leaves "don\'t know", unanswered and invalid answers unscored; a factor without answers is not scored, never 0', () => {
    const answers = { 'task-variety-1': 'dont-know', 'job-autonomy-1': 7, 'feedback-1': '3', 'feedback-2': 2, 'no-such-statement': 1 } as unknown as ScanAnswers;
    const scores = scoreScan(catalogue, SET, answers);
    assert.equal(factor(scores, 'task-variety')!.score, undefined);
    assert.equal(factor(scores, 'job-autonomy')!.score, undefined);
    assert.equal(factor(scores, 'feedback')!.score, 2);
    assert.equal(factor(scores, 'feedback')!.scored, 1);
    assert.deepEqual([scores.answered, scores.dontKnow, scores.total], [2, 1, 7]);
    // Nothing answered: nothing scored, nothing strong or weak.
    const empty = scoreScan(catalogue, SET, {});
    assert.ok(empty.factors.every((f) => f.score === undefined && f.scored === 0));
    assert.ok(empty.levels.every((l) => l.score === undefined));
    assert.deepEqual([empty.strengths, empty.improvements, empty.answered], [[], [], 0]);
  });

  it('does not take inherited properties for answers (a statement called "constructor")', () => {
    const set: ScanQuestionSetLike = { ...SET, statements: [{ id: 'constructor', factor: 'feedback' }, { id: 'to-string', factor: 'feedback' }] };
    const scores = scoreScan(catalogue, set, {});
    assert.deepEqual([scores.answered, scores.factors[0]!.score], [0, undefined]);
    assert.deepEqual(decoded(set, encodeScanCode(set, { answers: {} })), { ok: true, value: { answers: {} } });
    assert.deepEqual(scanResultJson(set, scores, { answers: {} }).answers, {});
  });

  it('scores a level as the mean of its scored factors only', () => {
    const scores = scoreScan(catalogue, SET, { 'task-variety-1': 5, 'feedback-1': 2, 'feedback-2': 2, 'trust-and-safety-1': 5 });
    const level = (id: string) => scores.levels.find((l) => l.id === id)!;
    // job-autonomy is not scored and does not pull the task level down.
    assert.equal(level('task').score, 5);
    assert.equal(level('colleagues-and-leader').score, 3.5);
    assert.equal(level('organisation').score, undefined);
    assert.deepEqual(scores.levels.map((l) => l.id), ['task', 'colleagues-and-leader', 'organisation']);
    assert.deepEqual(level('task').factors.map((f) => f.id), ['task-variety', 'job-autonomy']);
    // Factors without statements in the set are not part of the scan.
    assert.equal(factor(scores, 'colleague-support'), undefined);
  });

  it('picks strengths (≥ strength, strongest first) and improvement points (< improvement, weakest first)', () => {
    const scores = scoreScan(catalogue, SET, {
      'task-variety-1': 4, 'task-variety-2': 2, // 4: exactly the strength threshold
      'job-autonomy-1': 5,
      'feedback-1': 1, 'feedback-2': 2, // 1.5
      'trust-and-safety-1': 3, // exactly the improvement threshold: neither
      'transparency-1': 2,
    });
    assert.deepEqual(scores.strengths.map((f) => f.id), ['job-autonomy', 'task-variety']);
    assert.deepEqual(scores.improvements.map((f) => f.id), ['feedback', 'transparency']);
    // Ties keep the catalogue's order.
    const tied = scoreScan(catalogue, SET, { 'transparency-1': 1, 'feedback-1': 1, 'feedback-2': 1, 'job-autonomy-1': 1 });
    assert.deepEqual(tied.improvements.map((f) => f.id), ['job-autonomy', 'feedback', 'transparency']);
    // Other thresholds, other picks.
    const strict = scoreScan(catalogue, { ...SET, thresholds: { strength: 4.5, improvement: 2 } }, { 'task-variety-1': 4, 'task-variety-2': 2, 'feedback-1': 1, 'feedback-2': 2 });
    assert.deepEqual([strict.strengths, strict.improvements.map((f) => f.id)], [[], ['feedback']]);
  });

  it('scans a subset of levels', () => {
    const answers: ScanAnswers = { 'task-variety-1': 1, 'feedback-1': 5, 'transparency-1': 1 };
    const scores = scoreScan(catalogue, SET, answers, { levels: ['colleagues-and-leader'] });
    assert.deepEqual(scores.levels.map((l) => l.id), ['colleagues-and-leader']);
    assert.deepEqual(scores.factors.map((f) => f.id), ['trust-and-safety', 'feedback']);
    assert.deepEqual([scores.answered, scores.total, scores.improvements], [1, 3, []]);
    assert.deepEqual(scoreScan(catalogue, SET, answers, { levels: [] }).total, 7);
  });
});

/** A catalogue whose items for `job-autonomy` exercise evidence, phase and not-effective. */
function adviceCatalogue(): Catalogue {
  const item = (id: string, evidence: string, phases: string[]) => ({ id, title: { nl: id }, summary: { nl: id }, level: 'task', factors: ['job-autonomy'], phases, evidence, sources: [], links: [] });
  return load({
    ...defaultJson,
    // Its own items only: the default's aliases point at items it does not have.
    aliases: {},
    interventions: [
      item('practice-fit', 'practice', ['action']),
      item('did-not-work', 'not-effective', ['action']),
      item('proven-nofit', 'proven', ['selection']),
      item('proven-fit', 'proven', ['action']),
      item('mixed-fit', 'mixed', ['action']),
    ],
  });
}

describe('scan advice', () => {
  it('recommends for each improvement point by evidence, then phase, never not-effective', () => {
    const small = adviceCatalogue();
    const scores = scoreScan(small, SET, { 'job-autonomy-1': 1, 'feedback-1': 2, 'feedback-2': 2, 'task-variety-1': 5 });
    const advice = scanAdvice(small, scores, { phase: 'action' });
    assert.deepEqual(advice.map((a) => a.factor.id), ['job-autonomy', 'feedback']);
    assert.deepEqual(advice[0]!.recommendations.map((r) => r.intervention.id), ['proven-fit', 'proven-nofit', 'mixed-fit', 'practice-fit']);
    assert.deepEqual(advice[0]!.notEffective.map((i) => i.id), ['did-not-work']);
    assert.deepEqual(advice[1]!.recommendations, []);
    const noPhase = scanAdvice(small, scores, { limit: 2 });
    assert.deepEqual(noPhase[0]!.recommendations.map((r) => r.intervention.id), ['proven-nofit', 'proven-fit']);
  });

  it('never recommends a not-effective item of the built-in catalogue', () => {
    const weak = [...new Set(catalogue.interventions.filter((i) => i.evidence === 'not-effective').flatMap((i) => i.factors))];
    assert.ok(weak.length > 0);
    const scores = { improvements: weak.map((id) => ({ id, level: catalogue.factorById.get(id)!.level, score: 1, scored: 1, statements: 1 })) };
    const advice = scanAdvice(catalogue, scores, { phase: 'action' });
    assert.ok(advice.some((a) => a.notEffective.length > 0));
    for (const a of advice) assert.ok(a.recommendations.every((r) => r.intervention.evidence !== 'not-effective'), a.factor.id);
  });
});

/** FNV-1a as the code uses it, to craft codes with a valid check. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function withCheck(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
  h >>>= 0;
  return `lio1.${body}${ALPHABET[(h >>> 6) & 63]}${ALPHABET[h & 63]}`;
}

/** A seeded generator, so a failing fuzz case can be repeated. */
function random(seed: number) {
  return () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const VALUES: Array<ScanAnswer | undefined> = [undefined, 1, 2, 3, 4, 5, 'dont-know'];

function randomResponse(next: () => number, set: ScanQuestionSetLike): ScanResponse {
  const answers: Record<string, ScanAnswer> = {};
  for (const s of set.statements) {
    const value = VALUES[Math.floor(next() * VALUES.length)];
    if (value !== undefined) answers[s.id] = value;
  }
  const role = set.roles[Math.floor(next() * (set.roles.length + 1))]?.id;
  const phase = PHASE_IDS[Math.floor(next() * (PHASE_IDS.length + 1))];
  return { answers, ...(role ? { role } : {}), ...(phase ? { phase } : {}) };
}

/** The problem's reason, or `ok`. */
const problemCode = (result: ReturnType<typeof decodeScanCode>) => (result.ok ? 'ok' : result.problems.map((p) => `${p.code}:${p.params?.['reason']}`).join());
/** A decoded response without its undefined role or phase, to compare with what was encoded. */
const decoded = (set: ScanQuestionSetLike, code: unknown) => {
  const result = decodeScanCode(set, code);
  return result.ok ? { ok: true, value: JSON.parse(JSON.stringify(result.value)) as ScanResponse } : result;
};

describe('scan result codes', () => {
  const odd = SET;
  const even: ScanQuestionSetLike = { ...SET, statements: SET.statements.slice(0, 6) };

  it('round-trips answers, role and phase, for odd and even statement counts', () => {
    const next = random(1);
    for (const set of [odd, even]) {
      for (let i = 0; i < 300; i++) {
        const response = randomResponse(next, set);
        const code = encodeScanCode(set, response);
        assert.match(code, /^lio1\.[A-Za-z0-9_-]+$/);
        assert.equal(code.length, 5 + 6 + Math.ceil(set.statements.length / 2) + 2);
        assert.deepEqual(decoded(set, code), { ok: true, value: response });
      }
    }
    // Everything answered, nothing answered.
    const all: ScanResponse = { answers: Object.fromEntries(odd.statements.map((s) => [s.id, 'dont-know'])), role: 'other', phase: 'continuous' };
    assert.deepEqual(decoded(odd, encodeScanCode(odd, all)), { ok: true, value: all });
    assert.deepEqual(decoded(odd, encodeScanCode(odd, { answers: {} })), { ok: true, value: { answers: {} } });
  });

  it('leaves out what the question set does not know', () => {
    const code = encodeScanCode(SET, { answers: { 'feedback-1': 4, elsewhere: 2, 'feedback-2': 9 as ScanAnswer }, role: 'visitor', phase: 'someday' as never });
    assert.deepEqual(decoded(SET, code), { ok: true, value: { answers: { 'feedback-1': 4 } } });
  });

  it('reads a code with spaces and line breaks', () => {
    const response: ScanResponse = { answers: { 'job-autonomy-1': 2 }, role: 'hr' };
    const code = encodeScanCode(SET, response);
    assert.deepEqual(decoded(SET, ` ${code.slice(0, 8)}\n ${code.slice(8)} `), { ok: true, value: response });
  });

  it('names what is wrong: not a code, another version, another question set, another length', () => {
    const code = encodeScanCode(SET, { answers: { 'feedback-1': 4 }, role: 'management' });
    for (const bad of ['', 'hello', 'lio.abc', `xyz1.${code.slice(5)}`, 42, null, undefined, {}]) assert.equal(problemCode(decodeScanCode(SET, bad)), 'invalid:format', String(bad));
    const version = decodeScanCode(SET, `lio2.${code.slice(5)}`);
    assert.equal(problemCode(version), 'invalid:version');
    assert.deepEqual(!version.ok && version.problems[0]!.params, { reason: 'version', version: '2' });
    // Another statement, another order, other roles: all another question set.
    const others: ScanQuestionSetLike[] = [
      { ...SET, statements: [...SET.statements.slice(0, 6), { id: 'mobility-1', factor: 'mobility' }] },
      { ...SET, statements: [...SET.statements].reverse() },
      { ...SET, roles: SET.roles.slice(1) },
    ];
    for (const other of others) assert.equal(problemCode(decodeScanCode(other, code)), 'invalid:foreign');
    assert.notEqual(scanFingerprint(others[0]!), scanFingerprint(SET));
    // The right fingerprint and a valid check, but answers for another number of statements.
    const body = code.slice(5, -2);
    const longer = decodeScanCode(SET, withCheck(`${body}A`));
    assert.equal(problemCode(longer), 'invalid:length');
    assert.deepEqual(!longer.ok && longer.problems[0]!.params, { reason: 'length', expected: 7 });
    assert.equal(problemCode(decodeScanCode(SET, withCheck(body.slice(0, -1)))), 'invalid:length');
    assert.equal(problemCode(decodeScanCode(SET, withCheck(body))), 'ok');
  });

  it('rejects a damaged code as corrupt', () => {
    const code = encodeScanCode(SET, { answers: { 'feedback-1': 4, 'transparency-1': 5 }, role: 'leader', phase: 'action' });
    const body = code.slice(5, -2);
    const corrupt = [
      code.slice(0, -1), // cut short
      `${code}A`, // one character too many
      `${code.slice(0, 10)}*${code.slice(11)}`, // not base64url
      'lio1.', 'lio1.AAAA',
      withCheck(`${body.slice(0, 4)}Z${body.slice(5)}`), // role 25 of 5
      withCheck(`${body.slice(0, 5)}Z${body.slice(6)}`), // phase 25 of 5
      withCheck(`${body.slice(0, 6)}_${body.slice(7)}`), // answer pair 63 > 6 × 7 + 6
      withCheck(`${body.slice(0, -1)}${ALPHABET[5 * 7 + 1]}`), // the padding of an odd count is not 0
    ];
    for (const bad of corrupt) assert.equal(problemCode(decodeScanCode(SET, bad)), 'invalid:corrupt', bad);
    // Nearly every one-character typo is caught by the check (12 bits).
    let caught = 0;
    let typos = 0;
    for (let i = 5; i < code.length; i++) {
      for (const c of ALPHABET) {
        if (c === code[i]) continue;
        typos++;
        if (!decodeScanCode(SET, code.slice(0, i) + c + code.slice(i + 1)).ok) caught++;
      }
    }
    assert.ok(caught / typos > 0.99, `${caught} of ${typos}`);
  });

  it('never throws on random or mangled input, and gives one problem or valid answers', () => {
    const next = random(7);
    const pick = (s: string) => s[Math.floor(next() * s.length)]!;
    const code = encodeScanCode(SET, randomResponse(next, SET));
    const codes = new Set(['format', 'version', 'corrupt', 'foreign', 'length'].map((reason) => `invalid:${reason}`));
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(next() * 40);
      const junk = Array.from({ length }, () => pick(`${ALPHABET}.#=&?é\u0000 \n💡`)).join('');
      const mangled = [...code].map((c) => (next() < 0.1 ? pick(ALPHABET) : c)).join('');
      for (const input of [junk, `lio1.${junk}`, `lio${Math.floor(next() * 3)}.${junk}`, mangled]) {
        const result = decodeScanCode(SET, input);
        if (result.ok) {
          for (const [id, value] of Object.entries(result.value.answers)) assert.ok(SET.statements.some((s) => s.id === id) && VALUES.includes(value), input);
        } else {
          assert.equal(result.problems.length, 1);
          assert.ok(codes.has(problemCode(result)), input);
        }
      }
    }
  });
});

describe('team summary', () => {
  const answers = (task: ScanAnswer, feedback: ScanAnswer, transparency?: ScanAnswer): ScanAnswers => ({
    'task-variety-1': task,
    'feedback-1': feedback,
    ...(transparency === undefined ? {} : { 'transparency-1': transparency }),
  });
  const responses: ScanResponse[] = [
    { answers: answers(5, 4, 2), role: 'management' },
    { answers: answers(4, 5, 2), role: 'management' },
    { answers: answers(5, 4), role: 'management' },
    { answers: answers(2, 2, 3), role: 'employee' },
    { answers: answers(3, 1, 4), role: 'employee' },
    { answers: answers(2, 'dont-know', 5), role: 'employee' },
    { answers: answers(1, 5, 1), role: 'hr' },
    { answers: answers(3, 3, 3) },
  ];

  it('gives per factor the median and the range over everyone', () => {
    const team = summarizeTeam(catalogue, SET, responses);
    assert.equal(team.respondents, 8);
    const f = (id: string) => team.factors.find((x) => x.id === id)!;
    assert.deepEqual(f('task-variety').all, { respondents: 8, median: 3, min: 1, max: 5 });
    assert.deepEqual(f('feedback').all, { respondents: 7, median: 4, min: 1, max: 5 });
    assert.deepEqual(f('transparency').all, { respondents: 7, median: 3, min: 1, max: 5 });
    assert.equal(f('job-autonomy').all, undefined);
    assert.deepEqual(team.factors.map((x) => x.id), ['task-variety', 'job-autonomy', 'trust-and-safety', 'feedback', 'transparency']);
    assert.deepEqual(spreadStats([4, 1, 3, 2]), { respondents: 4, median: 2.5, min: 1, max: 4 });
    assert.equal(spreadStats([]), undefined);
  });

  it('shows a role only from the minimum group size, per factor too', () => {
    const team = summarizeTeam(catalogue, SET, responses);
    assert.deepEqual(team.roles, [{ id: 'management', respondents: 3 }, { id: 'employee', respondents: 3 }]);
    assert.equal(team.unattributed, 2);
    const f = (id: string) => team.factors.find((x) => x.id === id)!;
    assert.deepEqual(f('task-variety').roles, {
      management: { respondents: 3, median: 5, min: 4, max: 5 },
      employee: { respondents: 3, median: 2, min: 2, max: 3 },
    });
    // Only two managers scored transparency, two employees feedback: not shown.
    assert.deepEqual(Object.keys(f('transparency').roles), ['employee']);
    assert.deepEqual(Object.keys(f('feedback').roles), ['management']);
    assert.ok(!JSON.stringify(team).includes('"hr"'));
    // Configurable: 1 shows every role with a respondent; 4 none.
    const all = summarizeTeam(catalogue, SET, responses, { minGroupSize: 1 });
    assert.deepEqual(all.roles.map((r) => r.id), ['management', 'hr', 'employee']);
    assert.equal(all.unattributed, 1);
    const none = summarizeTeam(catalogue, SET, responses, { minGroupSize: 4 });
    assert.deepEqual([none.roles, none.unattributed, none.differences], [[], 8, []]);
    assert.deepEqual(summarizeTeam(catalogue, SET, responses, { minGroupSize: Number.NaN }).roles.length, 2);
  });

  it('lists the factors where the roles differ most, largest gap first', () => {
    const team = summarizeTeam(catalogue, SET, responses, { minGroupSize: 1 });
    assert.deepEqual(
      team.differences.map((d) => [d.factor, d.gap, d.highest.role, d.lowest.role]),
      [
        ['task-variety', 4, 'management', 'hr'], // 5 (5, 4, 5) against 1
        ['feedback', 3.5, 'hr', 'employee'], // 5 against 1.5 (2, 1)
        ['transparency', 3, 'employee', 'hr'], // 4 (3, 4, 5) against 1; management's 2 is in between
      ],
    );
    assert.deepEqual(team.differences[1]!.lowest, { role: 'employee', median: 1.5 });
    // With the default group size only management and employee compare, where both are shown.
    assert.deepEqual(summarizeTeam(catalogue, SET, responses).differences.map((d) => [d.factor, d.gap]), [['task-variety', 3]]);
  });

  it('sums up a subset of levels', () => {
    const team = summarizeTeam(catalogue, SET, responses, { levels: ['task'] });
    assert.deepEqual(team.factors.map((x) => x.id), ['task-variety', 'job-autonomy']);
  });
});

describe('scan exports', () => {
  const response: ScanResponse = { answers: { 'task-variety-1': 5, 'task-variety-2': 2, 'feedback-1': 1, 'feedback-2': 2, 'trust-and-safety-1': 'dont-know', 'transparency-1': 3 }, role: 'leader', phase: 'selection' };
  const scores = scoreScan(catalogue, SET, response.answers);

  it('gives the result as a versioned, anonymous JSON object that holds its own code', () => {
    const json = scanResultJson(SET, scores, response);
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
    assert.deepEqual(Object.keys(json), ['format', 'version', 'questionSet', 'role', 'phase', 'answered', 'dontKnow', 'total', 'levels', 'factors', 'strengths', 'improvements', 'answers', 'code']);
    assert.deepEqual([json.format, json.version, json.questionSet], ['lio-scan-result', 1, { version: 1, fingerprint: scanFingerprint(SET) }]);
    assert.deepEqual([json.role, json.phase, json.answered, json.dontKnow, json.total], ['leader', 'selection', 6, 1, 7]);
    assert.deepEqual(json.levels, [
      { id: 'task', score: 4.5 },
      { id: 'colleagues-and-leader', score: 1.5 },
      { id: 'organisation', score: 3 },
    ]);
    assert.deepEqual(json.factors.map((f) => [f.id, f.score, f.verdict]), [
      ['task-variety', 4.5, 'strength'],
      ['job-autonomy', null, 'not-scored'],
      ['trust-and-safety', null, 'not-scored'],
      ['feedback', 1.5, 'improvement'],
      ['transparency', 3, 'neutral'],
    ]);
    assert.deepEqual([json.strengths, json.improvements], [['task-variety'], ['feedback']]);
    assert.deepEqual(json.answers, response.answers);
    assert.deepEqual(decoded(SET, json.code), { ok: true, value: response });
    // Scores are rounded to two decimals; an unknown role is left out.
    const third = scoreScan(catalogue, SET, { 'feedback-1': 1, 'feedback-2': 2, 'trust-and-safety-1': 2 }, { levels: ['colleagues-and-leader'] });
    const subset = scanResultJson(SET, third, { answers: { 'feedback-1': 1, 'feedback-2': 2, 'trust-and-safety-1': 2, 'transparency-1': 4 }, role: 'visitor' });
    assert.deepEqual(subset.levels, [{ id: 'colleagues-and-leader', score: 1.75 }]);
    assert.equal(subset.role, null);
    assert.equal(subset.phase, null);
    // Only the answers of the scan's levels.
    assert.deepEqual(Object.keys(subset.answers), ['feedback-1', 'feedback-2', 'trust-and-safety-1']);
    const twoThirds = scoreScan(catalogue, SET, { 'task-variety-1': 5, 'task-variety-2': 2, 'job-autonomy-1': 2 });
    assert.equal(scanResultJson(SET, twoThirds, { answers: {} }).levels[0]!.score, 3.25);
    assert.equal(scanResultJson(SET, scoreScan(catalogue, { ...SET, statements: [...SET.statements, { id: 'feedback-3', factor: 'feedback' }] }, { 'feedback-1': 1, 'feedback-2': 1, 'feedback-3': 2 }), { answers: {} }).factors[3]!.score, 1.33);
  });

  it('gives one CSV row per factor for the shared CSV writer, in the language\'s notation', () => {
    const verdicts = { strength: 'Sterk punt', improvement: 'Verbeterpunt', neutral: '', 'not-scored': 'Niet gescoord' };
    const rows = scanCsvRows(catalogue, scores, 'nl', verdicts);
    assert.deepEqual(rows[0], { level: 'Taak', factor: localize(catalogue.factorById.get('task-variety')!.title, 'nl'), score: '4,50', scored: '2', statements: '2', verdict: 'Sterk punt' });
    assert.deepEqual(rows.map((r) => r.score), ['4,50', '', '', '1,50', '3,00']);
    assert.equal(scanCsvRows(catalogue, scores, 'en', verdicts)[0]!.score, '4.50');
    const headers = { level: 'Niveau', factor: 'Factor', score: 'Score', scored: 'Beantwoord', statements: 'Stellingen', verdict: 'Oordeel' };
    const csv = toCsv(scanCsvRows(catalogue, scores, 'nl', { ...verdicts, neutral: '=1+1' }), headers, CSV_SEPARATORS.nl);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], '\uFEFF"Niveau";"Factor";"Score";"Beantwoord";"Stellingen";"Oordeel"');
    assert.equal(lines.length, 7);
    assert.ok(lines[5]!.endsWith(`;"3,00";"1";"1";"'=1+1"`), lines[5]);
  });

  it('is part of the core entry, with the recommendations', () => {
    for (const name of ['scoreScan', 'scanAdvice', 'encodeScanCode', 'decodeScanCode', 'scanFingerprint', 'summarizeTeam', 'spreadStats', 'scanResultJson', 'scanCsvRows', 'toCsv', 'recommend']) {
      assert.equal(typeof (core as Record<string, unknown>)[name], 'function', name);
    }
  });

  it('describes a code problem in Dutch and English', () => {
    const result = decodeScanCode(SET, 'lio9.AAAAAAAA');
    assert.ok(!result.ok);
    assert.equal(core.describeProblem(result.problems[0]!, 'nl'), 'ongeldige waarde');
    assert.equal(core.describeProblem(result.problems[0]!, 'en'), 'invalid result code (version)');
  });
});

describe('the built-in question set', () => {
  // The schema's type satisfies the structural input type: this line would not compile otherwise.
  const builtIn: ScanQuestionSetLike = catalogue.scan!;

  it('scores every factor it asks about, and reverse-scores where marked', () => {
    const agree = Object.fromEntries(builtIn.statements.map((s) => [s.id, 5 as ScanAnswer]));
    const scores = scoreScan(catalogue, builtIn, agree);
    assert.equal(scores.total, builtIn.statements.length);
    assert.equal(scores.answered, builtIn.statements.length);
    assert.deepEqual(scores.levels.map((l) => l.id), catalogue.levels.map((l) => l.id));
    const reversed = new Set(builtIn.statements.filter((s) => s.reverse).map((s) => s.factor));
    assert.ok(reversed.size > 0);
    for (const f of scores.factors) {
      const statements = builtIn.statements.filter((s) => s.factor === f.id);
      const expected = statements.reduce((sum, s) => sum + (s.reverse ? 1 : 5), 0) / statements.length;
      assert.equal(f.score, expected, f.id);
    }
    // Agreeing with everything is not all strengths: the reverse-scored factors say otherwise.
    assert.ok(scores.strengths.length < scores.factors.length);
  });

  it('round-trips a code and a short scan over one level', () => {
    const next = random(11);
    const response = randomResponse(next, builtIn);
    const code = encodeScanCode(builtIn, response);
    assert.equal(code.length, 5 + 6 + Math.ceil(builtIn.statements.length / 2) + 2);
    assert.deepEqual(decoded(builtIn, code), { ok: true, value: response });
    assert.equal(problemCode(decodeScanCode(SET, code)), 'invalid:foreign');
    const short = scoreScan(catalogue, builtIn, response.answers, { levels: ['organisation'] });
    assert.deepEqual(short.levels.map((l) => l.id), ['organisation']);
    assert.equal(short.total, builtIn.statements.filter((s) => catalogue.factorById.get(s.factor)!.level === 'organisation').length);
  });
});
