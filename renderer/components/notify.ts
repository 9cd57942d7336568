import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { AppError } from '../../shared/result';

/** The specific sentence that says what to do, in the interface language when main gave a reason. */
export function errorText(t: TFunction, error: AppError): string {
  return error.reason ? t(`errorReasons.${error.reason}`, { file: error.params?.file ?? error.file ?? '' }) : error.message;
}

/** Shows an error from main: a translated headline and the specific sentence that says what to do. */
export function notifyError(t: TFunction, error: AppError): void {
  if (error.code === 'cancelled') return;
  notifications.show({ color: 'red', title: t(`errors.${error.code}`, { message: errorText(t, error) }), message: errorText(t, error), autoClose: 10_000 });
}

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4_000 });
}
