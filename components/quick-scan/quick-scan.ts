import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Catalogue } from '../../src/core/catalogue.js';
import { localize } from '../../src/core/i18n.js';
import { parseIdList } from '../../src/core/ids.js';
import { problem, type Problem } from '../../src/core/problems.js';
import type { ScanResultJson } from '../../src/core/scan/export.js';
import { scanFingerprint } from '../../src/core/scan/fingerprint.js';
import { scanStatements, scoreScan, type ScanAnswer } from '../../src/core/scan/score.js';
import type { TeamSummary } from '../../src/core/scan/team.js';
import type { ScanQuestionSet } from '../../src/core/schema.js';
import { AnnouncerController } from '../../src/elements/announcer.js';
import { AttributeProblemsController, checkInteger } from '../../src/elements/attributes.js';
import { LioWidget } from '../../src/elements/lio-widget.js';
import { getWorkspace } from '../../src/elements/workspace.js';
import { baseStyles } from '../../src/elements/styles/base.js';
import { controlStyles } from '../../src/elements/styles/controls.js';
import { renderErrorView } from '../../src/elements/views/error-view.js';
import { retryableImport } from '../../src/elements/chunks.js';
import { renderSkeleton } from '../../src/elements/views/skeleton.js';
import type { ScanChartController } from './chart-controller.js';
import './events.js';
import type { ScanStage } from './events.js';
import { scanMessages, scanPartMessages } from './messages/index.js';
import styles from './quick-scan.styles.js';
import type { ScanExports, ScanHost } from './scan-exports.js';
import './progress-slice.js';
import type { ScanProgress } from './progress-slice.js';
import type { TeamCodes, TeamResponse } from './team-codes.js';
import type { ScanActions, ScanStep, ScanView, TeamView } from './views/context.js';
import { renderIntro } from './views/intro.js';
import { renderCheck, renderQuestions, renderSingle } from './views/questions.js';

type ResultsPart = typeof import('./results-part.js');

/** The loaded results part, with the exports and team codes made from it. */
interface LoadedPart {
  module: ResultsPart;
  exports: ScanExports;
  team: TeamCodes;
  chart: ScanChartController;
}

/** The second part (results, team view, exports): one chunk, asked for again under a fresh URL after a failure. */
const loadResultsPart = retryableImport(() => import('./results-part.js'), import.meta.url);

const LAYOUTS = ['steps', 'single'] as const;
const MODES = ['respond', 'team'] as const;
const GROUP_SIZE_RANGE = { min: 1, max: 100 };

/**
 * A short scan of the learning and innovation culture: statements per factor of the LIO model on a
 * 5-point agreement scale, the profile per factor (chart and table), the strengths and improvement
 * points in words, and the best-supported interventions for each improvement point. Answers stay in
 * the browser (saved per `scan-id` under the `persist` rules); the result goes into the page
 * workspace for the model diagram, the finder and the maturity matrix, and so does the team
 * view's outcome once it shows a summary (medians, the phases the team chose).
 *
 * A team compares results without a server: each respondent copies a short result code, and the
 * team view (`mode="team"`, or the button under the results) sums up the codes it is given: median
 * and spread per factor, per role (groups smaller than `min-group-size` are not shown apart), and
 * where the roles differ most.
 *
 * The questions come from the catalogue's `scan` question set; a site replaces them with its own
 * (a catalogue with its own `scan`). Results are indicative, which the scan says.
 *
 * @summary A quick scan of the learning and innovative organisation, with a profile, recommendations and a team view.
 * @tagname lio-quick-scan
 *
 * @event {CustomEvent<LioScanStartDetail>} lio-scan-start - The visitor started the scan (or started again); `detail.scanId`, `detail.total`.
 * @event {CustomEvent<LioScanStepDetail>} lio-scan-step - The visitor moved to another step; `detail.stage`, `detail.step`, `detail.steps`, `detail.level`, `detail.answered`.
 * @event {CustomEvent<ScanResultJson>} lio-scan-complete - The visitor asked for the results: the anonymous result (scores, strengths, improvements, phase, role, answers, result code), the same object an opt-in `submit-url` receives.
 * @event {CustomEvent<LioScanResetDetail>} lio-scan-reset - The visitor threw the answers away; `detail.scanId`.
 * @event {CustomEvent<LioErrorDetail>} lio-error - Invalid attributes (`invalid-attribute`, with the valid values), a catalogue without a question set or an invalid or unreachable one, unavailable storage, wording overrides with unknown keys, or messages that failed to load.
 *
 * @csspart intro - The introduction: what the scan is, how long it takes, privacy, the role question.
 * @csspart progress - The progress bar with "Stap 2 van 5" and the answered count.
 * @csspart question - One statement: a fieldset with the answer options.
 * @csspart results - The results.
 * @csspart chart - The profile chart's box.
 * @csspart table - The table of scores per level and factor.
 * @csspart strengths - The strengths, in words.
 * @csspart improvements - The improvement points, in words, with their recommendations.
 * @csspart recommendation - One recommended intervention.
 * @csspart team - The team view.
 */
export class LioQuickScan extends LioWidget {
  static override styles = [baseStyles, controlStyles, styles];

  static override properties: PropertyDeclarations = {
    levels: { reflect: true },
    layout: { reflect: true },
    mode: { reflect: true },
    scanId: { attribute: 'scan-id', reflect: true },
    finderUrl: { attribute: 'finder-url' },
    submitUrl: { attribute: 'submit-url' },
    minGroupSize: { attribute: 'min-group-size', type: Number },
  };

  /** @internal Joined before the first render: the answers given so far are restored before the first question shows. */
  static override workspaceSource = getWorkspace;

  /** @internal The scan's own messages: one chunk per language. */
  static override messageLoaders = scanMessages;
  /** @internal The results part's messages: one chunk per language, loaded with the part. */
  static override partMessageLoaders = scanPartMessages;

  /** Only these levels (comma-separated ids, e.g. `task,organisation`), for a shorter scan. */
  levels = '';

  /** `steps` (default): one level per step, with progress, back and next; `single`: every statement on one page. */
  layout: 'steps' | 'single' = 'steps';

  /** `respond` (default): the scan itself; `team`: the team view, which sums up result codes. */
  mode: 'respond' | 'team' = 'respond';

  /** Name of this scan's saved answers, for several scans on one site (default `default`). */
  scanId = 'default';

  /** Page of an `<lio-intervention-finder sync-url>`: recommendations link there (`?lio-factor=…`, `?lio-open=…`). Without it, "show in the finder" filters a finder on the same page through the workspace. */
  finderUrl = '';

  /** Opt-in central collection: after the visitor's explicit consent the anonymous result is POSTed here as JSON (`lio-scan-complete`'s object). */
  submitUrl = '';

  /** In the team view, a role is shown apart only with at least this many respondents (1–100, default 3). */
  minGroupSize = 3;

  #stage: ScanStage = 'intro';
  #step = 0;
  /** Whether the visitor has started, resumed or chosen to start again on this page. */
  #decided = false;
  #askReset = false;
  readonly #announcer = new AnnouncerController(this);
  readonly #attributes = new AttributeProblemsController(this, this.localize);
  #reportedNoSet = false;
  readonly #helpers: ScanHost = {
    element: this,
    shared: () => this.shared,
    view: () => this.#view(),
    announce: (text) => this.#announcer.announce(text),
    requestUpdate: () => this.requestUpdate(),
  };
  /** The results part once loaded, with the exports and team codes it made. */
  #part?: LoadedPart;
  #partFailed = false;
  /** A code from the page's `#lio-scan=` link, added to the team view once the results part is there. */
  #sharedCode = '';

  /** The visitor's answers by statement id (a copy). */
  get answers(): Record<string, ScanAnswer> {
    return { ...this.#progress().answers };
  }

  /**
   * The result as the anonymous JSON object of `lio-scan-complete`. Undefined until the question
   * set and the results part are loaded (they are once the visitor reached the end of the
   * questions; `await scan.loadResults()` loads them from script).
   */
  get result(): ScanResultJson | undefined {
    const view = this.#view();
    return view && this.#part?.exports.result(view);
  }

  /** Load the results part (results, team view, exports) now; it loads by itself when the visitor reaches the end of the questions. */
  async loadResults(): Promise<void> {
    await this.#loadPart();
  }

  /** Throw the saved answers of this `scan-id` away and go back to the introduction. Fires no event. */
  reset(): void {
    this.#clear();
  }

  // ---------------------------------------------------------------------------------------------
  // State

  #set(catalogue = this.readyCatalogue): ScanQuestionSet | undefined {
    return catalogue?.scan;
  }

  #empty(set: ScanQuestionSet): ScanProgress {
    return { set: scanFingerprint(set), answers: {}, stage: 'questions', step: 0, team: [] };
  }

  /** This scan's saved progress, when it belongs to the current question set. */
  #savedProgress(): ScanProgress | undefined {
    const set = this.#set();
    const saved = this.shared.state.scanProgress?.[this.#id];
    return set && saved?.set === scanFingerprint(set) ? saved : undefined;
  }

  /** This scan's saved progress; an empty one when nothing was saved or it belongs to another question set. */
  #progress(): ScanProgress {
    const set = this.#set();
    if (!set) return { set: '', answers: {}, stage: 'questions', step: 0, team: [] };
    return this.#savedProgress() ?? this.#empty(set);
  }

  get #id(): string {
    return this.scanId.trim() || 'default';
  }

  /** Whether the visitor has begun this scan before: an answer given, or past the questions. */
  #saved(): boolean {
    const saved = this.#savedProgress();
    return !!saved && (Object.keys(saved.answers).length > 0 || saved.stage !== 'questions');
  }

  #save(patch: Partial<ScanProgress>): void {
    const set = this.#set();
    if (!set) return;
    const all = { ...this.shared.state.scanProgress };
    all[this.#id] = { ...this.#progress(), ...patch };
    this.shared.set('scanProgress', all);
  }

  #clear(): void {
    const all = { ...this.shared.state.scanProgress };
    delete all[this.#id];
    this.shared.set('scanProgress', all);
    this.#stage = 'intro';
    this.#step = 0;
    this.#decided = false;
    this.#askReset = false;
    this.#part?.exports.resetSubmit();
    this.requestUpdate();
  }

  /** The question steps: each level of the scan that has statements, in the catalogue's order. */
  #steps(catalogue: Catalogue, set: ScanQuestionSet): ScanStep[] {
    const statements = scanStatements(catalogue, set, { levels: this.#levelList() });
    return catalogue.levels
      .map((level) => ({ level, statements: statements.filter((s) => catalogue.factorById.get(s.factor)?.level === level.id) }))
      .filter((step) => step.statements.length > 0);
  }

  #levelList(): string[] {
    return parseIdList(this.levels);
  }

  /** What is wrong with the attributes and the question set, for the error view and `lio-error`. */
  #problems(catalogue: Catalogue): Problem[] {
    const problems: Problem[] = [];
    const levels = this.#levelList();
    const all = catalogue.scan ? scanStatements(catalogue, catalogue.scan).map((s) => catalogue.factorById.get(s.factor)!.level) : [];
    const unknown = levels.filter((id) => !(all as string[]).includes(id));
    if (unknown.length) {
      const values = [...new Set(all)].join(', ');
      problems.push(problem('levels', 'invalid-value', `unknown level(s) ${unknown.join(', ')}; expected one of ${values}`, { values, value: levels.join(',') }));
    }
    if (!LAYOUTS.includes(this.layout)) problems.push(problem('layout', 'invalid-value', `expected one of ${LAYOUTS.join(', ')}`, { values: LAYOUTS.join(', '), value: this.layout }));
    if (!MODES.includes(this.mode)) problems.push(problem('mode', 'invalid-value', `expected one of ${MODES.join(', ')}`, { values: MODES.join(', '), value: this.mode }));
    const group = checkInteger(this, 'min-group-size', this.minGroupSize, GROUP_SIZE_RANGE);
    if (!group.ok) problems.push(group.problem);
    if (this.submitUrl && !this.#submitTarget()) problems.push(problem('submit-url', 'invalid-format', 'expected an http(s) URL', { format: 'url', value: this.submitUrl }));
    return problems;
  }

  /** `submit-url` resolved against the page; undefined unless it is http(s). */
  #submitTarget(): string | undefined {
    if (!this.submitUrl.trim()) return undefined;
    try {
      const url = new URL(this.submitUrl, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether the question set and the messages are there, so the scan can render. */
  #setReady(): boolean {
    return !!this.#set() && this.localize.status === 'ready';
  }

  #view(): ScanView | undefined {
    const catalogue = this.readyCatalogue;
    const set = this.#set(catalogue);
    if (!catalogue || !set || !this.#setReady()) return undefined;
    const { lang, t } = this.localize;
    const steps = this.#steps(catalogue, set);
    const progress = this.#progress();
    const number = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return {
      catalogue,
      set,
      lang,
      t,
      text: (value) => localize(value, lang),
      heading: this.heading.bind(this),
      score: (value) => (value === undefined ? t('scan.not-scored') : number.format(value)),
      steps,
      statements: steps.flatMap((s) => s.statements),
      progress,
      scores: scoreScan(catalogue, set, progress.answers, { levels: this.#levelList() }),
      shortlist: this.shared.state.shortlist ?? [],
      layout: this.layout === 'single' ? 'single' : 'steps',
      finderUrl: this.finderUrl,
      submitUrl: this.#submitTarget() ?? '',
      act: this.#act,
    };
  }

  /** Move to a stage (and step), save where the visitor is, tell the host, and put focus on the new heading. */
  #go(stage: ScanStage, step = 0): void {
    const view = this.#view();
    if (!view) return;
    this.#stage = stage;
    this.#step = Math.min(step, Math.max(0, view.steps.length - 1));
    this.#askReset = false;
    if (stage === 'questions' || stage === 'check' || stage === 'results') this.#save({ stage, step: this.#step });
    // The visitor is near the end: fetch the results part now, so "show results" does not wait.
    if (stage === 'check' || (stage === 'questions' && this.#step === view.steps.length - 1)) void this.#loadPart();
    const steps = view.layout === 'single' ? 1 : view.steps.length;
    const level = stage === 'questions' && view.layout === 'steps' ? view.steps[this.#step]?.level.id : undefined;
    this.emit('lio-scan-step', { scanId: this.#id, stage, step: stage === 'questions' ? this.#step + 1 : 0, steps, ...(level && { level }), answered: view.scores.answered });
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.stage-title')?.focus());
  }

  readonly #act: ScanActions = {
    start: () => {
      const view = this.#view();
      if (!view) return;
      this.#decided = true;
      this.#save({ stage: 'questions', step: 0 });
      this.emit('lio-scan-start', { scanId: this.#id, total: view.statements.length });
      this.#go('questions', 0);
    },
    resume: () => {
      this.#decided = true;
      const { stage, step } = this.#progress();
      this.#go(stage, step);
    },
    restart: () => {
      const role = this.#progress().role;
      this.#clear();
      this.emit('lio-scan-reset', { scanId: this.#id });
      if (role) this.#save({ role });
      this.#act.start();
    },
    answer: (id, value) => {
      const answer = (value === 'dont-know' ? value : Number(value)) as ScanAnswer;
      const first = !this.#saved();
      this.#save({ answers: { ...this.#progress().answers, [id]: answer } });
      // On the single page the end is in sight from the start: fetch the results part with the first answer.
      if (this.layout === 'single') void this.#loadPart();
      if (first && this.layout === 'single') {
        // The single page stays: without this the first answer would switch to the introduction's "go on" choice.
        this.#decided = true;
        this.#stage = 'questions';
        this.emit('lio-scan-start', { scanId: this.#id, total: this.#view()?.statements.length ?? 0 });
      }
    },
    role: (id) => this.#save({ role: id || undefined }),
    phase: (id) => this.#save({ phase: id || undefined }),
    goTo: (step) => {
      if (this.layout !== 'single') return this.#go('questions', step);
      // On the single page, "answer: level" moves focus to that level's first open statement.
      const view = this.#view();
      const statements = view?.steps[step]?.statements ?? [];
      const first = statements.find((q) => view!.progress.answers[q.id] === undefined) ?? statements[0];
      if (first) this.renderRoot.querySelector<HTMLInputElement>(`#q-${CSS.escape(first.id)} input`)?.focus();
    },
    toCheck: () => this.#go('check'),
    showResults: async () => {
      const part = await this.#loadPart();
      const view = this.#view();
      if (!view || !part) return;
      const result = part.exports.result(view);
      const { progress } = view;
      this.shared.set('scan', {
        weakFactors: result.improvements,
        ...(progress.phase && { phase: progress.phase }),
        ...(progress.role && { role: progress.role }),
        strengths: result.strengths,
        scores: Object.fromEntries(result.factors.map((f) => [f.id, f.score])),
        scanId: this.#id,
      });
      this.#go('results');
      this.emit('lio-scan-complete', result);
    },
    edit: () => this.#go(this.layout === 'single' ? 'questions' : 'check'),
    askReset: (ask) => {
      this.#askReset = ask;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(ask ? '.reset-confirm button' : '.reset')?.focus());
    },
    reset: () => {
      this.#clear();
      this.emit('lio-scan-reset', { scanId: this.#id });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.stage-title')?.focus());
    },
    toggleSaved: (id) => this.#part?.exports.toggleSaved(id),
    showInFinder: (factor) => this.#part?.exports.showInFinder(factor),
    print: () => this.#part?.exports.print(),
    download: (format) => this.#part?.exports.download(format),
    copy: (what) => void this.#part?.exports.copy(what),
    downloadCode: () => this.#part?.exports.downloadCode(),
    consent: (given) => this.#part?.exports.consent(given),
    submit: () => void this.#part?.exports.submit(),
    team: (open) => {
      this.mode = open ? 'team' : 'respond';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.stage-title')?.focus());
    },
    addCodes: (text) => this.#part?.team.add(text),
    addFiles: (files) => void this.#part?.team.addFiles(files),
    removeCode: (index) => this.#part?.team.remove(index),
    clearCodes: () => this.#part?.team.clear(),
  };

  /** Load the results part once; undefined (and the error view) when it cannot be loaded. */
  async #loadPart(): Promise<LoadedPart | undefined> {
    if (this.#part) return this.#part;
    try {
      // With its messages: the part's objects are made once both are there.
      const [module] = await Promise.all([loadResultsPart(), this.localize.loadPartMessages()]);
      this.#part ??= {
        module,
        exports: new module.ScanExports(this.#helpers),
        team: new module.TeamCodes(this.#helpers, (codes) => this.#save({ team: codes })),
        chart: new module.ScanChartController(this),
      };
      this.#partFailed = false;
    } catch {
      this.#partFailed = true;
      this.chunkFailed();
    }
    this.requestUpdate();
    return this.#part;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A shared link `#lio-scan=<code>` opens the team view with that code.
    const shared = /(?:^#|&)lio-scan=([^&]+)/.exec(location.hash);
    if (shared) this.#sharedCode = decodeURIComponent(shared[1]!);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.#part?.chart.refreshColours();
    // Here, not in updated(): changes before rendering do not schedule a second update.
    if (this.#sharedCode && this.#setReady()) {
      this.mode = 'team';
      if (this.#part) {
        this.#part.team.add(this.#sharedCode);
        this.#sharedCode = '';
      }
    }
    this.#writeTeamOutcome();
  }

  /** The team view's codes and their summary, worked out before rendering; the outcome last written to the workspace. */
  #team?: { responses: TeamResponse[]; summary: TeamSummary };
  #writtenTeam = '';

  #teamSummary(catalogue: Catalogue, view: ScanView, part: LoadedPart): { responses: TeamResponse[]; summary: TeamSummary } {
    const responses = part.team.responses(view);
    const summary = part.module.summarizeTeam(catalogue, view.set, responses.map((r) => r.response), { levels: this.#levelList(), minGroupSize: this.minGroupSize });
    return { responses, summary };
  }

  /**
   * The team view shows a summary: the workspace's `scan` becomes the team's outcome, once per
   * change. Before rendering (willUpdate), so the write does not schedule a second update.
   */
  #writeTeamOutcome(): void {
    const catalogue = this.readyCatalogue;
    const part = this.#part;
    const view = this.mode === 'team' && part && catalogue && !this.#problems(catalogue).length ? this.#view() : undefined;
    this.#team = view ? this.#teamSummary(catalogue!, view, part!) : undefined;
    const summary = this.#team?.summary;
    const outcome = summary?.respondents ? { ...part!.module.teamOutcome(summary, view!.set, this.#team!.responses.map((r) => r.response)), scanId: this.#id } : undefined;
    const key = outcome ? JSON.stringify(outcome) : '';
    if (outcome && key !== this.#writtenTeam) this.shared.set('scan', outcome);
    this.#writtenTeam = key;
  }

  protected override updated(): void {
    // A catalogue without a question set is the catalogue's problem, not an attribute's: reported once.
    const catalogue = this.readyCatalogue;
    const noSet = !!catalogue && !catalogue.scan && this.localize.status === 'ready';
    if (noSet && !this.#reportedNoSet) {
      this.emit('lio-error', { code: 'catalogue-invalid', message: this.localize.t('scan.no-question-set'), problems: [problem('scan', 'missing-entry', 'the catalogue has no question set ("scan")', { id: 'scan' })] });
    }
    this.#reportedNoSet = noSet;
  }

  /** The stage to show: a returning visitor first chooses between going on and starting again. */
  #shownStage(view: ScanView): ScanStage {
    if (this.mode === 'team') return 'team';
    if (this.#decided) return this.#stage;
    return view.layout === 'single' && !this.#saved() ? 'questions' : 'intro';
  }

  protected override render() {
    return this.renderGate((catalogue) => {
      const { lang, t } = this.localize;
      if (!catalogue.scan) {
        return renderErrorView({ lang, t, message: t('scan.no-question-set') });
      }
      const problems = this.#problems(catalogue);
      if (problems.length) return this.#attributes.render(problems);
      const view = this.#view()!;
      const stage = this.#shownStage(view);
      let content: unknown;
      const part = this.#part;
      if ((stage === 'team' || stage === 'results') && !part) {
        if (this.#partFailed) return this.renderChunkError(() => void this.#loadPart());
        void this.#loadPart();
        return renderSkeleton(t('loading'), 6);
      }
      if (stage === 'team' && part) {
        const { responses, summary } = this.#team ?? this.#teamSummary(catalogue, view, part);
        const team: TeamView = {
          ...view,
          summary,
          rejected: part.team.rejected,
          added: part.team.added,
          minGroupSize: this.minGroupSize,
        };
        content = part.module.renderTeam(team, part.chart, responses);
      } else if (stage === 'intro') content = renderIntro(view, this.#saved(), this.persist === 'none');
      else if (stage === 'check') content = renderCheck(view);
      else if (stage === 'results' && part) content = part.module.renderResults(view, part.chart, part.exports.status, part.exports.code().code, this.#askReset);
      else content = view.layout === 'single' ? renderSingle(view) : renderQuestions(view, this.#step);
      if (stage !== 'results' && stage !== 'team') part?.chart.detach();
      return html`<section class="scan surface" aria-labelledby="scan-title">
        ${this.heading(0, t('scan.title'), { id: 'scan-title', className: 'title' })}
        ${this.shared.storageFailed ? html`<p class="notice" role="status">${t('scan.storage-unavailable')}</p>` : nothing}
        ${content} ${this.#announcer.render()}
      </section>`;
    }, 6);
  }
}
