import { notifications } from '@mantine/notifications';

/**
 * The app's one toast: a short notice after an action, green when done, gray when nothing happened
 * (cancelled, removed), red when refused with an optional title. Its close button is named by the
 * theme (Mantine's own is an unlabelled icon, which screen readers announce as just "button").
 */
export function notify(color: 'green' | 'gray' | 'red', message: string, title?: string) {
  notifications.show({ color, message, title });
}
