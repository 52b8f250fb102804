/**
 * Wrong uses that the types must reject. Angular templates have no `@ts-expect-error`, so
 * scripts/test-hosts.mjs compiles this file alone with `ngc` and requires exactly one error on each
 * line after an `<!-- error: … -->` comment, and none elsewhere: should the event types ever
 * become `any`, an expected error is missing and the check fails. Type-checked only, never rendered.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'lio-widgets';
import type { LioShortlistChangeDetail } from 'lio-widgets';

@Component({
  selector: 'app-wrong-uses',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- error: the event detail is typed: LioShortlistChangeDetail has no total -->
    <lio-intervention-finder (lio-shortlist-change)="wantsNumber($event.detail.total)" />
    <!-- error: a handler for another event's detail is rejected -->
    <lio-intervention-finder (lio-shortlist-change)="onWrongDetail($event)" />
    <!-- error: LioSelectDetail has level and factor, no id -->
    <lio-model-diagram (lio-select)="wantsNumber($event.detail.id)" />
    <!-- error: LioPlanChangeDetail has plan and change, no actions -->
    <lio-maturity-matrix (lio-plan-change)="wantsNumber($event.detail.actions)" />
    <!-- error: the catalogue's ready event has origin and catalogue, no count -->
    <lio-catalogue (lio-catalogue-ready)="wantsNumber($event.detail.count)" />
    <!-- right: no error -->
    <lio-intervention-finder (lio-shortlist-change)="onShortlist($event)" />
  `,
})
export class WrongUses {
  protected wantsNumber(total: number): number {
    return total;
  }
  protected onWrongDetail(event: CustomEvent<{ total: number }>): CustomEvent<{ total: number }> {
    return event;
  }
  protected onShortlist(event: CustomEvent<LioShortlistChangeDetail>): CustomEvent<LioShortlistChangeDetail> {
    return event;
  }
}
