import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Page } from './Page';

/**
 * A page the real portal has and the sandbox does not simulate yet. It keeps the nav truthful:
 * the learner lands on the right title and breadcrumb and is told plainly what is missing.
 */
export default function NotInLab({ what }: { what: string }) {
  return (
    <Page>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not in Tenant Lab yet</MessageBarTitle>
          {what}
        </MessageBarBody>
      </MessageBar>
    </Page>
  );
}
