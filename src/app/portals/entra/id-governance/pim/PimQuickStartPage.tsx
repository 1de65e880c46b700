import { Button, Card, CardFooter, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import { PimLayout } from './PimLayout';
import { entraPaths } from '../../paths';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingHorizontalL },
});

const CARDS = [
  { title: 'Manage access', text: 'Make users eligible for Microsoft Entra roles instead of giving them standing access, and set how long activations last.', action: 'Manage', to: entraPaths.pimEntraRoles },
  { title: 'Activate just in time', text: 'Activate the roles you are eligible for when you need them, for a limited time, with a reason.', action: 'Activate your role', to: entraPaths.pimMyRoles },
  { title: 'Approve requests', text: 'Approve or deny requests to activate roles whose settings require approval.', action: 'Approve requests', to: entraPaths.pimApprovals },
] as const;

/** "Privileged Identity Management | Quick start". */
export default function PimQuickStartPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  return (
    <PimLayout title="Quick start">
      <Text>Privileged Identity Management gives just-in-time, time-bound access to privileged roles, so fewer people hold them all the time.</Text>
      <div className={styles.cards}>
        {CARDS.map((card) => (
          <Card key={card.title}>
            <CardHeader header={<Text weight="semibold">{card.title}</Text>} />
            <Text>{card.text}</Text>
            <CardFooter>
              <Button appearance="primary" onClick={() => navigate(card.to)}>
                {card.action}
              </Button>
            </CardFooter>
          </Card>
        ))}
      </div>
    </PimLayout>
  );
}
