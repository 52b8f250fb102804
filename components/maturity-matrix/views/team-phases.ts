import { html, nothing } from 'lit';
import type { WorkspaceScan } from '../../../src/elements/workspace-data.js';
import type { MatrixView } from './context.js';

/** The team scan's phases, as the quick scan's team view writes them into the workspace's `scan`. */
export interface TeamVotes {
  respondents: number;
  /** Respondents per phase id. */
  phases: Readonly<Record<string, number>>;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The team's phases in the workspace's `scan`, or undefined when the scan there is not a team's.
 * The slice keeps extra keys unchecked (another tab or version may have written them), so the
 * shape is checked here: whole counts, none above the number of respondents.
 */
export function teamVotes(scan: WorkspaceScan | undefined): TeamVotes | undefined {
  const team = scan?.team as { respondents?: unknown; phases?: unknown } | undefined;
  if (!team || typeof team !== 'object' || !isCount(team.respondents) || !team.respondents) return undefined;
  const phases = team.phases;
  if (!phases || typeof phases !== 'object') return undefined;
  const counts: Record<string, number> = {};
  for (const [id, count] of Object.entries(phases)) {
    if (!isCount(count) || count > team.respondents) return undefined;
    counts[id] = count;
  }
  return { respondents: team.respondents, phases: counts };
}

/**
 * One phase's votes: a small bar (a native `<meter>`: no inline style, which a strict CSP would
 * block; hidden from screen readers, who get the text) and "n of total" in text.
 */
export function renderVotes(view: MatrixView, phase: string) {
  const votes = view.votes;
  if (!votes) return nothing;
  const count = votes.phases[phase] ?? 0;
  return html`<span part="phase-votes" class="phase-votes" data-votes=${count}>
    <meter class="vote-bar" aria-hidden="true" min="0" max=${votes.respondents} .value=${count}></meter>
    <span class="vote-count">${view.t('matrix.votes', { count, total: votes.respondents })}</span>
  </span>`;
}

/** The words that say where the numbers above the phases come from. */
export function renderVotesCaption(view: MatrixView) {
  return view.votes ? html`<p class="votes-caption">${view.t('matrix.votes-caption', { count: view.votes.respondents })}</p>` : nothing;
}

/** The narrow view's phases have no column heads: the votes come once, as a list of phases. */
export function renderVotesList(view: MatrixView) {
  const votes = view.votes;
  if (!votes) return nothing;
  return html`${renderVotesCaption(view)}
    <ul class="votes-list">
      ${view.grid.phases.map((phase) => html`<li data-phase=${phase.id}><span class="head-title">${view.phaseName(phase.id)}</span> ${renderVotes(view, phase.id)}</li>`)}
    </ul>`;
}
