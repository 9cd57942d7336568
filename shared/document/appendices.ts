import { toMinor } from '../money';
import { currencyLabel } from './amounts';
import type { Builder } from './build';
import { tableColumn as col } from './model';
import { fill, type DocumentTexts } from './texts';
import { ruleLabel } from '../project/ruleRefs';
import type { SectionId } from '../sections/catalogue';

/** "Appendix A" / "A. melléklet": the label of the appendix at this index. */
export const appendixLabel = (t: DocumentTexts, index: number) => fill(t.appendix.label, { letter: String.fromCharCode(65 + index) });

/**
 * The appendices: detail the body leaves out (the forecast's months), a glossary of the terms the
 * document uses, and one bonus scheme worked through with the project's own figures. Each is
 * there only when it has something to say; they are lettered in order.
 */
export function buildAppendices(b: Builder, options: { includes(id: SectionId): boolean; bodyText(): string }): void {
  const { t } = b;
  const parts: { title: string; id: string; write(): void }[] = [];
  const monthly = b.forAppendix.monthly;
  if (options.includes('salesForecast') && monthly) parts.push({ title: t.appendix.monthly, id: 'appendix-monthly', write: monthly });
  const glossary = glossaryRows(b, options.bodyText());
  if (glossary.length > 0)
    parts.push({
      title: t.appendix.glossary,
      id: 'appendix-glossary',
      write: () => b.table('glossary', t.appendix.glossaryCaption, [col(t.appendix.term), col(t.appendix.meaning)], glossary.map((cells) => ({ cells })), { rowHeaders: true }),
    });
  const example = options.includes('channelRules') ? bonusExample(b) : null;
  if (example) parts.push({ title: t.appendix.bonusExample, id: 'appendix-bonus', write: example });
  if (parts.length === 0) return;

  b.heading(1, t.appendix.part, 'appendices');
  parts.forEach((part, index) => {
    // The monthly table is promised as "Appendix A" in the forecast chapter: it always comes first.
    b.heading(2, `${appendixLabel(t, index)}. ${part.title}`, part.id);
    part.write();
  });
}

/**
 * The document's terms: the user's own entries, then the abbreviations the text uses and the
 * catalogue entries the user described. A user's entry with the term of an automatic one replaces
 * its meaning, so a consultant can word "EXW" the client's way.
 */
function glossaryRows(b: Builder, text: string): [string, string][] {
  const { t, project, locale } = b;
  const own = project.meta.glossary.filter((e) => e.term.trim() !== '' && e.meaning.trim() !== '').map((e): [string, string] => [e.term.trim(), e.meaning.trim()]);
  const abbreviations = Object.entries(t.appendix.abbreviations).filter(([term]) => new RegExp(`(^|[^\\p{L}])${term}([^\\p{L}]|$)`, 'u').test(text));
  const { productGroups, channels, counterpartyTypes } = project.catalogues;
  const described = [...productGroups, ...channels, ...counterpartyTypes].filter((e) => e.name.trim() !== '' && e.description.trim() !== '').map((e): [string, string] => [e.name, e.description]);
  const seen = new Set<string>();
  const key = (term: string) => term.toLocaleLowerCase(locale);
  return [...own, ...abbreviations, ...described]
    .filter(([term]) => !seen.has(key(term)) && seen.add(key(term)))
    .sort(([a], [c]) => a.localeCompare(c, locale));
}

/**
 * A partner's period under the first scheme whose indicator is counted in money and whose tiers
 * pay a percentage: a value a quarter above a tier's threshold, the tier reached, the bonus paid.
 */
function bonusExample(b: Builder): (() => void) | null {
  const { t, project } = b;
  const { currency } = project.meta;
  // The indicator counts money when its unit is the currency as either language writes it ("HUF", "Ft", "€").
  const moneyUnits = new Set([currency, currencyLabel(currency, b.locale), currencyLabel(currency, 'en-GB')].map((u) => u.toLowerCase()));
  for (const scheme of project.policy.channelRules.motivation.schemes) {
    const kpi = project.catalogues.kpis.find((k) => k.id === scheme.kpiId);
    if (!kpi || !moneyUnits.has(kpi.unit.trim().toLowerCase())) continue;
    const tiers = [...scheme.tiers].filter((tier) => tier.rewardPercent !== null && tier.threshold > 0).sort((x, y) => x.threshold - y.threshold);
    const tier = tiers[0];
    const percent = tier?.rewardPercent ?? null;
    if (!tier || percent === null) continue;
    const next = tiers[1];
    // A round value a quarter above the threshold, still below the next tier.
    let value = roundNice(tier.threshold * 1.25);
    if (next && value >= next.threshold) value = tier.threshold;
    const valueMinor = toMinor(value, currency);
    const bonus = Math.round((valueMinor * percent) / 100);
    const partner = b.nameIn(project.catalogues.counterpartyTypes, scheme.counterpartyTypeId);
    return () => {
      b.paragraph(fill(t.appendix.exampleIntro, { scheme: `${ruleLabel('motivation', scheme.ref)} ${scheme.name}`, partner, period: t.appendix.periods[scheme.period], kpi: kpi.name, value: b.money(valueMinor) }));
      b.table(
        'bonus-example',
        fill(t.appendix.exampleCaption, { scheme: `${ruleLabel('motivation', scheme.ref)} ${scheme.name}` }),
        [col(t.appendix.step), col(t.appendix.result)],
        [
          { cells: [kpi.name, b.money(valueMinor)] },
          { cells: [t.appendix.tierReached, `≥ ${b.money(toMinor(tier.threshold, currency))}${next ? ` (${fill(t.appendix.below, { next: b.money(toMinor(next.threshold, currency)) })})` : ''}: ${tier.reward}`] },
          { cells: [t.appendix.bonusPaid, `${b.percent(percent)} × ${b.money(valueMinor)} = ${b.money(bonus)}`], emphasis: 'total' },
        ],
        { rowHeaders: true },
      );
    };
  }
  return null;
}

/** 97,500,000 -> 100,000,000; 1,250 -> 1,300: two significant figures. */
function roundNice(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}
