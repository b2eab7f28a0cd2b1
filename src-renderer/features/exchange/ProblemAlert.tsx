import { Alert, List } from '@mantine/core';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';

/** A refusal in the user's language, with the engine's details (first invalid records, missing customers). */
export function ProblemAlert({ problem, title }: { problem: { key: MessageKey; details: string[]; params?: Record<string, string> }; title?: string }) {
  const t = useT();
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {t(problem.key, problem.params)}
      {problem.details.length > 0 && (
        <List size="xs" mt={4}>
          {problem.details.map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
