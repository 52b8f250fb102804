import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  layoutDiagram,
  layoutProblems,
  layoutStacked,
  minimumWidth,
  type DiagramLayout,
  type DiagramLevelInput,
  type DiagramOptions,
  type MeasureText,
} from '../../src/core/diagram/layout.js';
import { wrapText } from '../../src/core/diagram/wrap.js';
import { defaultJson } from '../fixtures/catalogues.js';
import { arialMeasure, pessimisticMeasure } from '../fixtures/measure.js';

const SIZES: Omit<DiagramOptions, 'width'> = { fontSize: 16, lineHeight: 1.25, padding: 12, gap: 6, chipPadding: 6, maxChipLines: 3 };
const MEASURES: Array<[string, MeasureText]> = [
  ['Arial-like', arialMeasure(16)],
  ['pessimistic', pessimisticMeasure(16)],
];

type Localized = { nl: string; en?: string };
type JsonLevel = { id: string; title: Localized; factors: Array<{ id: string; title: Localized }> };

/** The built-in catalogue's levels in `lang`, in the catalogue's order (the employee first). */
function builtIn(lang: 'nl' | 'en'): DiagramLevelInput[] {
  return (defaultJson.levels as JsonLevel[]).map((level) => ({
    id: level.id,
    label: level.title[lang]!,
    factors: level.factors.map((factor) => ({ id: factor.id, label: factor.title[lang]! })),
  }));
}

/** A made-up catalogue: `counts[i]` factors on level i, labels from `label`. */
function custom(counts: number[], label: (level: number, factor: number) => string): DiagramLevelInput[] {
  return counts.map((count, l) => ({
    id: `level-${l}`,
    label: `Niveau ${l + 1}: ${['persoon', 'werkplek', 'team en leiding', 'organisatie als geheel', 'maatschappelijke omgeving', 'keten', 'sector', 'regio'][l % 8]}`,
    factors: Array.from({ length: count }, (_, f) => ({ id: `factor-${l}-${f}`, label: label(l, f) })),
  }));
}

const LONG_WORD = 'Arbeidsongeschiktheidsverzekering'; // one word of 33 characters
const LONG_DUTCH = [
  'Ruimte voor experimenteren met nieuwe werkwijzen binnen de eigen afdeling en daarbuiten',
  `Afspraken over ${LONG_WORD} en re-integratie`,
  'Structurele ondersteuning van informeel leren op de werkplek door ervaren collega\'s',
  'Samenwerking met kennisinstellingen, leveranciers en klanten in gezamenlijke projecten',
];
const CATALOGUES: Array<[string, DiagramLevelInput[]]> = [
  ['built-in nl', builtIn('nl')],
  ['built-in en', builtIn('en')],
  ['3 factors a level', custom([3, 3, 3, 3, 3], (l, f) => `Factor ${f + 1} van niveau ${l + 1}`)],
  ['8 factors a level', custom([8, 8, 8, 8, 8], (l, f) => ['Vertrouwen', 'Leiderschapsontwikkeling', 'Kennisdeling tussen teams', 'Eigen regie', 'Werkdruk', 'Loopbaanperspectief', 'Digitale vaardigheden', 'Innovatiebudget'][(l + f) % 8]!)],
  ['long Dutch labels', custom([4, 4, 4, 4, 4], (l, f) => LONG_DUTCH[(l + f) % LONG_DUTCH.length]!)],
  ['3 and 8 factors, 3 levels', custom([3, 8, 3], (l, f) => `Factor ${l + 1}.${f + 1}: ${LONG_DUTCH[f % LONG_DUTCH.length]!.split(' ').slice(0, 4).join(' ')}`)],
];

/** Every promise a layout of `levels` at `width` makes; fails the test with the first problems. */
function assertGood(layout: DiagramLayout | undefined, levels: readonly DiagramLevelInput[], measure: MeasureText, width: number, what: string): void {
  assert.ok(layout, `${what}: no layout at ${width} px`);
  assert.equal(layout.width, width);
  assert.deepEqual(layoutProblems(layout, { measure, options: { ...SIZES, width } }), [], `${what} at ${width} px`);
  // Every factor exactly once, in its own level, in the catalogue's order; every level in input order.
  assert.deepEqual(layout.levels.map((l) => l.id), levels.map((l) => l.id));
  layout.levels.forEach((box, i) => {
    assert.deepEqual(box.factors.map((f) => f.id), levels[i]!.factors.map((f) => f.id), `${what}: factors of ${box.id}`);
    // No text is lost: the lines put together are the label (a cut word loses only its spaces' absence).
    box.factors.forEach((f, j) => assert.equal(f.lines.join(' ').replace(/\s/g, ''), levels[i]!.factors[j]!.label.replace(/\s/g, '')));
    assert.equal(box.title.lines.join(' ').replace(/\s/g, ''), levels[i]!.label.replace(/\s/g, ''));
  });
  for (const box of layout.levels) {
    for (const rect of [box, box.title, ...box.factors]) {
      assert.ok(rect.x >= 0 && rect.x + rect.width <= width && rect.y >= 0 && rect.y + rect.height <= layout.height, `${what}: ${box.id} reaches beyond the diagram`);
    }
  }
}

/** Each inner level's band strictly inside the one around it (checked here apart from layoutProblems). */
function assertNested(layout: DiagramLayout): void {
  for (let i = 1; i < layout.levels.length; i++) {
    const inner = layout.levels[i - 1]!;
    const outer = layout.levels[i]!;
    assert.ok(inner.x > outer.x && inner.y > outer.y, `${inner.id} starts inside ${outer.id}`);
    assert.ok(inner.x + inner.width < outer.x + outer.width && inner.y + inner.height < outer.y + outer.height, `${inner.id} ends inside ${outer.id}`);
  }
}

describe('model diagram layout: the built-in catalogue as nested bands', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const [name, measure] of MEASURES) {
      it(`${lang}, ${name}: good at 1280, 960, 720 px and at its minimum width`, () => {
        const levels = builtIn(lang);
        assert.equal(levels.flatMap((l) => l.factors).length, 24);
        const minimum = minimumWidth(levels, measure, SIZES);
        assert.ok(minimum <= 720, `minimum ${minimum} px`);
        for (const width of [1280, 960, 720, minimum]) {
          const layout = layoutDiagram(levels, measure, { ...SIZES, width });
          assertGood(layout, levels, measure, width, `${lang} ${name}`);
          assert.equal(layout!.kind, 'nested');
          assertNested(layout!);
          // The outermost band is the full width and the innermost level ends at the bottom, inset.
          assert.deepEqual([layout!.levels.at(-1)!.x, layout!.levels.at(-1)!.width, layout!.levels.at(-1)!.y], [0, width, 0]);
        }
        assert.equal(layoutDiagram(levels, measure, { ...SIZES, width: minimum - 1 }), undefined, 'one px narrower does not fit');
      });
    }
  }

  it('the order is the catalogue\'s: the employee innermost, the environment the outer band', () => {
    const layout = layoutDiagram(builtIn('nl'), arialMeasure(16), { ...SIZES, width: 960 })!;
    assert.deepEqual(layout.levels.map((l) => l.id), ['employee', 'task', 'colleagues-and-leader', 'organisation', 'environment']);
    assert.deepEqual(layout.levels.map((l) => l.x), [48, 36, 24, 12, 0]);
    // Titles from the top down: environment first, the employee last.
    const titles = [...layout.levels].sort((a, b) => a.title.y - b.title.y).map((l) => l.id);
    assert.deepEqual(titles, ['environment', 'organisation', 'colleagues-and-leader', 'task', 'employee']);
  });
});

describe('model diagram layout: custom catalogues and long labels', () => {
  for (const [what, levels] of CATALOGUES.slice(2)) {
    for (const [name, measure] of MEASURES) {
      it(`${what}, ${name}: good from the minimum width to 1400 px, every 10 px`, () => {
        const minimum = minimumWidth(levels, measure, SIZES);
        assert.ok(Number.isFinite(minimum) && minimum < 1400, `minimum ${minimum} px`);
        for (let width = minimum; width <= 1400; width += 10) {
          const layout = layoutDiagram(levels, measure, { ...SIZES, width });
          assertGood(layout, levels, measure, width, what);
          assertNested(layout!);
        }
        assert.equal(layoutDiagram(levels, measure, { ...SIZES, width: minimum - 1 }), undefined);
      });
    }
  }

  it('a word wider than its band makes the nested layout give up rather than cut it', () => {
    const levels = custom([1, 1, 1, 1, 1], (l) => (l === 0 ? LONG_WORD : 'Kort'));
    const measure = arialMeasure(16);
    const minimum = minimumWidth(levels, measure, SIZES);
    // The innermost chip's text space is the width less 4 insets, the padding and the chip's padding on both sides.
    assert.equal(minimum, Math.ceil(measure(LONG_WORD, 'factor')) + 2 * 4 * 12 + 2 * 12 + 2 * 6);
    assert.equal(layoutDiagram(levels, measure, { ...SIZES, width: minimum - 1 }), undefined);
    const stacked = layoutStacked(levels, measure, { ...SIZES, width: 200 });
    assertGood(stacked, levels, measure, 200, 'stacked with a cut word');
    assert.ok(stacked!.levels[0]!.factors[0]!.lines.length > 1, 'the word is cut only in the stacked fallback');
  });

  it('a label that needs more than maxChipLines lines does not fit', () => {
    const levels = custom([1], () => LONG_DUTCH[0]!);
    const measure = pessimisticMeasure(16);
    const one = minimumWidth(levels, measure, { ...SIZES, maxChipLines: 1 });
    const three = minimumWidth(levels, measure, { ...SIZES, maxChipLines: 3 });
    assert.ok(one > three, `one line needs ${one} px, three ${three} px`);
    const width = minimumWidth(levels, measure, { ...SIZES, maxChipLines: 1 });
    assert.deepEqual(layoutDiagram(levels, measure, { ...SIZES, maxChipLines: 1, width })!.levels[0]!.factors[0]!.lines, [LONG_DUTCH[0]]);
  });
});

describe('model diagram layout: the stacked fallback', () => {
  for (const [what, levels] of CATALOGUES) {
    for (const [name, measure] of MEASURES) {
      if (what === 'long Dutch labels' && name === 'pessimistic') continue; // the next test: it needs a fourth line
      it(`${what}, ${name}: good at 320 px, levels one under another`, () => {
        const layout = layoutStacked(levels, measure, { ...SIZES, width: 320 });
        assertGood(layout, levels, measure, 320, `${what} stacked`);
        assert.equal(layout!.kind, 'stacked');
        assert.ok(layout!.levels.every((l) => l.x === 0 && l.width === 320), 'every level the full width');
        // The outermost level on top, as in the nested bands.
        const top = [...layout!.levels].sort((a, b) => a.y - b.y).map((l) => l.id);
        assert.deepEqual(top, levels.map((l) => l.id).reverse());
      });
    }
  }

  it('labels that need more than maxChipLines lines even at the full width give no stacked layout (the element shows the list)', () => {
    const levels = CATALOGUES.find(([what]) => what === 'long Dutch labels')![1];
    const measure = pessimisticMeasure(16);
    assert.equal(layoutStacked(levels, measure, { ...SIZES, width: 320 }), undefined);
    const width = minimumWidth(levels, measure, SIZES, 'stacked');
    assert.ok(width > 320 && width <= 480, `stacked minimum ${width} px`);
    const options = { ...SIZES, maxChipLines: 4 };
    const layout = layoutStacked(levels, measure, { ...options, width: 320 });
    assert.ok(layout, 'with a fourth line allowed it fits');
    assert.deepEqual(layoutProblems(layout, { measure, options: { ...options, width: 320 } }), []);
    assert.equal(Math.max(...layout.levels.flatMap((l) => l.factors.map((f) => f.lines.length))), 4);
  });
});

describe('model diagram layout: a note under a label (score, count)', () => {
  const measure: MeasureText = (text) => text.length * 10;
  const options: Omit<DiagramOptions, 'width'> = { fontSize: 10, lineHeight: 2, padding: 10, gap: 4, chipPadding: 5, maxChipLines: 2 };
  const levels = (note?: string): DiagramLevelInput[] => [{ id: 'task', label: 'Taak', factors: [{ id: 'a', label: 'aaaa bbbb', ...(note !== undefined && { note }) }, { id: 'b', label: 'cc' }] }];

  it('takes lines of its own under the label, widens the chip to the wider of the two, and counts no lines against maxChipLines', () => {
    const layout = layoutDiagram(levels('3,4 · sterk punt'), measure, { ...options, width: 180 })!;
    const chip = layout.levels[0]!.factors[0]!;
    assert.deepEqual(chip.lines, ['aaaa bbbb']);
    assert.deepEqual(chip.note, ['3,4 · sterk', 'punt']); // 150 px of room: the note (160 px) wraps, the label keeps its one line
    assert.equal(chip.width, 110 + 10);
    assert.equal(chip.height, 3 * 20 + 10);
    assert.deepEqual(layout.levels[0]!.factors[1]!.note, []);
    assert.deepEqual(layoutProblems(layout, { measure, options: { ...options, width: 180 } }), []);
  });

  it('a note with a word wider than the chip gives no nested layout, and the check catches a note cut off', () => {
    assert.equal(layoutDiagram(levels('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), measure, { ...options, width: 200 }), undefined);
    const layout = layoutDiagram(levels('3,4'), measure, { ...options, width: 200 })!;
    layout.levels[0]!.factors[0]!.note = ['3,4 · verbeterpunt'];
    assert.match(layoutProblems(layout, { measure, options: { ...options, width: 200 } }).join('\n'), /chip a: "3,4 · verbeterpunt" is 180 px wide/);
  });
});

describe('layoutProblems finds what is wrong', () => {
  const good = (): DiagramLayout => layoutDiagram(builtIn('nl'), arialMeasure(16), { ...SIZES, width: 720 })!;

  it('two chips that overlap', () => {
    const layout = good();
    const [a, b] = layout.levels[2]!.factors;
    b!.x = a!.x + 5;
    b!.y = a!.y + 2;
    assert.ok(layoutProblems(layout).some((p) => p === `chip ${a!.id} overlaps chip ${b!.id}`), layoutProblems(layout).join('\n'));
  });

  it('a chip that leaves its level\'s header into the band inside it', () => {
    const layout = good();
    const chip = layout.levels[3]!.factors[0]!;
    chip.y = layout.levels[2]!.y + 4;
    const problems = layoutProblems(layout);
    assert.ok(problems.some((p) => p.startsWith(`chip ${chip.id} leaves the header of level organisation`)), problems.join('\n'));
  });

  it('an inner band not inside the outer one, and one past the width', () => {
    const layout = good();
    layout.levels[0]!.width += 200;
    const problems = layoutProblems(layout);
    assert.ok(problems.includes('level employee is not strictly inside level task'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('level employee reaches outside the diagram')), problems.join('\n'));
  });

  it('a line wider than its chip, and stacked levels that overlap', () => {
    const measure = arialMeasure(16);
    const layout = good();
    layout.levels[4]!.factors[1]!.lines = ['Mobiliteit van medewerkers'];
    assert.deepEqual(layoutProblems(layout), []);
    assert.match(layoutProblems(layout, { measure, options: { ...SIZES, width: 720 } }).join('\n'), /chip mobility: "Mobiliteit van medewerkers" is \d+(\.\d+)? px wide/);
    const stacked = layoutStacked(builtIn('en'), measure, { ...SIZES, width: 320 })!;
    stacked.levels[1]!.y += 20; // the task band, right above the employee's, moved down onto it
    assert.ok(layoutProblems(stacked).includes('level employee overlaps level task'), layoutProblems(stacked).join('\n'));
  });

  it('a good layout has no problems, so the checks above are not always failing', () => {
    assert.deepEqual(layoutProblems(good(), { measure: arialMeasure(16), options: { ...SIZES, width: 720 } }), []);
  });
});

describe('wrapText', () => {
  const measure: MeasureText = (text) => text.length * 10;

  it('wraps word by word, collapsing white space', () => {
    assert.deepEqual(wrapText('  aa bb\n cc  dd ', 'factor', 50, measure), { lines: ['aa bb', 'cc dd'], width: 50, broken: false, impossible: false });
  });

  it('cuts a word only when it is wider than a line, and says so', () => {
    assert.deepEqual(wrapText('ab abcdefgh c', 'factor', 30, measure), { lines: ['ab', 'abc', 'def', 'gh', 'c'], width: 30, broken: true, impossible: false });
    // A letter keeps its combining mark: "oriëntatie" written with a decomposed "ë" is cut as "ori|ënt|ati|e".
    const letters: MeasureText = (text) => text.normalize('NFC').length * 10;
    assert.deepEqual(wrapText('orie\u0308ntatie', 'factor', 30, letters).lines, ['ori', 'e\u0308nt', 'ati', 'e']);
  });

  it('an empty text is one empty line; a character wider than the line is impossible', () => {
    assert.deepEqual(wrapText('   ', 'level', 30, measure), { lines: [''], width: 0, broken: false, impossible: false });
    assert.equal(wrapText('a bc', 'factor', 5, measure).impossible, true);
  });
});
