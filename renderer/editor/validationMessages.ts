import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Translates schema problems for forms: messages that say what to do, in the UI language.
 * Messages set in a schema (translation keys such as "validation.required") take precedence
 * over this map and are translated where they are shown (useErrorText).
 */
export function zodMessages(t: TFunction): z.core.$ZodErrorMap {
  return (issue) => {
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string') return t('validation.required');
        if (issue.origin === 'array') return t('validation.atLeastOne');
        return t('validation.atLeast', { min: issue.minimum });
      case 'too_big':
        if (issue.origin === 'string') return t('validation.tooLong', { max: issue.maximum });
        if (issue.origin === 'array') return t('validation.tooMany', { max: issue.maximum });
        return t('validation.atMost', { max: issue.maximum });
      case 'invalid_type':
        return issue.expected === 'number' ? t('validation.number') : t('validation.required');
      case 'invalid_format':
        return t('validation.format');
      case 'invalid_value':
        return t('validation.choose');
      default:
        return t('validation.invalid');
    }
  };
}
