import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ApiProvider } from '../../renderer/api/ApiProvider';
import { createQueryClient } from '../../renderer/api/queries';
import type { ApiClient } from '../../shared/api/contract';

/** Renders a piece of UI with the app's providers and the given (fake) API. */
export function renderWithApp(ui: ReactElement, api: Partial<ApiClient>, { isDesktop = false } = {}) {
  return render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <ApiProvider transport={{ client: api as ApiClient, isDesktop, onMenuCommand: () => () => undefined }}>{ui}</ApiProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
