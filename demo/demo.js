// Host-page code of the demo: listens to lio-widgets events like a host site would.
const status = document.getElementById('default-status');
document.getElementById('default-catalogue')?.addEventListener('lio-catalogue-ready', (event) => {
  const { catalogue, origin } = event.detail;
  status.textContent = `Catalogus geladen (${origin}): ${catalogue.interventions.length} interventies, ${catalogue.levels.length} niveaus.`;
});
document.addEventListener('lio-error', (event) => {
  console.info('lio-error', event.detail.code, event.detail.problems);
});
