import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { UserRow } from '../../../views/users';

const useStyles = makeStyles({
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  unlicensed: { color: tokens.colorNeutralForeground3 },
});

/** The display name, marked when sign-in is blocked as the admin center marks it. */
export function UserNameCell({ user }: { user: UserRow }) {
  const styles = useStyles();
  return (
    <span className={styles.name}>
      <Text weight="semibold">{user.displayName}</Text>
      {!user.accountEnabled && (
        <Badge appearance="tint" color="danger" size="small">
          Sign-in blocked
        </Badge>
      )}
    </span>
  );
}

export function LicensesCell({ user }: { user: UserRow }) {
  const styles = useStyles();
  return user.licenses.length > 0 ? <Text>{user.licenses.join(', ')}</Text> : <Text className={styles.unlicensed}>Unlicensed</Text>;
}
