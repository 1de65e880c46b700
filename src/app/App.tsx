import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { CONTOSO_ADMIN_UPN, createContosoTenant, findUserByUserPrincipalName, summarizeTenant } from '../tenant';
import { TenantProvider, useTenant } from './tenant-context';
import { createTenantStore } from './tenant-store';

function Home() {
  const summary = useTenant(summarizeTenant, (a, b) => JSON.stringify(a) === JSON.stringify(b));
  return (
    <main>
      <h1>Home</h1>
      <p>{summary.activeUsers} active users</p>
    </main>
  );
}

export function App() {
  const [store] = useState(() => {
    const fixture = createContosoTenant();
    return createTenantStore({ fixture }, findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id);
  });
  return (
    <FluentProvider theme={webLightTheme}>
      <TenantProvider store={store}>
        <Home />
      </TenantProvider>
    </FluentProvider>
  );
}
