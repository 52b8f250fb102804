/**
 * The quick scan's second part, loaded when the visitor reaches the end of the questions (or opens
 * the team view): the results and team views, the chart's loader, the exports and the team's
 * codes, and the core code for result codes, the result JSON and team sums. Kept out of the first
 * load, so the questions show with less to download (see docs/decisions.md, "`<lio-quick-scan>`:
 * how the scan flows").
 */
export { renderResults } from './views/results.js';
export { renderTeam } from './views/team.js';
export { ScanExports } from './scan-exports.js';
export { ScanChartController } from './chart-controller.js';
export { TeamCodes } from './team-codes.js';
export { summarizeTeam } from '../../src/core/scan.js';
export { teamOutcome } from '../../src/core/scan/team-outcome.js';
