import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { AppDatesProvider } from '../components/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ApiProvider, useMenuCommands } from '../api/ApiProvider';
import { createQueryClient } from '../api/queries';
import type { Transport } from '../api/transports';
import { HomeScreen } from '../home/HomeScreen';
import { AboutDialog } from './AboutDialog';
import { cssVariablesResolver, theme } from './theme';

// The editor (forms, grid, charts, preview) loads when a project is first opened, not with the library.
const ProjectScreen = lazy(() => import('../project/ProjectScreen').then((m) => ({ default: m.ProjectScreen })));
import { useOpenRequests } from './useOpenRequests';

/** What the app does wherever the user is: open files handed over by the system, show About. */
function AppServices() {
  useOpenRequests();
  const onMenuCommand = useMenuCommands();
  const [aboutOpen, setAboutOpen] = useState(false);
  useEffect(() => onMenuCommand((command) => command === 'help:about' && setAboutOpen(true)), [onMenuCommand]);
  return <AboutDialog opened={aboutOpen} onClose={() => setAboutOpen(false)} />;
}

export function App({ transport }: { transport: Transport }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <AppDatesProvider>
        <QueryClientProvider client={queryClient}>
        <ApiProvider transport={transport}>
          <Router hook={useHashLocation}>
            <AppServices />
            <Switch>
              <Route path="/project/:id/:section?/:focus?">
                {(params: Partial<Record<'id' | 'section' | 'focus', string>>) => (
                  <Suspense
                    fallback={
                      <Center h="100vh">
                        <Loader />
                      </Center>
                    }
                  >
                    <ProjectScreen
                      key={params.id}
                      id={decodeURIComponent(params.id ?? '')}
                      sectionId={params.section ?? 'details'}
                      focus={params.focus ? decodeURIComponent(params.focus) : null}
                    />
                  </Suspense>
                )}
              </Route>
              <Route>
                <HomeScreen />
              </Route>
            </Switch>
          </Router>
        </ApiProvider>
        </QueryClientProvider>
      </AppDatesProvider>
    </MantineProvider>
  );
}
