import type { DocumentControl } from './schema';

/** Document control of a new project, and of a file from before format 4: a draft nobody owns yet. */
export const emptyDocumentControl = (): DocumentControl => ({
  reference: '',
  status: 'draft',
  effectiveDate: null,
  nextReviewDate: null,
  owner: { name: '', role: '' },
  distribution: '',
  history: [],
  approvals: [],
});
