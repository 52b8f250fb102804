// The demo pages' language and theme switches. A classic script in <head>, so the language and
// theme from the URL are on <html> before anything renders (no flash of Dutch or of light).
// The choice lives only in the URL (`?lang=en&theme=dark`): no cookies, no storage. The widgets
// follow it live, as they would on any host page: they read `lang` from <html>, and their colours
// from the `lio-theme-dark` class (themes/dark.css). DOM APIs only, no HTML strings: the pages run
// under a strict Content-Security-Policy with Trusted Types (see csp.html).
(() => {
  const LANGS = ['nl', 'en'];
  const THEMES = ['light', 'dark', 'system'];
  const DEFAULTS = { lang: 'nl', theme: 'system' };
  const TEXT = {
    nl: { settings: 'Weergave van de demo', lang: 'Taal', theme: 'Thema', light: 'Licht', dark: 'Donker', system: 'Systeem' },
    en: { settings: 'Demo display', lang: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', system: 'System' },
  };
  // Each language named in itself, so a visitor finds their own language whatever is shown.
  const LANG_NAMES = { nl: 'Nederlands', en: 'English' };

  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const readChoice = () => {
    const params = new URLSearchParams(window.location.search);
    const lang = params.get('lang');
    const theme = params.get('theme');
    return { lang: LANGS.includes(lang) ? lang : DEFAULTS.lang, theme: THEMES.includes(theme) ? theme : DEFAULTS.theme };
  };
  let choice = readChoice();
  const nlTitle = document.title;

  /** Put the choice on <html> (widgets follow) and on the page's own texts. */
  function apply() {
    root.lang = choice.lang;
    const dark = choice.theme === 'dark' || (choice.theme === 'system' && systemDark.matches);
    root.classList.toggle('lio-theme-dark', dark);
    root.dataset.demoScheme = dark ? 'dark' : 'light';
    root.dataset.demoTheme = choice.theme;
    const english = document.querySelector('meta[name="demo-title-en"]');
    document.title = choice.lang === 'en' && english ? english.content : nlTitle;
    if (form) renderTexts();
    updatePage();
  }

  /** Names that cannot be two elements, one per language (`aria-label`), and the links to the other pages. */
  function updatePage() {
    for (const element of document.querySelectorAll('[data-label-en]')) {
      if (!element.dataset.labelNl) element.dataset.labelNl = element.getAttribute('aria-label') ?? '';
      element.setAttribute('aria-label', choice.lang === 'en' ? element.dataset.labelEn : element.dataset.labelNl);
    }
    updateLinks();
  }

  /** Only what differs from the defaults goes into the URL; the finder's own parameters stay. */
  function withChoice(url) {
    for (const key of ['lang', 'theme']) {
      if (choice[key] === DEFAULTS[key]) url.searchParams.delete(key);
      else url.searchParams.set(key, choice[key]);
    }
    return url;
  }

  function writeUrl() {
    const url = withChoice(new URL(window.location.href));
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }

  /** Links to the other demo pages keep the language and theme. */
  function updateLinks() {
    for (const link of document.querySelectorAll('a[data-demo-link]')) {
      // The link as written (it may carry a deep link of its own, `?lio-q=…`), then the choice added.
      if (!link.dataset.demoHref) link.dataset.demoHref = link.getAttribute('href');
      link.href = withChoice(new URL(link.dataset.demoHref, window.location.href)).href;
    }
  }

  let form;
  const labels = {};
  function radioGroup(name, values, label) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    fieldset.append(legend);
    labels[name] = legend;
    for (const value of values) {
      const option = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = `demo-${name}`;
      input.value = value;
      input.addEventListener('change', () => {
        choice = { ...choice, [name]: value };
        apply();
        writeUrl();
      });
      const text = document.createElement('span');
      if (label) {
        text.textContent = label(value);
        text.lang = value;
      } else {
        text.dataset.text = value; // translated in renderTexts()
      }
      option.append(input, text);
      fieldset.append(option);
    }
    return fieldset;
  }

  function renderTexts() {
    const text = TEXT[choice.lang];
    form.setAttribute('aria-label', text.settings);
    labels.lang.textContent = text.lang;
    labels.theme.textContent = text.theme;
    for (const span of form.querySelectorAll('[data-text]')) span.textContent = text[span.dataset.text];
    for (const input of form.querySelectorAll('input')) input.checked = choice[input.name.slice('demo-'.length)] === input.value;
  }

  function build() {
    const slot = document.querySelector('[data-demo-settings]');
    if (!slot) return;
    form = document.createElement('form');
    form.className = 'demo-settings';
    // Nothing to submit: every change applies at once.
    form.addEventListener('submit', (event) => event.preventDefault());
    form.append(
      radioGroup('lang', LANGS, (value) => LANG_NAMES[value]),
      radioGroup('theme', THEMES),
    );
    slot.replaceChildren(form);
    renderTexts();
  }

  apply();
  systemDark.addEventListener('change', () => {
    if (choice.theme === 'system') apply();
  });
  // Back and forward go through the finder's history entries; the settings stay, and so does the URL.
  window.addEventListener('popstate', writeUrl);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => { build(); updatePage(); });
  else {
    build();
    updatePage();
  }
})();
