import { makeStyles, tokens } from '@fluentui/react-components';
import { isRouteErrorResponse, useRouteError } from 'react-router';

const useStyles = makeStyles({
  box: {
    margin: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalL,
    borderLeft: `4px solid ${tokens.colorStatusDangerBorderActive}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Shown in place of a page that failed to render, inside the portal's frame, instead of a blank
 * screen. Plain markup: it is in the first download, and a message bar would weigh it down.
 */
export function RouteError() {
  const styles = useStyles();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className={styles.box}>
      <h1 className={styles.title}>This page could not be shown</h1>
      <p>{detail}</p>
    </div>
  );
}
