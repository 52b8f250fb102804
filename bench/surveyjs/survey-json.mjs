/**
 * The quick scan of our catalogue written as a SurveyJS survey, for the size and render comparison
 * in `npm run bench` (bench/scan.bench.mjs). Same statements, same order, same five-point scale
 * plus "weet ik niet", the same optional role question first, one page per level of the model,
 * and SurveyJS's own progress bar; nothing SurveyJS would not need for the job.
 *
 * Why `matrix` (SurveyJS's "single-select matrix") and not one `radiogroup` per statement: it is
 * what SurveyJS documents and shows for a Likert scale (statements as rows, the shared scale as
 * columns), and what its users build for a set of statements on one agreement scale; 34
 * radiogroups would repeat the same six choices 34 times. On narrow screens SurveyJS renders the
 * matrix as one block per statement, which is what our element shows everywhere. Either question
 * type ships in the same bundle: survey-core and survey-js-ui register every question type.
 */

/** A catalogue text (`{ nl, en }`) in `lang`, Dutch when the language is missing. */
const text = (value, lang) => value?.[lang] ?? value?.nl ?? '';

/** Fixed survey wording that the catalogue does not hold (our element has it in its messages). */
const WORDING = {
  nl: { role: 'Wat is je rol?', roleHelp: 'Niet verplicht.', matrix: 'In hoeverre ben je het eens met deze stellingen?' },
  en: { role: 'What is your role?', roleHelp: 'Optional.', matrix: 'How far do you agree with these statements?' },
};

/**
 * The SurveyJS JSON for the catalogue's `scan` in `lang`: a role question on the first page, then
 * per level (in catalogue order) a page with one matrix of that level's statements. A statement's
 * level is the level whose `factors` hold the statement's factor. Levels without statements get
 * no page.
 */
export function surveyJson(catalogue, lang = 'nl') {
  const { scan, levels } = catalogue;
  const words = WORDING[lang] ?? WORDING.nl;
  const columns = [
    ...scan.scale.labels.map((label, index) => ({ value: index + 1, text: text(label, lang) })),
    { value: 'dont-know', text: text(scan.scale.dontKnow, lang) },
  ];
  const role = {
    type: 'radiogroup',
    name: 'role',
    title: words.role,
    description: words.roleHelp,
    choices: scan.roles.map((r) => ({ value: r.id, text: text(r.label, lang) })),
  };
  const pages = levels
    .map((level) => {
      const factors = new Set(level.factors.map((factor) => factor.id));
      const statements = scan.statements.filter((statement) => factors.has(statement.factor));
      return {
        name: level.id,
        title: text(level.title, lang),
        elements: [
          {
            type: 'matrix',
            name: `level-${level.id}`,
            title: words.matrix,
            columns,
            rows: statements.map((statement) => ({ value: statement.id, text: text(statement.text, lang) })),
          },
        ],
      };
    })
    .filter((page) => page.elements[0].rows.length > 0);
  pages[0].elements.unshift(role);
  return {
    locale: lang,
    showProgressBar: true,
    progressBarType: 'pages',
    showQuestionNumbers: 'off',
    pages,
  };
}
