import { Badge, Group, SimpleGrid } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ruleLabel, type RuleKind } from '../../shared/project/ruleRefs';
import { FormDateInput, FormTextInput } from '../editor/fields';

/** A rule's reference as the document cites it ("C-2"): fixed when the rule is created, kept when rows move. */
export function RuleRefBadge({ kind, name }: { kind: RuleKind; name: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const ref = useWatch({ control, name: `${name}.ref` }) as number | undefined;
  if (ref === undefined) return null;
  const label = ruleLabel(kind, ref);
  return (
    <Badge variant="light" color="gray" radius="sm" title={t('rules.refHint', { ref: label })} data-testid="rule-ref" style={{ flexShrink: 0, overflow: 'visible' }}>
      {label}
    </Badge>
  );
}

/** The rule's reference, and who owns it and from when it applies where that is not the whole policy's. */
export function RuleFields({ kind, name, badge = true }: { kind: RuleKind; name: string; badge?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" wrap="nowrap">
      {badge && <RuleRefBadge kind={kind} name={name} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} style={{ flex: 1 }}>
        <FormTextInput name={`${name}.owner`} label={t('rules.owner')} description={t('rules.ownerHint')} />
        <FormDateInput name={`${name}.effectiveDate`} label={t('rules.effectiveDate')} description={t('rules.effectiveDateHint')} />
      </SimpleGrid>
    </Group>
  );
}
