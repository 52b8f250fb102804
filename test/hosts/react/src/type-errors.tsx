/**
 * Wrong uses that the types must reject: each line below is an error, and `tsc -b` fails with
 * "Unused '@ts-expect-error' directive" should the types ever stop catching it (become `any`).
 * Type-checked only, never rendered.
 */
import type { CatalogueSource } from 'lio-widgets';

export function WrongUses() {
  return (
    <>
      {/* @ts-expect-error pageSize is a number */}
      <lio-intervention-finder pageSize="ten" />
      {/* @ts-expect-error persist is 'local' | 'session' | 'none' */}
      <lio-intervention-finder persist="forever" />
      {/* @ts-expect-error the catalogue is a CatalogueSource, not any object */}
      <lio-catalogue catalogue={{ schemaVersion: 2, interventions: 'all' }} />
      {/* @ts-expect-error the event detail is typed: LioShortlistChangeDetail has no `total` */}
      <lio-intervention-finder onlio-shortlist-change={(event) => event.detail.total} />
      {/* @ts-expect-error the element has no such property */}
      <lio-intervention-finder pagesize={5} />
      {/* @ts-expect-error showScores is a boolean */}
      <lio-model-diagram showScores="yes" />
      {/* @ts-expect-error the event detail is typed: LioSelectDetail has level and factor, no id */}
      <lio-model-diagram onlio-select={(event) => event.detail.id} />
      {/* @ts-expect-error editable is a boolean */}
      <lio-maturity-matrix editable="no" />
      {/* @ts-expect-error the event detail is typed: LioPlanChangeDetail has plan and change, no actions */}
      <lio-maturity-matrix onlio-plan-change={(event) => event.detail.actions} />
    </>
  );
}

export function wrongProperty(finder: HTMLElementTagNameMap['lio-intervention-finder'], good: CatalogueSource) {
  finder.catalogue = good;
  // @ts-expect-error the element's own property is typed too: a number is no catalogue
  finder.catalogue = 42;
}

export function readOnlyPlan(matrix: HTMLElementTagNameMap['lio-maturity-matrix']) {
  // @ts-expect-error the plan is read from the workspace, never assigned
  matrix.plan = { ...matrix.plan };
}
