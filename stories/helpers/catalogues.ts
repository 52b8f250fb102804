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

/** Both languages of a story text. */
const text = (nl: string, en: string) => ({ nl, en });

/**
 * A fund's own model (a full catalogue, not an extension): the five levels the catalogue format
 * requires, with factor lists of very different lengths (one, two, three and nine), long Dutch
 * titles among them, and a few interventions of its own. The phases and kinds of evidence are the
 * built-in ones (pass `defaultCatalogue.phases` and `.evidence`), so the catalogue stays short.
 */
export function fundModelCatalogue<P, E>(phases: P, evidence: E) {
  const factor = (id: string, nl: string, en: string) => ({
    id,
    title: text(nl, en),
    description: text(`Wat het sectorfonds verstaat onder ${nl.toLowerCase()}.`, `What the sector fund means by ${en.toLowerCase()}.`),
  });
  const item = (id: string, nl: string, en: string, level: string, factors: string[], evidence: string) => ({
    id,
    title: text(nl, en),
    summary: text(`${nl}: een aanpak uit het eigen aanbod van het sectorfonds.`, `${en}: an approach from the sector fund's own offer.`),
    level,
    factors,
    phases: ['selection', 'action'],
    evidence,
    sources: ['Voorbeeld sectorfonds, 2024'],
    links: [],
  });
  return {
    schemaVersion: 1,
    meta: { title: text('Het leermodel van Voorbeeld sectorfonds', "Voorbeeld sectorfonds's learning model"), publisher: 'Voorbeeld sectorfonds' },
    levels: [
      {
        id: 'employee',
        title: text('De vakkracht', 'The skilled worker'),
        description: text('Wat de vakkracht zelf meebrengt.', 'What skilled workers bring themselves.'),
        factors: [factor('curiosity', 'Nieuwsgierigheid', 'Curiosity')],
      },
      {
        id: 'task',
        title: text('Het werk zelf', 'The work itself'),
        description: text('Wat het werk vraagt en biedt.', 'What the work asks and offers.'),
        factors: [factor('varied-work', 'Afwisselend werk', 'Varied work'), factor('room-to-decide', 'Ruimte om zelf te beslissen', 'Room to decide')],
      },
      {
        id: 'colleagues-and-leader',
        title: text('Het team en de leidinggevende', 'The team and the supervisor'),
        description: text('Hoe collega’s en leidinggevenden samen leren.', 'How colleagues and supervisors learn together.'),
        factors: [
          factor('team-trust', 'Vertrouwen in het team', 'Trust in the team'),
          factor('peer-help', 'Hulp van collega’s', 'Help from colleagues'),
          factor('coaching-leadership', 'Coachend leidinggeven', 'Coaching leadership'),
          factor('regular-feedback', 'Regelmatige terugkoppeling op het werk', 'Regular feedback on the work'),
          factor('shared-decisions', 'Samen beslissen', 'Deciding together'),
          factor('knowledge-sharing', 'Kennisdeling tussen vestigingen', 'Sharing knowledge between sites'),
          factor('mixed-teams', 'Gemengde teams', 'Mixed teams'),
          factor('onboarding-buddies', 'Buddy’s voor nieuwe collega’s', 'Buddies for new colleagues'),
          factor('learning-from-mistakes', 'Leren van fouten', 'Learning from mistakes'),
        ],
      },
      {
        id: 'organisation',
        title: text('De organisatie', 'The organisation'),
        description: text('Beleid, middelen en koers.', 'Policy, means and direction.'),
        factors: [
          factor('learning-budget', 'Leerbudget', 'Learning budget'),
          factor('clear-direction', 'Duidelijke koers', 'Clear direction'),
          factor('digital-tools', 'Digitale hulpmiddelen', 'Digital tools'),
        ],
      },
      {
        id: 'environment',
        title: text('De sector en de regio', 'The sector and the region'),
        description: text('Samenwerking buiten de eigen organisatie.', 'Working together beyond the organisation.'),
        factors: [
          factor('regional-network', 'Regionaal netwerk van werkgevers en scholen', 'Regional network of employers and schools'),
          factor('sector-exchange', 'Uitwisseling binnen de sector', 'Exchange within the sector'),
          factor('customer-insight', 'Inzicht in klanten', 'Customer insight'),
        ],
      },
    ],
    phases,
    evidence,
    interventions: [
      item('sector-job-rotation', 'Taakroulatie in de sector', 'Job rotation in the sector', 'task', ['varied-work'], 'practice'),
      item('buddy-programme', 'Buddyprogramma', 'Buddy programme', 'colleagues-and-leader', ['onboarding-buddies', 'peer-help'], 'practice'),
      item('after-action-review', 'Terugblik na elk project', 'After-action review', 'colleagues-and-leader', ['learning-from-mistakes', 'regular-feedback'], 'expert-session'),
      item('sector-learning-budget', 'Sectoraal leerbudget', 'Sector learning budget', 'organisation', ['learning-budget'], 'practice'),
      item('regional-learning-hub', 'Regionaal leerhuis', 'Regional learning hub', 'environment', ['regional-network', 'sector-exchange'], 'practice'),
    ],
  };
}
