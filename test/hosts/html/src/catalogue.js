// @ts-check
/**
 * The catalogue each host app gives its widgets through the `catalogue` property of
 * <lio-catalogue>: the built-in one plus one intervention of the host's own, so the browser check
 * can see that the object arrived. The same as the other hosts' catalogue.ts, in plain JavaScript.
 *
 * @param {string} framework
 * @returns {import('lio-widgets').CatalogueSource}
 */
export function hostCatalogue(framework) {
  return {
    schemaVersion: 1,
    extends: 'default',
    interventions: [
      {
        id: 'host-app-check',
        title: { nl: `Interventie uit de ${framework}-app`, en: `Intervention from the ${framework} app` },
        summary: { nl: 'Door de app zelf toegevoegd.', en: 'Added by the app itself.' },
        level: 'organisation',
        factors: ['formal-and-informal-learning'],
        phases: ['selection'],
        evidence: 'practice',
        sources: ['Host app, 2025'],
        links: [],
      },
    ],
  };
}
