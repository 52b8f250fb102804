// Host-page code of the error demos: shows, next to each example, the `lio-error` events the
// page received, as a site would log them. Text only (textContent), never HTML.
for (const example of document.querySelectorAll('[data-example]')) {
  const log = example.querySelector('[data-event-log]');
  const received = [];
  example.addEventListener('lio-error', (event) => {
    const { code, problems } = event.detail;
    const from = event.target.localName;
    received.push(`lio-error from <${from}>: code "${code}", ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    log.textContent = received.join(' · ');
    console.info('lio-error', from, code, problems);
  });
}
