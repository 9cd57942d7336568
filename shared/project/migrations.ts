import { richTextFromPlain } from '../text/richText';
import { emptyDocumentControl } from './documentControl';
import { emptyPartC } from './partC';
import { CURRENT_SCHEMA_VERSION, DEFAULT_ACCENT_COLOR } from './schema';

type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  description: string;
  /** Edits a copy of the file in place; the runner makes the copy and stamps the new version. */
  migrate(file: Json): void;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The objects in a list, or none when the value is not a list. */
const objects = (list: unknown): Json[] => (Array.isArray(list) ? list.filter(isObject) : []);

/** Converts the string at `path` into rich text, leaving anything else as it is. */
function plainToRichTextAt(root: Json, path: string[]): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node)) return;
    node = node[key];
  }
  const last = path[path.length - 1]!;
  if (isObject(node) && typeof node[last] === 'string') node[last] = richTextFromPlain(node[last]);
}

/** Narrative fields that the 0.x preview stored as plain strings. */
const V0_NARRATIVE_PATHS = [
  'policy.goals.intro',
  'policy.methods.narrative',
  'policy.distribution.narrative',
  'policy.channelRules.pricing.basePrinciple',
  'policy.channelRules.pricing.deliveryCosts',
  'policy.channelRules.pricing.narrative',
  'policy.channelRules.motivation.narrative',
  'policy.channelRules.creditPolicy.narrative',
  'policy.documentFlow.narrative',
  'salesPlan.overview',
  'salesPlan.forecast.narrative',
  'salesPlan.tactics.narrative',
].map((p) => p.split('.'));

/** Ordered list: each entry lifts a file by one version; a file goes through them in turn. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    description: 'Preview files (no schemaVersion): narratives were plain text; they become paragraphs and lists.',
    migrate(next) {
      for (const path of V0_NARRATIVE_PATHS) plainToRichTextAt(next, path);
      if (isObject(next.optionalChapters)) {
        for (const chapter of Object.values(next.optionalChapters)) {
          if (isObject(chapter)) plainToRichTextAt(chapter, ['body']);
        }
      }
    },
  },
  {
    from: 1,
    to: 2,
    description: 'Tactics gain channel, owner, timing and cost; motivation schemes name the channel they reward.',
    migrate(next) {
      const tactics = (next.salesPlan as Json | undefined)?.tactics as Json | undefined;
      for (const stage of ['interest', 'desire', 'decision']) {
        const list = tactics?.[stage];
        if (Array.isArray(list)) for (const tactic of list) if (isObject(tactic)) Object.assign(tactic, { channelId: '', owner: '', when: '', cost: null }, { ...tactic });
      }
      const policy = next.policy as Json | undefined;
      const schemes = ((policy?.channelRules as Json | undefined)?.motivation as Json | undefined)?.schemes;
      if (Array.isArray(schemes)) for (const scheme of schemes) if (isObject(scheme) && !('channelId' in scheme)) scheme.channelId = '';
    },
  },
  {
    from: 2,
    to: 3,
    description: 'Projects gain branding for the deliverable: an optional logo and an accent colour.',
    migrate(next) {
      if (isObject(next.meta) && !('branding' in next.meta)) next.meta.branding = { logo: null, accentColor: DEFAULT_ACCENT_COLOR };
    },
  },
  {
    from: 3,
    to: 4,
    description: 'Projects gain document control (reference, status, owner, versions, approvals), an executive summary, an editable glossary, and numbered rules (P-, M-, C-, D-) with scope and exceptions in chapter 4.',
    migrate(next) {
      if (isObject(next.meta) && !('control' in next.meta)) next.meta.control = emptyDocumentControl();
      if (isObject(next.meta) && !('glossary' in next.meta)) next.meta.glossary = [];
      if (!('summary' in next)) next.summary = { text: [], decisions: [] };
      // Rules are numbered in the order the file lists them; pricing rules in the order of the channels.
      const rules = ((next.policy as Json | undefined)?.channelRules ?? null) as Json | null;
      if (!isObject(rules)) return;
      const numbered = (list: unknown) => {
        if (Array.isArray(list)) list.forEach((rule, i) => isObject(rule) && Object.assign(rule, { ref: i + 1, owner: '', effectiveDate: null }, 'ref' in rule ? { ref: rule.ref } : {}));
      };
      numbered((rules.motivation as Json | undefined)?.schemes);
      numbered((rules.creditPolicy as Json | undefined)?.terms);
      numbered(((next.policy as Json).documentFlow as Json | undefined)?.documents);
      rules.scope ??= [];
      rules.exceptions ??= [];
      if (isObject(rules.pricing) && !('rules' in rules.pricing)) {
        const adjustments = Array.isArray(rules.pricing.adjustments) ? rules.pricing.adjustments.filter(isObject) : [];
        const channels = (((next.catalogues as Json | undefined)?.channels ?? []) as unknown[]).filter(isObject).map((c) => c.id);
        const priced = channels.filter((id) => adjustments.some((a) => a.channelId === id));
        rules.pricing.rules = priced.map((channelId, i) => ({ channelId, ref: i + 1, owner: '', effectiveDate: null }));
      }
    },
  },
  {
    from: 4,
    to: 5,
    description:
      'Pricing gains delivery zones, list prices and unit costs per product group, and adjustments for all product groups or a zone; credit terms gain exceptions and a limit scope; the Part C chapters gain their structured questions; forecast lines gain a territory, a deal size and prices from the policy; the plan gains operating costs, a lead conversion rate and scenarios; seasonality follows the calendar.',
    migrate(next) {
      const catalogues = next.catalogues as Json | undefined;
      if (isObject(catalogues)) {
        catalogues.zones ??= [];
        for (const group of objects(catalogues.productGroups)) Object.assign(group, { listPrice: null, unitCost: null }, { ...group });
      }
      const rules = (next.policy as Json | undefined)?.channelRules as Json | undefined;
      if (isObject(rules?.pricing)) {
        rules.pricing.baseZoneId ??= '';
        for (const adjustment of objects(rules.pricing.adjustments)) adjustment.zoneId ??= '';
      }
      for (const terms of objects((rules?.creditPolicy as Json | undefined)?.terms)) Object.assign(terms, { limitScope: '', exceptions: [] }, { ...terms });
      // Part C chapters gain their structured questions, empty; their text stays.
      if (isObject(next.optionalChapters)) {
        for (const [chapterId, content] of Object.entries(emptyPartC())) {
          const chapter = next.optionalChapters[chapterId];
          if (isObject(chapter)) Object.assign(chapter, JSON.parse(JSON.stringify(content)) as Json, { ...chapter });
        }
      }
      const salesPlan = next.salesPlan as Json | undefined;
      if (isObject(salesPlan?.context)) Object.assign(salesPlan.context, { leadConversionPercent: null, operatingCosts: [], scenarios: null }, { ...salesPlan.context });
      // Seasonality was stored in the plan's month order; it is now by calendar month, January first.
      const planStart = isObject(next.meta) && typeof next.meta.planStart === 'string' ? next.meta.planStart : '';
      const offset = /^\d{4}-(\d{2})$/.test(planStart) ? Number(planStart.slice(5)) - 1 : 0;
      for (const line of objects((salesPlan?.forecast as Json | undefined)?.lines)) {
        Object.assign(line, { territoryId: null, priceSource: 'own', dealSize: null }, { ...line });
        const generator = line.year1Generator;
        if (isObject(generator) && Array.isArray(generator.seasonality) && generator.seasonality.length === 12) {
          const planOrder = generator.seasonality;
          generator.seasonality = planOrder.map((_, calendarMonth) => planOrder[(calendarMonth - offset + 12) % 12]);
        }
      }
    },
  },
];

export type MigrationOutcome =
  | { kind: 'current'; file: Json; fromVersion: number }
  | { kind: 'migrated'; file: Json; fromVersion: number }
  | { kind: 'newer'; file: Json; fromVersion: number }
  | { kind: 'notAProject'; reason: string };

/** The version a file says it has; files from before versioning count as 0. */
export function fileVersion(file: Json): number | null {
  if (!('schemaVersion' in file)) return 0;
  const v = file.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export function migrateToCurrent(raw: unknown): MigrationOutcome {
  if (!isObject(raw)) return { kind: 'notAProject', reason: 'The file does not hold a JSON object.' };
  const version = fileVersion(raw);
  if (version === null) return { kind: 'notAProject', reason: 'schemaVersion must be a whole number.' };
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', file: raw, fromVersion: version };
  if (version === CURRENT_SCHEMA_VERSION) return { kind: 'current', file: raw, fromVersion: version };
  let file = raw;
  for (const migration of MIGRATIONS) {
    if (migration.from !== fileVersion(file)) continue;
    const next = JSON.parse(JSON.stringify(file)) as Json; // a project file is plain JSON
    migration.migrate(next);
    next.schemaVersion = migration.to;
    file = next;
  }
  return { kind: 'migrated', file, fromVersion: version };
}
