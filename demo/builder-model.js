// The embed builder's model: which settings each element has (read from custom-elements.json, so
// the builder offers exactly the attributes the elements have), the allowed values of each (from
// the manifest's types and descriptions, and from the catalogue in use for ids), the checks of
// what an editor types, and the snippet. No DOM here: demo/builder.js draws it, and the same
// description of the embed gives both the live preview and the snippet text.

/** The widgets an editor can pick, in the order of the report's journey, then saving and sharing it. */
export const WIDGETS = ['lio-intervention-finder', 'lio-quick-scan', 'lio-model-diagram', 'lio-maturity-matrix', 'lio-journey-share'];

/** The placeholder base URL of the script, as in the README: never a real host. */
export const scriptPlaceholder = (version) => `https://YOUR-CDN/lio-widgets@${version}/dist/cdn/lio.js`;

/**
 * Space reserved until the script has defined each element (README, "Use it: one script tag").
 * A widget's skeleton is shorter; these are the sizes of a loaded widget, so nothing jumps.
 */
export const RESERVED_SPACE = {
  'lio-catalogue': '16px',
  'lio-intervention-finder': '480px',
  'lio-quick-scan': '480px',
  'lio-model-diagram': '640px',
  'lio-maturity-matrix': '720px',
  'lio-journey-share': '200px',
};

/** Attributes whose values are ids of the catalogue in use: which list they take them from. */
const ID_LISTS = { level: 'levels', levels: 'levels', factors: 'factors', phases: 'phases', evidence: 'evidence' };

/** Types the manifest names but does not spell out (`PersistMode`): their values, as documented. */
const NAMED_TYPES = { PersistMode: ['local', 'session', 'none'] };

/** Attributes that take a URL; `http` means only an absolute http(s) URL is accepted by the element. */
const URL_ATTRIBUTES = { 'finder-url': 'any', 'submit-url': 'http' };

/** Attributes the builder leaves out of the preview, with the reason shown to the editor. */
export const PREVIEW_ONLY_IN_SNIPPET = new Set(['sync-url']);

/** The manifest's default as a plain value (`'default'` → `default`, `20` → `20`, `''` → ``). */
function plainDefault(text) {
  if (text === undefined) return '';
  const quoted = /^'(.*)'$/.exec(text);
  if (quoted) return quoted[1];
  // A constant name (`DEFAULT_TIMEOUT`) is not a value the builder can show: no default.
  return /^[\w.-]+$/.test(text) && !/^[A-Z_]+$/.test(text) ? text : '';
}

/** The whole-number range a description states (`2–6`, `from 0 to 10000`, `(1–100`), if any. */
function rangeOf(description = '') {
  const match = /(\d+)\s*(?:–|-|to)\s*(\d+)/.exec(description);
  return match ? { min: Number(match[1]), max: Number(match[2]) } : undefined;
}

/**
 * The control each attribute of `tag` needs, from the manifest's declaration:
 * `{ name, kind, default, description, values?, list?, min?, max?, url? }` where `kind` is
 * `boolean`, `choice` (one of `values`), `ids` (a subset of a catalogue `list`), `pick` (one
 * level or factor), `number`, `url` or `text`.
 */
export function controlsOf(manifest, tag) {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
  return (declaration.attributes ?? []).map((attribute) => {
    const type = attribute.type?.text ?? 'string';
    const base = { name: attribute.name, default: plainDefault(attribute.default), description: (attribute.description ?? '').replace(/`/g, '') };
    const union = type.split('|').map((part) => part.trim());
    if (type === 'boolean') return { ...base, kind: 'boolean', default: base.default === 'true' };
    if (union.length > 1 && union.every((part) => /^'.*'$/.test(part))) return { ...base, kind: 'choice', values: union.map((part) => part.slice(1, -1)) };
    if (NAMED_TYPES[type]) return { ...base, kind: 'choice', values: NAMED_TYPES[type] };
    if (ID_LISTS[attribute.name]) return { ...base, kind: 'ids', list: ID_LISTS[attribute.name] };
    if (attribute.name === 'selected') return { ...base, kind: 'pick' };
    if (type === 'number') {
      const range = rangeOf(attribute.description);
      // A short range is a row of choices: nothing to mistype.
      if (range && range.max - range.min < 10) {
        const values = Array.from({ length: range.max - range.min + 1 }, (_, i) => String(range.min + i));
        return { ...base, kind: 'choice', values };
      }
      return { ...base, kind: 'number', ...range };
    }
    if (URL_ATTRIBUTES[attribute.name]) return { ...base, kind: 'url', url: URL_ATTRIBUTES[attribute.name] };
    return { ...base, kind: 'text' };
  });
}

/** The text of a catalogue field (`"Taak"` or `{ nl, en }`) in `lang`. */
export function localText(text, lang) {
  if (typeof text === 'string') return text;
  return text?.[lang] ?? text?.nl ?? Object.values(text ?? {})[0] ?? '';
}

/**
 * The choices for an `ids` or `pick` control, from the loaded catalogue (`<lio-catalogue>.value`):
 * `[{ id, title, group? }]`. The quick scan's `levels` offers only levels its question set asks
 * about, so a subset can never name a level without statements.
 */
export function choicesOf(catalogue, control, tag, lang) {
  const levels = catalogue.levels.map((level) => ({ id: level.id, title: localText(level.title, lang) }));
  const factors = catalogue.levels.flatMap((level) =>
    (level.factors ?? []).map((factor) => ({ id: factor.id, title: localText(factor.title, lang), group: level.id, groupTitle: localText(level.title, lang) })),
  );
  if (control.kind === 'pick') return [...levels, ...factors];
  if (control.list === 'levels' && tag === 'lio-quick-scan' && catalogue.scan) {
    const asked = new Set(catalogue.scan.statements.map((statement) => factors.find((factor) => factor.id === statement.factor)?.group));
    return levels.filter((level) => asked.has(level.id));
  }
  if (control.list === 'factors') return factors;
  if (control.list === 'levels') return levels;
  return catalogue[control.list].map((item) => ({ id: item.id, title: localText(item.title, lang) }));
}

/**
 * Check a URL an editor typed. `kind` is `script` (the loader), `catalogue`, `http` (only
 * absolute http(s)) or `any` (absolute http(s), or a path on the site). Returns `{ ok, code }`:
 * `code` names the problem (`empty`, `scheme`, `relative`, `not-js`) or a note on a good URL
 * (`placeholder`, `site-path`, `insecure`).
 */
export function checkUrl(value, kind) {
  const text = value.trim();
  if (!text) return { ok: kind !== 'script', code: 'empty' };
  if (text.startsWith('/') && !text.startsWith('//')) {
    if (kind === 'http') return { ok: false, code: 'scheme' };
    if (kind === 'script' && !/\.m?js(\?.*)?$/.test(text)) return { ok: false, code: 'not-js' };
    return { ok: true, code: 'site-path' };
  }
  let url;
  try {
    // A page link may be relative to the page it is on (`interventies/`); the others must be whole.
    url = kind === 'any' && !/^[a-z][a-z0-9+.-]*:/i.test(text) ? new URL(text, 'https://site.invalid/page/') : new URL(text);
  } catch {
    return { ok: false, code: 'relative' };
  }
  if (kind === 'any' && url.hostname === 'site.invalid') return { ok: true, code: 'site-path' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, code: 'scheme' };
  if (kind === 'script' && !/\.m?js$/.test(url.pathname)) return { ok: false, code: 'not-js' };
  if (kind === 'script' && url.hostname.includes('your-cdn')) return { ok: true, code: 'placeholder' };
  if (url.protocol === 'http:') return { ok: true, code: 'insecure' };
  return { ok: true, code: '' };
}

/**
 * Whether `value` is a valid value of `control`: `{ ok, code? }`. Invalid values are explained
 * next to their field and left out of the snippet and the preview.
 */
export function checkValue(control, value) {
  if (control.kind === 'number') {
    if (value.trim() === '') return { ok: true };
    const ok = /^\d+$/.test(value.trim()) && (control.min === undefined || (Number(value) >= control.min && Number(value) <= control.max));
    return ok ? { ok } : { ok, code: 'range' };
  }
  if (control.kind === 'url') {
    if (value.trim() === '') return { ok: true };
    const result = checkUrl(value, control.url);
    return result.ok ? { ok: true } : { ok: false, code: result.code };
  }
  if (control.kind === 'text' && /["<>&]/.test(value)) return { ok: false, code: 'characters' };
  return { ok: true };
}

/**
 * The attributes one element gets from the editor's `values` (by attribute name): only what is
 * valid and differs from the default, in the manifest's order, as `[name, value]` pairs
 * (`value` `true` for a bare boolean attribute).
 */
export function attributesOf(controls, values) {
  const pairs = [];
  for (const control of controls) {
    const value = values[control.name];
    if (value === undefined) continue;
    if (control.kind === 'boolean') {
      if (value === control.default) continue;
      pairs.push([control.name, value ? true : 'false']);
      continue;
    }
    const text = Array.isArray(value) ? value.join(',') : String(value).trim();
    if (text === '' || text === String(control.default) || !checkValue(control, text).ok) continue;
    pairs.push([control.name, text]);
  }
  return pairs;
}

/**
 * The embed the editor chose, as data: `{ script, outer, inner? }`, each element `{ tag,
 * attributes }`. `choice`: `{ tag, values, lang, catalogue: { wrap, src }, script }`.
 * The language goes on the outermost element; the theme also on `<lio-catalogue>`, whose error
 * view would otherwise stay light on a dark widget.
 */
export function embedOf(manifest, choice) {
  const widget = { tag: choice.tag, attributes: attributesOf(controlsOf(manifest, choice.tag), choice.values) };
  const wrap = choice.catalogue.wrap || choice.catalogue.src.trim() !== '';
  if (!wrap) {
    if (choice.lang) widget.attributes.unshift(['lang', choice.lang]);
    return { script: choice.script, outer: widget };
  }
  const attributes = [];
  const src = choice.catalogue.src.trim();
  if (src && checkUrl(src, 'catalogue').ok) attributes.push(['src', src]);
  if (choice.lang) attributes.push(['lang', choice.lang]);
  const theme = widget.attributes.find(([name]) => name === 'theme');
  if (theme) attributes.push(theme);
  return { script: choice.script, outer: { tag: 'lio-catalogue', attributes }, inner: widget };
}

/** An attribute value written safely into HTML (the snippet is text, never parsed by the builder). */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function openTag({ tag, attributes }) {
  const parts = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  return `<${[tag, ...parts].join(' ')}>`;
}

/**
 * The snippet for a "custom HTML" block: the script tag and the element(s). No inline script and
 * no inline style, so it works under a strict Content-Security-Policy.
 */
export function snippetHtml(embed) {
  const lines = [`<script type="module" src="${escapeAttribute(embed.script)}"></script>`, ''];
  if (embed.inner) {
    lines.push(openTag(embed.outer), `  ${openTag(embed.inner)}</${embed.inner.tag}>`, `</${embed.outer.tag}>`);
  } else {
    lines.push(`${openTag(embed.outer)}</${embed.outer.tag}>`);
  }
  return lines.join('\n');
}

/** The `:not(:defined)` rules for the site's stylesheet: space kept free until the script has run. */
export function snippetCss(embed) {
  const tags = embed.inner ? [embed.outer.tag, embed.inner.tag] : [embed.outer.tag];
  return tags.map((tag) => `${tag}:not(:defined) { display: block; min-block-size: ${RESERVED_SPACE[tag] ?? '192px'}; }`).join('\n');
}
