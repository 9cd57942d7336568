import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ApiProvider } from '../api/ApiProvider';
import type { Transport } from '../api/transports';
import { HomeScreen } from '../home/HomeScreen';
import { ProjectScreen } from '../project/ProjectScreen';
import { theme } from './theme';

export function App({ transport }: { transport: Transport }) {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <ApiProvider transport={transport}>
        <Router hook={useHashLocation}>
          <Switch>
            <Route path="/project/:id/:section?">{(params) => <ProjectScreen id={decodeURIComponent(params.id)} sectionId={params.section ?? 'details'} />}</Route>
            <Route>
              <HomeScreen />
            </Route>
          </Switch>
        </Router>
      </ApiProvider>
    </MantineProvider>
  );
}
