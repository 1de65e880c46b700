import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown in place of a page that failed to render, inside the portal's frame, instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" layout="multiline" style={{ margin: '24px' }}>
      <MessageBarBody>
        <MessageBarTitle>This page could not be shown</MessageBarTitle>
        {detail}
      </MessageBarBody>
    </MessageBar>
  );
}
