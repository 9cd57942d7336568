/**
 * The implementation roadmap: the decisions a sales strategy needs, each with an owner, a
 * deadline and a status, drawn as a timeline and checked against today. Dates are ISO calendar
 * dates (YYYY-MM-DD), which sort and compare as plain strings.
 */

/** The areas the article says implementing a sales strategy needs decisions on; users may add others. */
export const ROADMAP_AREAS = ['structure', 'staff', 'motivation', 'informationTechnology', 'otherDepartments', 'salesManagement'] as const;

export type DecisionStatus = 'todo' | 'doing' | 'done';
export const DECISION_STATUSES: readonly DecisionStatus[] = ['todo', 'doing', 'done'];

export interface Decision {
  area: string;
  owner: string;
  /** Null for a decision without a deadline yet. */
  deadline: string | null;
  status: DecisionStatus;
}

/**
 * Decisions by deadline, earliest first; those without one last, since they cannot be placed on
 * the timeline. Equal deadlines keep the user's order.
 */
export function roadmapTimeline<T extends Decision>(decisions: readonly T[]): T[] {
  return decisions
    .map((decision, index) => ({ decision, index }))
    .sort((a, b) => {
      const x = a.decision.deadline;
      const y = b.decision.deadline;
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        return x < y ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map((entry) => entry.decision);
}

/** Decisions not done whose deadline has passed: a deadline of today is still on time. In timeline order. */
export function overdueDecisions<T extends Decision>(decisions: readonly T[], today: string): T[] {
  return roadmapTimeline(decisions).filter((d) => d.status !== 'done' && d.deadline !== null && d.deadline < today);
}

export function countByStatus(decisions: readonly Decision[]): Record<DecisionStatus, number> {
  const counts: Record<DecisionStatus, number> = { todo: 0, doing: 0, done: 0 };
  for (const d of decisions) counts[d.status] += 1;
  return counts;
}

export interface Roadmap<T extends Decision> {
  timeline: T[];
  overdue: T[];
  counts: Record<DecisionStatus, number>;
}

export function roadmap<T extends Decision>(decisions: readonly T[], today: string): Roadmap<T> {
  return { timeline: roadmapTimeline(decisions), overdue: overdueDecisions(decisions, today), counts: countByStatus(decisions) };
}
