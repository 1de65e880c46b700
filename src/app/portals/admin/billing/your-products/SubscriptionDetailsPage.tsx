import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CartRegular, DismissCircleRegular, SubtractRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { subscriptionDetailsSelector } from '../../../../../views/billing';
import { detailsEqual } from '../../../../../views/groups';
import { formatDate } from '../../../../../views/portal-dates';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { CancelSubscriptionDialog } from './CancelSubscriptionDialog';
import { ChangeLicensesPane, type LicenseChange } from './ChangeLicensesPane';
import { SubscriptionStatusText } from './SubscriptionStatusText';
import { adminPaths, licenseProductPath, purchaseProductPath } from '../../paths';

const useStyles = makeStyles({
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  plans: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: 2, columnGap: tokens.spacingHorizontalXXL },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const TRAIL = [{ label: 'Your products', to: adminPaths.yourProducts }] as const;

/** Your products > a subscription: its status, its licenses (buy, remove), its apps, and cancelling it. */
export default function SubscriptionDetailsPage() {
  const styles = useStyles();
  const list = useListStyles();
  const navigate = useNavigate();
  const { subscriptionId = '' } = useParams();
  const details = useTenant(useMemo(() => subscriptionDetailsSelector(subscriptionId), [subscriptionId]), detailsEqual);
  const [change, setChange] = useState<LicenseChange | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  if (!details) {
    return (
      <Page title="Subscription not found" trail={TRAIL}>
        <Text>This subscription doesn't exist, or it was deleted at the end of its disabled period.</Text>
      </Page>
    );
  }
  const running = details.status === 'Active' || details.status === 'Expired';
  const paid = !details.isTrial;
  return (
    <Page title={details.name} trail={TRAIL}>
      <FeedbackBar feedback={feedback} />
      <div className={styles.columns}>
        <section className={styles.card} aria-labelledby="subscription-status">
          <h2 id="subscription-status" className={list.sectionHeading}>
            Subscription status
          </h2>
          <SubscriptionStatusText row={details} />
          {details.isTrial && details.status === 'Active' && details.nextLifecycleDateTime && (
            <Text>Your trial ends on {formatDate(details.nextLifecycleDateTime)}. Buy the product to keep using it after that.</Text>
          )}
          {details.status === 'Expired' && details.nextLifecycleDateTime && (
            <Text>This subscription has expired. Users can still use it until it's disabled on {formatDate(details.nextLifecycleDateTime)}.</Text>
          )}
          {details.status === 'Disabled' && details.nextLifecycleDateTime && (
            <Text>This subscription is disabled: users can't use it and its licenses can't be assigned. It will be deleted on {formatDate(details.nextLifecycleDateTime)}.</Text>
          )}
          <dl className={list.facts}>
            <dt className={list.term}>Purchase channel</dt>
            <dd className={list.definition}>{details.purchaseChannel}</dd>
            <dt className={list.term}>Subscription date</dt>
            <dd className={list.definition}>{formatDate(details.createdDateTime)}</dd>
            <dt className={list.term}>Recurring billing</dt>
            <dd className={list.definition}>{details.isTrial ? 'Off' : details.status === 'Active' ? 'On' : 'Off'}</dd>
          </dl>
          {running && (
            <div className={list.actions}>
              {details.isTrial && (
                <Button icon={<CartRegular />} onClick={() => navigate(purchaseProductPath(details.skuPartNumber))}>
                  Buy
                </Button>
              )}
              <Button icon={<DismissCircleRegular />} onClick={() => setCancelling(true)}>
                Cancel subscription
              </Button>
            </div>
          )}
        </section>
        <section className={styles.card} aria-labelledby="subscription-licenses">
          <h2 id="subscription-licenses" className={list.sectionHeading}>
            Licenses
          </h2>
          <Text className={styles.big}>
            {details.assigned.toLocaleString('en-US')} assigned out of {details.totalLicenses.toLocaleString('en-US')}
          </Text>
          <Text className={list.muted}>
            {details.productAvailable.toLocaleString('en-US')} of the product's licenses are available to assign.
          </Text>
          <div className={list.actions}>
            {paid && details.status === 'Active' && (
              <>
                <Button icon={<AddRegular />} onClick={() => setChange('buy')}>
                  Buy licenses
                </Button>
                <Button icon={<SubtractRegular />} onClick={() => setChange('remove')}>
                  Remove licenses
                </Button>
              </>
            )}
            <Link as="button" onClick={() => navigate(licenseProductPath(details.skuId))}>
              Assign licenses
            </Link>
          </div>
        </section>
      </div>
      <section className={styles.card} aria-labelledby="subscription-apps">
        <h2 id="subscription-apps" className={list.sectionHeading}>
          Apps and services included ({details.servicePlans.length})
        </h2>
        <ul className={styles.plans}>
          {details.servicePlans.map((plan) => (
            <li key={plan}>{plan}</li>
          ))}
        </ul>
      </section>
      {change && <ChangeLicensesPane change={change} details={details} onClose={() => setChange(null)} />}
      {cancelling && (
        <CancelSubscriptionDialog
          details={details}
          onCancelled={(message) => setFeedback({ ok: true, message })}
          onClose={() => setCancelling(false)}
        />
      )}
    </Page>
  );
}
