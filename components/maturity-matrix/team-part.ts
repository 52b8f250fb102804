/**
 * The matrix's fourth part: the team's phases above the columns, from the quick scan's team view in
 * the workspace (how many respondents chose each phase). Only a workspace with a team's scan needs
 * it, so it is fetched when one is there, with the parts' texts, and never ahead.
 */
import { adoptStyles } from '../../src/elements/adopt-styles.js';
import teamStyles from './views/team-phases.styles.js';

export { renderVotes, renderVotesCaption, renderVotesList, teamVotes } from './views/team-phases.js';

/** The votes' rules join the matrix's shadow root. */
export const adopt = (root: HTMLElement | DocumentFragment) => adoptStyles(root, teamStyles);
