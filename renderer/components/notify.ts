import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { AppError } from '../../shared/result';

/** Shows an error from main: a translated headline and the specific sentence that says what to do. */
export function notifyError(t: TFunction, error: AppError): void {
  if (error.code === 'cancelled') return;
  notifications.show({ color: 'red', title: t(`errors.${error.code}`, { message: error.message }), message: error.message, autoClose: 10_000 });
}

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4_000 });
}
