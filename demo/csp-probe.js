// Collects Content-Security-Policy violations on this page into window.lioCspViolations and
// reports readiness of every lio-* element, for the strict-CSP test and for manual checks.
window.lioCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.lioCspViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
  console.error('CSP violation', event.violatedDirective, event.blockedURI, event.sample);
});
window.addEventListener('DOMContentLoaded', () => {
  const status = document.getElementById('csp-status');
  let settled = 0;
  const elements = document.querySelectorAll('lio-catalogue, lio-intervention-finder, lio-quick-scan, lio-model-diagram, lio-maturity-matrix');
  const done = () => {
    settled += 1;
    if (settled === elements.length && status) {
      // Both languages, one shown at a time by the page's language (demo.css), so the switch works here too.
      const count = window.lioCspViolations.length;
      const say = (lang, text) => {
        const span = document.createElement('span');
        span.lang = lang;
        span.dataset.lang = lang;
        span.textContent = text;
        return span;
      };
      const nl = say('nl', count ? `CSP-overtredingen: ${count}` : 'Alle elementen geladen zonder CSP-overtredingen.');
      const en = say('en', count ? `CSP violations: ${count}` : 'All elements loaded without CSP violations.');
      status.replaceChildren(nl, en);
      document.documentElement.dataset.lioSettled = 'true';
    }
  };
  for (const element of elements) {
    if (element.localName === 'lio-catalogue') {
      element.addEventListener('lio-catalogue-ready', done, { once: true });
      element.addEventListener('lio-error', done, { once: true });
    } else {
      // Widgets have no ready event: wait until they have rendered their content.
      customElements.whenDefined(element.localName).then(function poll() {
        if (element.shadowRoot && element.shadowRoot.querySelector('[part="base"], [part="error"], [part="question"], [part="factor"], [part="list"], [part="cell"]')) done();
        else setTimeout(poll, 50);
      });
    }
  }
});
