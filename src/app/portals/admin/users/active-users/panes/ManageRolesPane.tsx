import { Button, Checkbox, Link, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ErrorBar, SuccessBar } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';
import { COMMON_ROLE_TEMPLATES, ROLE_CATEGORIES } from './role-categories';
import { useManageRoles } from './useManageRoles';
import { useTargets } from './useTargets';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  category: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

const LEAST_PRIVILEGE = 'Give users only the access they need by assigning the least-permissive role.';

export interface ManageRolesPaneProps {
  readonly userId: string;
  readonly onClose: () => void;
  readonly onBack?: () => void;
}

/** "Manage admin roles": no admin access, or admin center access with the roles ticked. */
export function ManageRolesPane({ userId, onClose, onBack }: ManageRolesPaneProps) {
  const styles = useStyles();
  const [target] = useTargets([userId]);
  const state = useManageRoles(userId);
  const [showAll, setShowAll] = useState(false);
  const categoryId = useId();
  const failed = state.outcomes?.filter((outcome) => outcome.error) ?? [];

  const roleBox = (id: string, name: string) => (
    <Checkbox key={id} label={name} checked={state.chosen.has(id)} onChange={(_event, data) => state.toggle(id, data.checked === true)} />
  );

  return (
    <PaneFrame
      title="Manage admin roles"
      onClose={onClose}
      onBack={onBack}
      footer={
        <Button appearance="primary" disabled={!state.dirty} onClick={state.save}>
          Save changes
        </Button>
      }
    >
      {state.outcomes && failed.length === 0 && <SuccessBar title="Admin roles updated" message={LEAST_PRIVILEGE} />}
      {failed.map((outcome) => (
        <ErrorBar
          key={outcome.roleName}
          title={outcome.change === 'assigned' ? `${outcome.roleName} wasn't assigned` : `${outcome.roleName} wasn't removed`}
          message={outcome.error!}
        />
      ))}
      <Text>{target ? `Admin roles of ${target.displayName}` : ''}</Text>
      <Text className={styles.muted}>
        Admin roles give users permission to view data and complete tasks in admin centers. Give users only the access they need by assigning the
        least-permissive role.
      </Text>
      <RadioGroup
        aria-label="Admin access"
        value={state.adminAccess ? 'admin' : 'user'}
        onChange={(_event, data) => state.setAdminAccess(data.value === 'admin')}
      >
        <Radio value="user" label="User (no admin center access)" />
        <Radio value="admin" label="Admin center access" />
      </RadioGroup>
      {state.fixed.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Also held, and changed elsewhere:{' '}
            {state.fixed
              .map((role) =>
                role.source === 'group'
                  ? `${role.displayName} (inherited from ${role.groupName})`
                  : role.source === 'activated'
                    ? `${role.displayName} (activated in Privileged Identity Management)`
                    : `${role.displayName} (over ${role.scope})`,
              )
              .join('; ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.adminAccess && (
        <div className={styles.list} role="group" aria-label="Admin roles">
          {!showAll && COMMON_ROLE_TEMPLATES.map((role) => roleBox(role.id, role.displayName))}
          {showAll &&
            ROLE_CATEGORIES.map((category, index) => (
              <div key={category.name} className={styles.list} role="group" aria-labelledby={`${categoryId}-${index}`}>
                <h3 id={`${categoryId}-${index}`} className={styles.category}>
                  {category.name}
                </h3>
                {category.roles.map((role) => roleBox(role.id, role.displayName))}
              </div>
            ))}
          <Link as="button" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show fewer' : 'Show all by category'}
          </Link>
        </div>
      )}
    </PaneFrame>
  );
}
