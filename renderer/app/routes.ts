/** Hash routes of the app, built in one place. */
export const routes = {
  home: () => '/',
  /** A chapter, optionally with the field (project dot path) to bring into view. */
  project: (id: string, sectionId = 'details', focus?: string) =>
    `/project/${encodeURIComponent(id)}/${sectionId}${focus ? `/${encodeURIComponent(focus)}` : ''}`,
};
