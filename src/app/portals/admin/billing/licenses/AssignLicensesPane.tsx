import { Button, Link, Text } from '@fluentui/react-components';
import type { ProductSummary } from '../../../../../tenant';
import { FeedbackBar, OutcomeList } from '../../../../kit/Feedback';
import { PeopleTypeahead } from '../common/PeopleTypeahead';
import { ServicePlanToggles } from '../common/ServicePlanToggles';
import { SidePane } from '../../../../kit/SidePane';
import { MAX_USERS_PER_RUN, useAssignLicenses } from './useAssignLicenses';

/** A product's Users tab > "+ Assign licenses": the "Assign licenses to users" pane. */
export function AssignLicensesPane({ product, onClose }: { readonly product: ProductSummary; readonly onClose: () => void }) {
  const state = useAssignLicenses(product.skuId);
  const { outcomes } = state;
  const failed = outcomes?.filter((outcome) => outcome.error) ?? [];
  return (
    <SidePane
      title="Assign licenses to users"
      subtitle={product.displayName}
      onClose={onClose}
      footer={
        outcomes ? (
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <Button appearance="primary" onClick={state.assign}>
            Assign
          </Button>
        )
      }
    >
      {outcomes ? (
        <>
          <FeedbackBar
            feedback={
              failed.length === 0
                ? { ok: true, title: 'Licenses assigned', message: `${product.displayName} was assigned to ${outcomes.length === 1 ? outcomes[0]!.name : `${outcomes.length} users`}.` }
                : { ok: false, title: failed.length === outcomes.length ? "Licenses weren't assigned" : "Some licenses weren't assigned", message: 'Fix the problems below, then try again.' }
            }
          />
          <OutcomeList outcomes={outcomes} success="License assigned." />
        </>
      ) : (
        <>
          <Text>
            {Math.max(product.available, 0).toLocaleString('en-US')} of {product.purchased.toLocaleString('en-US')} licenses are available.
          </Text>
          <PeopleTypeahead label="Enter a name or email address" chosen={state.chosen} onChange={state.setChosen} max={MAX_USERS_PER_RUN} validationMessage={state.chooseError} />
          <div>
            <Link as="button" onClick={state.toggleApps} aria-expanded={state.showApps}>
              Turn apps and services on or off
            </Link>
          </div>
          {state.showApps && <ServicePlanToggles plans={state.plans} disabled={state.disabledPlans} onChange={state.setDisabledPlans} />}
        </>
      )}
    </SidePane>
  );
}
