// Records console warnings and uncaught errors of a test page, for tests that load it in a frame.
window.lioWarnings = [];
window.lioErrors = [];
const warn = console.warn;
console.warn = (...args) => {
  window.lioWarnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
window.addEventListener('error', (event) => window.lioErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.lioErrors.push(String(event.reason)));
document.addEventListener('lio-catalogue-ready', (event) => {
  window.lioReady = (window.lioReady ?? 0) + 1;
  window.lioReadyDetail = event.detail;
});
