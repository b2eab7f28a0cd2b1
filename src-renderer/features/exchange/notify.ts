import { notifications } from '@mantine/notifications';
import type { Translate } from '../../i18n';

/** A short notice after an action; its close button needs a name (axe: button-name). */
export function notify(t: Translate, color: 'green' | 'gray', message: string) {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': t('common.close') } });
}
