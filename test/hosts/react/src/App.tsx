import { useState } from 'react';
// Defines every lio-* element (here <lio-catalogue>, <lio-intervention-finder> and <lio-maturity-matrix>).
import 'lio-widgets';
import type { LioPlanChangeDetail, LioShortlistChangeDetail } from 'lio-widgets';
import { hostCatalogue } from './catalogue.ts';

const catalogue = hostCatalogue('React');

export function App() {
  const [shortlist, setShortlist] = useState<LioShortlistChangeDetail>({ ids: [] });
  const [plan, setPlan] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  // Typed by lio-widgets/react: event.detail is a LioShortlistChangeDetail.
  const onShortlistChange = (event: CustomEvent<LioShortlistChangeDetail>) => setShortlist(event.detail);
  // The interventions (or own titles) of the plan's actions.
  const onPlanChange = (event: CustomEvent<LioPlanChangeDetail>) =>
    setPlan(event.detail.plan.actions.map((action) => action.intervention ?? action.title ?? action.id));

  return (
    <main>
      <h1>React host</h1>
      <p>
        Catalogue: <output id="catalogue-state">{ready ? 'ready' : 'loading'}</output>; shortlist in the app&apos;s own state:{' '}
        <output id="shortlist">{shortlist.ids.length ? shortlist.ids.join(', ') : 'empty'}</output> (last added:{' '}
        <output id="added">{shortlist.added ?? 'none'}</output>); plan: <output id="plan">{plan.length ? plan.join(', ') : 'empty'}</output>
      </p>
      <lio-catalogue catalogue={catalogue} onlio-catalogue-ready={(event) => setReady(event.detail.origin === 'property')}>
        <lio-intervention-finder persist="none" workspace="react-host" pageSize={5} headingLevel={2} onlio-shortlist-change={onShortlistChange} />
        <lio-maturity-matrix persist="none" workspace="react-host" headingLevel={2} onlio-plan-change={onPlanChange} />
      </lio-catalogue>
    </main>
  );
}
