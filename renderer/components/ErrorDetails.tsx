import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/result';
import { errorText } from './notify';

/**
 * An error in the interface language: the specific reason when main gave one, else the kind of
 * failure, with main's own sentence (which may carry technical detail) underneath.
 */
export function ErrorDetails({ error }: { error: AppError }) {
  const { t } = useTranslation();
  if (error.reason) return <Text size="sm">{errorText(t, error)}</Text>;
  return (
    <>
      <Text size="sm">{t(`errors.${error.code}`, { message: error.message })}</Text>
      <Text size="xs" c="dimmed">
        {t('errors.technicalDetail', { detail: error.message })}
      </Text>
    </>
  );
}
