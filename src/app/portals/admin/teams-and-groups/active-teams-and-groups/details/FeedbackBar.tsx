import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import type { DetailsTab, GroupDetailsState } from './useGroupDetails';

/** The confirmation or refusal of the last action taken in this tab. */
export function FeedbackBar({ details, tab }: { readonly details: GroupDetailsState; readonly tab: DetailsTab }) {
  const { feedback } = details;
  if (!feedback || feedback.tab !== tab) return null;
  if (!feedback.ok) return <TenantErrorBar error={feedback.error} />;
  return (
    <MessageBar intent="success" layout="multiline" politeness="polite">
      <MessageBarBody>{feedback.message}</MessageBarBody>
    </MessageBar>
  );
}
