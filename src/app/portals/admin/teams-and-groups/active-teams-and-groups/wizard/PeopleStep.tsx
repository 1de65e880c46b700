import { Button, Text } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PersonOption } from '../../../../../../views/groups';
import { PeoplePicker } from '../../../../../kit/PeoplePicker';
import { useFocusReturn } from '../../../../../kit/use-focus-return';
import type { AddGroupWizardState } from './useAddGroupWizard';
import { useWizardStyles } from './wizard-styles';

const TEXT = {
  owners: {
    intro: 'Owners can add and remove members and change the group\u2019s settings. If you assign no one, you become the owner.',
    add: 'Assign owners',
    empty: 'No owners assigned yet.',
  },
  members: {
    intro: 'Members can use everything the group offers. You can add more members after the group is created.',
    add: 'Add members',
    empty: 'No members added yet.',
  },
} as const;

/** "Assign owners" and "Add members": who is chosen so far, and the picker to choose more. */
export function PeopleStep({ wizard, link }: { readonly wizard: AddGroupWizardState; readonly link: 'owners' | 'members' }) {
  const styles = useWizardStyles();
  const [picking, setPicking] = useState(false);
  const addButton = useFocusReturn<HTMLButtonElement>(picking);
  const chosen = wizard.fields[link];
  const text = TEXT[link];
  const set = (people: readonly PersonOption[]) => wizard.update(link === 'owners' ? { owners: people } : { members: people });
  if (picking) {
    return (
      <PeoplePicker
        title={`${text.add} to ${wizard.fields.name.trim()}`}
        confirmLabel={(count) => `Add (${count})`}
        exclude={new Set(chosen.map((person) => person.id))}
        onConfirm={(people) => {
          set([...chosen, ...people]);
          setPicking(false);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  }
  return (
    <div className={styles.form}>
      <Text className={styles.intro}>{text.intro}</Text>
      <div>
        <Button ref={addButton} icon={<AddRegular />} onClick={() => setPicking(true)}>
          {text.add}
        </Button>
      </div>
      {chosen.length === 0 ? (
        <Text className={styles.muted}>{text.empty}</Text>
      ) : (
        <ul className={styles.people} aria-label={link === 'owners' ? 'Owners' : 'Members'}>
          {chosen.map((person) => (
            <li key={person.id} className={styles.person}>
              <span>
                {person.displayName} <span className={styles.muted}>{person.userPrincipalName}</span>
              </span>
              <Button
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={`Remove ${person.displayName}`}
                onClick={() => set(chosen.filter((other) => other.id !== person.id))}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
