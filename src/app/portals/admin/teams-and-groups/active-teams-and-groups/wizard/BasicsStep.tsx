import { Field, Input, Text, Textarea } from '@fluentui/react-components';
import type { AddGroupWizardState } from './useAddGroupWizard';
import { useWizardStyles } from './wizard-styles';

export function BasicsStep({ wizard }: { readonly wizard: AddGroupWizardState }) {
  const styles = useWizardStyles();
  return (
    <div className={styles.form}>
      <Text className={styles.intro}>To get started, fill out some basic info about the group you'd like to create.</Text>
      <Field label="Name" required>
        <Input value={wizard.fields.name} maxLength={256} onChange={(_, data) => wizard.update({ name: data.value })} />
      </Field>
      <Field label="Description" hint="Describe what the group is for, so people know when to use it.">
        <Textarea value={wizard.fields.description} maxLength={1024} resize="vertical" onChange={(_, data) => wizard.update({ description: data.value })} />
      </Field>
    </div>
  );
}
