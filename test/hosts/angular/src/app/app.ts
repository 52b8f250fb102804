import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Defines every lio-* element and types their events in templates.
import 'lio-widgets';
import type { LioPlanChangeDetail, LioShortlistChangeDetail } from 'lio-widgets';
import { hostCatalogue } from './catalogue';

@Component({
  selector: 'app-root',
  // Angular leaves lio-* elements and their properties to the browser.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular host</h1>
      <p>
        Catalogue: <output id="catalogue-state">{{ ready() ? 'ready' : 'loading' }}</output>; shortlist in the app's own state:
        <output id="shortlist">{{ shortlist().ids.length ? shortlist().ids.join(', ') : 'empty' }}</output> (last added:
        <output id="added">{{ shortlist().added ?? 'none' }}</output>); plan:
        <output id="plan">{{ plan().length ? plan().join(', ') : 'empty' }}</output>
      </p>
      <lio-catalogue [catalogue]="catalogue" (lio-catalogue-ready)="ready.set($event.detail.origin === 'property')">
        <lio-intervention-finder persist="none" workspace="angular-host" [pageSize]="5" [headingLevel]="2" (lio-shortlist-change)="onShortlistChange($event)" />
        <lio-maturity-matrix persist="none" workspace="angular-host" [headingLevel]="2" (lio-plan-change)="onPlanChange($event)" />
      </lio-catalogue>
    </main>
  `,
})
export class App {
  protected readonly catalogue = hostCatalogue('Angular');
  protected readonly ready = signal(false);
  protected readonly shortlist = signal<LioShortlistChangeDetail>({ ids: [] });
  /** The interventions (or own titles) of the plan's actions, from the last `lio-plan-change`. */
  protected readonly plan = signal<string[]>([]);

  // With strictTemplates, Angular checks `$event` against the element's events: a CustomEvent<LioShortlistChangeDetail>.
  protected onShortlistChange(event: CustomEvent<LioShortlistChangeDetail>): void {
    this.shortlist.set(event.detail);
  }

  protected onPlanChange(event: CustomEvent<LioPlanChangeDetail>): void {
    this.plan.set(event.detail.plan.actions.map((action) => action.intervention ?? action.title ?? action.id));
  }
}
