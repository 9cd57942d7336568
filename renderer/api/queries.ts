import { QueryClient, useQuery } from '@tanstack/react-query';
import type { CallOutput, CallName } from '../../shared/api/contract';
import type { AppError, Result } from '../../shared/result';
import { useApi } from './ApiProvider';

/** Thrown inside queries only, so TanStack Query sees a failure; the UI reads `.appError`. */
export class ApiFailure extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ApiFailure(settled.error);
  return settled.value;
}

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      // Data lives on this computer: no refetch on focus, no retries that would repeat an error.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    },
  });

export const queryKeys = {
  library: ['library:list'] as const,
  templates: ['templates:list'] as const,
  settings: ['settings:get'] as const,
  appInfo: ['app:info'] as const,
};

function useCallQuery<K extends 'library:list' | 'templates:list' | 'settings:get' | 'app:info'>(name: K & CallName) {
  const api = useApi();
  return useQuery<CallOutput<K>, ApiFailure>({
    queryKey: [name],
    queryFn: () => unwrap((api[name] as (input: object) => Promise<Result<CallOutput<K>>>)({})),
  });
}

export const useLibrary = () => useCallQuery('library:list');
export const useTemplates = () => useCallQuery('templates:list');
export const useSettings = () => useCallQuery('settings:get');
export const useAppInfo = () => useCallQuery('app:info');
