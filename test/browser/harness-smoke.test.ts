// Proves the browser-test harness (TS + experimental decorators via esbuild,
// bare-import resolution, axe, rootDir = project root) in every engine.
// Placeholder: to be replaced by real component tests.
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { expect, fixture, html } from '@open-wc/testing';

// Mocha globals, provided by @web/test-runner. Declared here because
// @types/mocha is not a dependency of this project.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;

class HarnessSmoke extends LitElement {
  @property() name = 'nobody';

  override render() {
    return litHtml`<p>Hello, ${this.name}!</p>`;
  }
}
customElements.define('lio-harness-smoke', HarnessSmoke);

describe('harness smoke', () => {
  it('renders a Lit element whose @property() is reactive', async () => {
    const el = await fixture<HarnessSmoke>(html`<lio-harness-smoke name="World"></lio-harness-smoke>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Hello, World!');

    // If class fields were [[Define]]d (useDefineForClassFields: true) or the
    // decorator compiled as a standard decorator, this update would not render.
    el.name = 'Lio';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Hello, Lio!');

    await expect(el).to.be.accessible();
  });

  it('serves files from the project root', async () => {
    const res = await fetch('/package.json');
    expect(res.ok).to.equal(true);
    const pkg = (await res.json()) as { name: string };
    expect(pkg.name).to.equal('lio-widgets');
  });
});
