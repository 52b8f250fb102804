const status = document.getElementById('fund-status');
document.getElementById('fund')?.addEventListener('lio-catalogue-ready', (event) => {
  const { catalogue } = event.detail;
  const own = catalogue.interventions.filter((item) => !item.section).map((item) => (typeof item.title === 'string' ? item.title : item.title.nl));
  status.textContent = `Catalogus van het fonds geladen: ${catalogue.interventions.length} interventies, waarvan eigen: ${own.join(', ')}.`;
});
