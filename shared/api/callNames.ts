/**
 * The names of the API calls, apart from their schemas so that the preload can expose one
 * function per call without bundling the schemas. contract.ts must declare exactly these.
 */
export const CALL_NAMES = [
  'app:info',
  'settings:get',
  'settings:update',
  'templates:list',
  'library:list',
  'project:create',
  'project:open',
  'project:save',
  'project:duplicate',
  'project:rename',
  'project:delete',
  'project:restoreBackup',
  'project:import',
  'project:saveCopy',
  'project:close',
  'project:resolveConflict',
  'project:recover',
  'forecast:exportTable',
  'forecast:importTable',
  'keyAccounts:readTable',
  'document:export',
  'file:reveal',
  'app:about',
  'app:takeOpenRequests',
  'project:openPath',
] as const;
export type CallName = (typeof CALL_NAMES)[number];
