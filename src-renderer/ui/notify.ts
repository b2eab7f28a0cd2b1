import { notifications } from '@mantine/notifications';

/** A short notice after an action (its close button is named by the theme). */
export function notify(color: 'green' | 'gray', message: string) {
  notifications.show({ color, message });
}
