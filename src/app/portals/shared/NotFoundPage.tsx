import { Text } from '@fluentui/react-components';
import { Page } from '../../shell/Page';
import { usePortal } from '../../shell/portal';
import { RouterLink } from '../../shell/RouterLink';

/** A link inside a portal that matches no page. */
export default function NotFoundPage() {
  const portal = usePortal();
  return (
    <Page>
      <Text>
        There is no page at this address in the {portal.name}. <RouterLink to={portal.home.path} inline>Go to Home</RouterLink>
      </Text>
    </Page>
  );
}
