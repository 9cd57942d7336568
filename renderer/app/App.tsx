import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ApiProvider } from '../api/ApiProvider';
import { createQueryClient } from '../api/queries';
import type { Transport } from '../api/transports';
import { HomeScreen } from '../home/HomeScreen';
import { ProjectScreen } from '../project/ProjectScreen';
import { theme } from './theme';

export function App({ transport }: { transport: Transport }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
      <ApiProvider transport={transport}>
        <Router hook={useHashLocation}>
          <Switch>
            <Route path="/project/:id/:section?/:focus?">
              {(params: Partial<Record<'id' | 'section' | 'focus', string>>) => (
                <ProjectScreen
                  key={params.id}
                  id={decodeURIComponent(params.id ?? '')}
                  sectionId={params.section ?? 'details'}
                  focus={params.focus ? decodeURIComponent(params.focus) : null}
                />
              )}
            </Route>
            <Route>
              <HomeScreen />
            </Route>
          </Switch>
        </Router>
      </ApiProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
