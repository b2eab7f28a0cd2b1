import { Stack, Text } from '@mantine/core';
import type { FieldErrors } from '../../../core/validation';
import { useT } from '../../../i18n/react';
import { messageText } from './config-form';

/** The id of a field's message, for the input's aria-describedby. */
export const messageIdOf = (scope: string, path: string) => `${scope}-msg-${path.replace(/\W/g, '-')}`;

/**
 * The schema's messages of some fields, each named after its field ("AA 类年综合效益门槛（万元）：…"),
 * printed under the sentence or row that holds them: inputs inside a sentence are too narrow to carry
 * a message of their own, so they only turn red and point here (aria-describedby).
 */
export function FieldMessages({
  scope,
  errors,
  fields,
  labelOf,
}: {
  scope: string;
  errors: FieldErrors;
  fields: readonly string[];
  labelOf: (path: string) => string;
}) {
  const t = useT();
  const shown = fields.filter((f) => errors[f] !== undefined);
  if (shown.length === 0) return null;
  return (
    <Stack gap={2} mt={4}>
      {shown.map((path) => (
        <Text key={path} id={messageIdOf(scope, path)} size="sm" c="var(--mantine-color-error)" role="alert">
          {t('gradingRules.fieldMessage', { field: labelOf(path), message: messageText(errors[path], t) ?? '' })}
        </Text>
      ))}
    </Stack>
  );
}
