// The embed builder: an editor picks a widget and its settings, sees the real element update, and
// copies the snippet. Plain DOM, no HTML strings (the demo runs under Trusted Types) and no
// framework, so the demo page (demo/builder-page.js) and the Storybook Docs page mount the same
// code. Every setting comes from custom-elements.json and the catalogue in use (builder-model.js).
import { WIDGETS, PREVIEW_ONLY_IN_SNIPPET, checkUrl, checkValue, choicesOf, controlsOf, embedOf, scriptPlaceholder, snippetCss, snippetHtml } from './builder-model.js';
import { TEXT, say } from './builder-text.js';

/** Small DOM helper: an element with properties (`className`, `textContent`, …) and children. */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key in element && !key.includes('-')) element[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((child) => child !== undefined && child !== null));
  return element;
}

/** Settings shown first: the ones every widget has and editors change most. */
const FIRST = ['theme', 'heading-level'];

/**
 * Mount the builder in `root`. `manifest` is custom-elements.json, `version` the package version
 * (for the placeholder script address). The builder's language follows the nearest `lang` above
 * `root`, live. Returns `{ destroy() }`.
 */
export function mountBuilder(root, { manifest, version }) {
  const langSource = root.closest('[lang]') ?? document.documentElement;
  const uiLang = () => (langSource.getAttribute('lang') === 'en' ? 'en' : 'nl');
  const state = {
    tag: WIDGETS[0],
    values: Object.fromEntries(WIDGETS.map((tag) => [tag, {}])),
    lang: '',
    wrap: false,
    src: '',
    script: scriptPlaceholder(version),
  };
  let catalogue;
  let catalogueMessage = { problems: [] };
  let lastEmbed = '';

  // The catalogue the choices come from: the built-in one, or the editor's own file. Its
  // `lio-error` detail is what the field shows, in the validator's own words.
  const source = h('lio-catalogue', { hidden: true, 'data-builder-source': true });
  source.addEventListener('lio-catalogue-ready', (event) => {
    if (event.target !== source) return;
    catalogue = event.detail.catalogue;
    catalogueMessage = state.src.trim() ? { key: 'catalogue-ok', params: { count: catalogue.interventions.length }, problems: [] } : { problems: [] };
    render();
  });
  source.addEventListener('lio-error', (event) => {
    if (event.target !== source) return;
    const { code, message, problems = [] } = event.detail;
    const key = code === 'catalogue-unreachable' || code === 'catalogue-timeout' ? 'catalogue-unreachable' : 'catalogue-problems';
    catalogueMessage = { key, message, problems: problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)), error: true };
    render();
  });

  const status = h('p', { className: 'builder-status', role: 'status' });
  const form = h('form', { className: 'builder-form' });
  form.addEventListener('submit', (event) => event.preventDefault());
  const output = h('div', { className: 'builder-output' });
  // A long widget (a finder of 20 results) scrolls inside its box, so the code stays in sight;
  // a scrolling region must be reachable by keyboard, hence the tab stop and the name.
  const preview = h('div', { className: 'builder-preview', 'data-builder-preview': true, tabIndex: 0, role: 'region', 'aria-labelledby': 'lio-builder-preview-title' });
  root.replaceChildren(h('div', { className: 'lio-builder' }, form, output), source);

  function t(key, params) {
    return say(uiLang(), key, params);
  }

  /** A message under a field, tied to it by `aria-describedby`; empty when there is nothing to say. */
  function fieldMessage(id, code, params, error) {
    return h('p', { id, className: error ? 'builder-message builder-error' : 'builder-message' }, code ? t(code, params) : '');
  }

  function setMessage(input, message, code, params, error) {
    message.textContent = code ? t(code, params) : '';
    message.className = error ? 'builder-message builder-error' : 'builder-message';
    if (error) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  function radios(name, legend, options, current, onChange) {
    return h(
      'fieldset',
      { className: 'builder-choices' },
      h('legend', {}, legend),
      options.map(({ value, label, lang }) => {
        const input = h('input', { type: 'radio', name: `lio-builder-${name}`, value, id: `lio-builder-${name}-${value || 'none'}`, checked: value === current });
        input.addEventListener('change', () => onChange(value));
        return h('label', { lang }, input, h('span', {}, label));
      }),
    );
  }

  function labelOf(control) {
    return [TEXT[uiLang()].attributes[control.name] ?? control.name, ' ', h('code', {}, control.name)];
  }

  function hint(control) {
    const id = `lio-builder-${control.name}-hint`;
    return { id, element: h('p', { id, className: 'builder-hint', lang: 'en' }, control.description) };
  }

  /** One setting of the chosen widget, as the control its allowed values call for. */
  function controlFor(control) {
    const values = state.values[state.tag];
    const value = values[control.name] ?? control.default;
    const about = hint(control);
    const id = `lio-builder-${control.name}`;
    const set = (next) => {
      values[control.name] = next;
      update();
    };
    if (control.kind === 'boolean') {
      const input = h('input', { type: 'checkbox', id, checked: Boolean(value), 'aria-describedby': about.id });
      input.addEventListener('change', () => set(input.checked));
      return h('div', { className: 'builder-field' }, h('label', {}, input, h('span', {}, labelOf(control))), about.element);
    }
    if (control.kind === 'choice') {
      const options = control.values.map((v) => ({ value: v, label: control.name === 'heading-level' ? `h${v}` : (TEXT[uiLang()].values[v] ?? v) }));
      const group = radios(control.name, labelOf(control), options, String(value), set);
      group.setAttribute('aria-describedby', about.id);
      return h('div', { className: 'builder-field' }, group, about.element);
    }
    if (control.kind === 'ids' || control.kind === 'pick') return idControl(control, value, set, about);
    const message = fieldMessage(`${id}-message`);
    const input = h('input', {
      type: 'text',
      id,
      value: String(value),
      inputMode: control.kind === 'number' ? 'numeric' : undefined,
      spellcheck: false,
      autocomplete: 'off',
      'aria-describedby': `${message.id} ${about.id}`,
    });
    const check = () => {
      const result = checkValue(control, input.value);
      const code = result.ok ? (control.kind === 'url' && input.value.trim() ? urlNote(checkUrl(input.value, control.url).code) : '') : `${control.kind === 'number' ? 'invalid' : control.kind === 'url' ? 'url' : 'invalid'}-${result.code}`;
      setMessage(input, message, code, control, !result.ok);
    };
    input.addEventListener('input', () => {
      check();
      set(input.value);
    });
    check();
    return h('div', { className: 'builder-field' }, h('label', { htmlFor: id, className: 'builder-label' }, labelOf(control)), input, message, about.element);
  }

  /** A subset of catalogue ids (checkboxes; factors folded per level) or one level or factor (a select). */
  function idControl(control, value, set, about) {
    if (!catalogue) return h('div', { className: 'builder-field' }, h('p', {}, labelOf(control), ': ', t('catalogue-checking')));
    const choices = choicesOf(catalogue, control, state.tag, uiLang());
    if (control.kind === 'pick') {
      const id = `lio-builder-${control.name}`;
      const select = h('select', { id, 'aria-describedby': about.id }, h('option', { value: '' }, t('no-pick')));
      for (const choice of choices) select.append(h('option', { value: choice.id, selected: choice.id === value }, choice.group ? `${choice.groupTitle} › ${choice.title}` : choice.title));
      select.addEventListener('change', () => set(select.value));
      return h('div', { className: 'builder-field' }, h('label', { htmlFor: id, className: 'builder-label' }, labelOf(control)), select, about.element);
    }
    // Ids the catalogue no longer has (another catalogue URL) are dropped, never written.
    const known = new Set(choices.map((choice) => choice.id));
    const picked = (Array.isArray(value) ? value : []).filter((id) => known.has(id));
    state.values[state.tag][control.name] = picked;
    const box = (choice) => {
      const input = h('input', { type: 'checkbox', value: choice.id, id: `lio-builder-${control.name}-${choice.id}`, checked: picked.includes(choice.id) });
      input.addEventListener('change', () => {
        const ticked = [...fieldset.querySelectorAll('input:checked')].map((el) => el.value);
        set(choices.map((c) => c.id).filter((id) => ticked.includes(id)));
      });
      return h('label', {}, input, h('span', {}, choice.title, ' ', h('code', {}, choice.id)));
    };
    const groups = [...new Set(choices.map((choice) => choice.group))];
    const body = groups[0] === undefined
      ? choices.map(box)
      : groups.map((group) => {
          const inGroup = choices.filter((choice) => choice.group === group);
          return h('details', { open: inGroup.some((choice) => picked.includes(choice.id)) }, h('summary', {}, inGroup[0].groupTitle), inGroup.map(box));
        });
    const fieldset = h('fieldset', { className: 'builder-ids', 'aria-describedby': about.id }, h('legend', {}, labelOf(control), ' — ', t('all')), body);
    return h('div', { className: 'builder-field' }, fieldset, about.element);
  }

  function urlNote(code) {
    return code && code !== 'empty' ? `url-${code}` : '';
  }

  function catalogueFieldset() {
    const wrap = h('input', { type: 'checkbox', id: 'lio-builder-wrap', checked: state.wrap || state.src.trim() !== '' });
    wrap.addEventListener('change', () => {
      state.wrap = wrap.checked;
      update();
    });
    const message = h('div', { id: 'lio-builder-src-message', className: catalogueMessage.error ? 'builder-message builder-error' : 'builder-message' });
    const check = checkUrl(state.src, 'catalogue');
    if (state.src.trim() && !check.ok) message.append(h('p', {}, t(`url-${check.code}`)));
    else {
      if (urlNote(check.code)) message.append(h('p', {}, t(urlNote(check.code))));
      if (catalogueMessage.key) message.append(h('p', {}, t(catalogueMessage.key, catalogueMessage.params)));
      if (catalogueMessage.message) message.append(h('p', {}, catalogueMessage.message));
      if (catalogueMessage.problems.length) message.append(h('ul', {}, catalogueMessage.problems.map((line) => h('li', {}, line))));
    }
    const src = h('input', { type: 'text', id: 'lio-builder-src', value: state.src, spellcheck: false, autocomplete: 'off', 'aria-describedby': message.id });
    if ((state.src.trim() && !check.ok) || catalogueMessage.error) src.setAttribute('aria-invalid', 'true');
    // Checked when the editor is done typing (Enter or leaving the field), not on every keystroke.
    src.addEventListener('change', () => {
      state.src = src.value;
      const result = checkUrl(src.value, 'catalogue');
      const next = result.ok ? src.value.trim() : '';
      // The same address again keeps its verdict: the catalogue element does not load it twice.
      if (next !== (source.getAttribute('src') ?? '')) {
        catalogueMessage = { key: next ? 'catalogue-checking' : '', problems: [] };
        if (next) source.setAttribute('src', next);
        else source.removeAttribute('src');
      }
      // After the focus has moved on (Tab fires `change` first), so the new form gives it back.
      setTimeout(render);
    });
    return h(
      'fieldset',
      { className: 'builder-group' },
      h('legend', {}, t('catalogue')),
      h('label', {}, wrap, h('span', {}, t('wrap'))),
      h('label', { htmlFor: src.id, className: 'builder-label' }, t('catalogue-url')),
      src,
      message,
    );
  }

  function scriptField() {
    const message = fieldMessage('lio-builder-script-message');
    const input = h('input', { type: 'text', id: 'lio-builder-script', value: state.script, spellcheck: false, autocomplete: 'off', 'aria-describedby': message.id });
    const check = () => {
      const result = checkUrl(input.value, 'script');
      setMessage(input, message, result.ok ? urlNote(result.code) : `url-${result.code}`, {}, !result.ok);
    };
    input.addEventListener('input', () => {
      state.script = input.value;
      check();
      update();
    });
    check();
    return h('div', { className: 'builder-group builder-field' }, h('label', { htmlFor: input.id, className: 'builder-label' }, t('script')), input, message);
  }

  function codeBlock(kind, label) {
    const code = h('code', { 'data-builder-code': kind });
    // A named region in the tab order, so the code can be reached and selected by keyboard.
    const pre = h('pre', { tabIndex: 0, role: 'region', 'aria-labelledby': `lio-builder-${kind}-title` }, code);
    const button = h('button', { type: 'button', 'data-builder-copy': kind }, t(`copy-${kind}`));
    button.addEventListener('click', async () => {
      try {
        if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
        // A browser that asks for permission may never answer: after a while, select instead.
        const late = new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 3000));
        await Promise.race([navigator.clipboard.writeText(code.textContent), late]);
        status.textContent = t('copied');
      } catch {
        // Refused (no permission, an insecure page, an old browser): the text is selected instead.
        window.getSelection()?.selectAllChildren(code);
        pre.focus();
        status.textContent = t('copy-refused');
      }
    });
    return h('div', { className: 'builder-code' }, h('h3', { id: `lio-builder-${kind}-title` }, label), pre, button);
  }

  /** The whole form, again: on a new widget, a loaded catalogue or another language. */
  function render() {
    const focused = root.contains(document.activeElement) ? document.activeElement.id : '';
    const controls = controlsOf(manifest, state.tag).sort((a, b) => rank(a) - rank(b));
    source.setAttribute('lang', uiLang());
    form.setAttribute('aria-label', t('title'));
    form.replaceChildren(
      radios('widget', t('widget'), WIDGETS.map((tag) => ({ value: tag, label: [t(tag), ' ', h('code', {}, `<${tag}>`)] })), state.tag, (tag) => {
        state.tag = tag;
        render();
      }),
      radios('lang', t('language'), [{ value: '', label: t('lang-page') }, { value: 'nl', label: 'Nederlands', lang: 'nl' }, { value: 'en', label: 'English', lang: 'en' }], state.lang, (lang) => {
        state.lang = lang;
        update();
      }),
      catalogueFieldset(),
      scriptField(),
      h('fieldset', { className: 'builder-group', 'data-builder-settings': state.tag }, h('legend', {}, t('settings', { tag: `<${state.tag}>` })), controls.map(controlFor)),
    );
    output.replaceChildren(
      h('h2', {}, t('snippet')),
      codeBlock('html', t('snippet-html')),
      codeBlock('css', t('snippet-css')),
      h('p', { className: 'builder-hint' }, t('css-note')),
      status,
      h('h2', { id: 'lio-builder-preview-title' }, t('preview')),
      h('p', { className: 'builder-hint' }, t('preview-note')),
      preview,
    );
    update();
    if (focused) document.getElementById(focused)?.focus();
  }

  function rank(control) {
    const at = FIRST.indexOf(control.name);
    return at === -1 ? FIRST.length : at;
  }

  /** The snippet and the preview, from the same description of the embed. */
  function update() {
    const script = checkUrl(state.script, 'script').ok ? state.script.trim() : scriptPlaceholder(version);
    const embed = embedOf(manifest, { tag: state.tag, values: state.values[state.tag], lang: state.lang, catalogue: { wrap: state.wrap, src: state.src }, script });
    output.querySelector('[data-builder-code="html"]').textContent = snippetHtml(embed);
    output.querySelector('[data-builder-code="css"]').textContent = snippetCss(embed);
    const key = JSON.stringify([embed.outer, embed.inner]);
    if (key === lastEmbed) return;
    lastEmbed = key;
    const element = ({ tag, attributes }) => {
      const el = document.createElement(tag);
      for (const [name, value] of attributes) if (!PREVIEW_ONLY_IN_SNIPPET.has(name)) el.setAttribute(name, value === true ? '' : value);
      return el;
    };
    const outer = element(embed.outer);
    if (embed.inner) outer.append(element(embed.inner));
    preview.replaceChildren(outer);
  }

  const observer = new MutationObserver(() => render());
  observer.observe(langSource, { attributes: true, attributeFilter: ['lang'] });
  render();
  return {
    destroy() {
      observer.disconnect();
      root.replaceChildren();
    },
  };
}
