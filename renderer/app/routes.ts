/** Hash routes of the app, built in one place. */
export const routes = {
  home: () => '/',
  /**
   * A chapter, optionally with the field (project dot path) to bring into view, and for a missing
   * row the values of the row to add there ("policy.channelRules.creditPolicy.terms~channelId=kam").
   */
  project: (id: string, sectionId = 'details', focus?: string, addRow?: Record<string, string>) =>
    `/project/${encodeURIComponent(id)}/${sectionId}${focus ? `/${encodeURIComponent(focus + (addRow ? `~${new URLSearchParams(addRow).toString()}` : ''))}` : ''}`,
};

/** The field a route asks to reach, and the row to add there (see `routes.project`). */
export function parseFocus(focus: string | null): { path: string; addRow: Record<string, string> | null } | null {
  if (!focus) return null;
  const [path, add] = focus.split('~') as [string, string | undefined];
  return { path, addRow: add ? Object.fromEntries(new URLSearchParams(add)) : null };
}
