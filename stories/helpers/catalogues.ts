/** Story-only catalogues shared by the story files. */

/**
 * An extension catalogue with several mistakes: each one becomes a line in the error view, schema
 * problems and mistyped ids (with "did you mean") together, in the order of the file.
 */
export const INVALID_CATALOGUE = {
  schemaVersion: 1,
  extends: 'default',
  interventions: [
    {
      id: 'Peer Coaching',
      title: { en: 'Peer coaching' },
      summary: '',
      level: 'team',
      factors: ['feedback', 'colleague-suport'],
      phases: ['action'],
      evidence: 'anecdotal',
      sources: ['Voorbeeldfonds, 2024'],
      links: [{ url: 'javascript:alert(1)', label: 'Meer informatie' }],
      colour: 'red',
    },
  ],
  remove: ['task-rotaton'],
};
