/** Hash routes of the app, built in one place. */
export const routes = {
  home: () => '/',
  project: (id: string, sectionId = 'details') => `/project/${encodeURIComponent(id)}/${sectionId}`,
};
