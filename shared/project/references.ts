import type { CatalogueName, Project } from './schema';

export interface ReferenceProblem {
  /** Field path, as in schema errors: ["policy", "goals", "items", 0, "owner"]. */
  path: (string | number)[];
  message: string;
}

type Ref = { path: (string | number)[]; catalogue: CatalogueName | 'schemes'; id: string };

/** Every place in a project that points at a catalogue entry (or a motivation scheme) by id. */
export function collectReferences(project: Project): Ref[] {
  const refs: Ref[] = [];
  const add = (path: (string | number)[], catalogue: Ref['catalogue'], id: string | null) => {
    if (id !== null && id !== '') refs.push({ path, catalogue, id });
  };
  const { policy, salesPlan } = project;
  project.catalogues.zones.forEach((zone, i) => zone.territoryIds.forEach((id, j) => add(['catalogues', 'zones', i, 'territoryIds', j], 'territories', id)));
  policy.methods.principles.forEach((p, i) =>
    add(['policy', 'methods', 'principles', i, 'counterpartyTypeId'], 'counterpartyTypes', p.counterpartyTypeId),
  );
  policy.distribution.priorityChannels.forEach((row, i) => {
    const base = ['policy', 'distribution', 'priorityChannels', i];
    add([...base, 'productGroupId'], 'productGroups', row.productGroupId);
    add([...base, 'territoryId'], 'territories', row.territoryId);
    row.channelIds.forEach((id, j) => add([...base, 'channelIds', j], 'channels', id));
  });
  const { pricing, motivation, creditPolicy } = policy.channelRules;
  add(['policy', 'channelRules', 'pricing', 'baseZoneId'], 'zones', pricing.baseZoneId);
  pricing.adjustments.forEach((a, i) => {
    const base = ['policy', 'channelRules', 'pricing', 'adjustments', i];
    add([...base, 'channelId'], 'channels', a.channelId);
    // "" is the channel's row for all product groups, or every zone: no reference.
    add([...base, 'productGroupId'], 'productGroups', a.productGroupId);
    add([...base, 'zoneId'], 'zones', a.zoneId);
  });
  motivation.schemes.forEach((s, i) => {
    const base = ['policy', 'channelRules', 'motivation', 'schemes', i];
    add([...base, 'counterpartyTypeId'], 'counterpartyTypes', s.counterpartyTypeId);
    add([...base, 'kpiId'], 'kpis', s.kpiId);
    add([...base, 'channelId'], 'channels', s.channelId);
  });
  creditPolicy.terms.forEach((t, i) => {
    const base = ['policy', 'channelRules', 'creditPolicy', 'terms', i];
    add([...base, 'channelId'], 'channels', t.channelId);
    t.exceptions.forEach((e, j) => add([...base, 'exceptions', j, 'productGroupId'], 'productGroups', e.productGroupId));
  });
  policy.documentFlow.documents.forEach((d, i) => {
    const base = ['policy', 'documentFlow', 'documents', i];
    if (d.from.kind === 'counterpartyType') add([...base, 'from', 'id'], 'counterpartyTypes', d.from.id);
    if (d.to.kind === 'counterpartyType') add([...base, 'to', 'id'], 'counterpartyTypes', d.to.id);
    d.feedsKpiIds.forEach((id, j) => add([...base, 'feedsKpiIds', j], 'kpis', id));
    d.feedsSchemeIds.forEach((id, j) => add([...base, 'feedsSchemeIds', j], 'schemes', id));
  });
  for (const stage of ['interest', 'desire', 'decision'] as const) {
    salesPlan.tactics[stage].forEach((tactic, i) => add(['salesPlan', 'tactics', stage, i, 'channelId'], 'channels', tactic.channelId));
  }
  salesPlan.forecast.lines.forEach((line, i) => {
    const base = ['salesPlan', 'forecast', 'lines', i];
    add([...base, 'productGroupId'], 'productGroups', line.productGroupId);
    add([...base, 'channelId'], 'channels', line.channelId);
    add([...base, 'territoryId'], 'territories', line.territoryId);
  });
  return refs;
}

function idsOf(project: Project, catalogue: Ref['catalogue']): string[] {
  return catalogue === 'schemes'
    ? project.policy.channelRules.motivation.schemes.map((s) => s.id)
    : project.catalogues[catalogue].map((entry) => entry.id);
}

/** Dangling references and duplicate catalogue ids: what the schema alone cannot see. */
export function findReferenceProblems(project: Project): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const known = new Map<Ref['catalogue'], Set<string>>();
  const catalogues: Ref['catalogue'][] = ['productGroups', 'territories', 'zones', 'channels', 'counterpartyTypes', 'kpis', 'schemes'];
  for (const catalogue of catalogues) {
    const ids = idsOf(project, catalogue);
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) {
        const path =
          catalogue === 'schemes'
            ? ['policy', 'channelRules', 'motivation', 'schemes', i, 'id']
            : ['catalogues', catalogue, i, 'id'];
        problems.push({ path, message: `The id "${id}" is used twice.` });
      }
      seen.add(id);
    });
    known.set(catalogue, seen);
  }
  for (const ref of collectReferences(project)) {
    if (!known.get(ref.catalogue)?.has(ref.id)) {
      problems.push({ path: ref.path, message: `Refers to "${ref.id}", which is not in ${ref.catalogue}.` });
    }
  }
  return problems;
}

/** Where a catalogue entry is used, for "cannot delete: used in …" messages. */
export function usagesOf(project: Project, catalogue: Ref['catalogue'], id: string): (string | number)[][] {
  return collectReferences(project)
    .filter((ref) => ref.catalogue === catalogue && ref.id === id)
    .map((ref) => ref.path);
}
