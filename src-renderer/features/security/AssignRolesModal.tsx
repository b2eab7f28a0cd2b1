import { Checkbox, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { ADMIN_ROLES, BUSINESS_ROLES, DATA_SCOPES, isAwaitingRoles, type UserRecord } from '../../core/accounts';
import { assignRoles } from '../../data/accounts';
import type { ManagerRecord } from '../../data/customers';
import { dataScopeLabel, roleLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { FormModal } from '../../ui/FormModal';
import { useRecordForm } from '../../ui/hooks/use-record-form';
import { notify } from '../../ui/notify';
import { refusalsAsValidation } from '../users';
import { assignmentOf, assignmentValuesOf, type AssignmentValues } from './assignment';

/**
 * 分配角色: business roles, data scope and the linked account manager; an account still awaiting
 * roles may instead become an administrator (one role, for good: assignRoles refuses changing it later).
 */
export function AssignRolesModal({ user, managers, onClose }: { user: UserRecord; managers: readonly ManagerRecord[]; onClose: () => void }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const { form, ...frame } = useRecordForm<AssignmentValues>({
    initialValues: assignmentValuesOf(user),
    save: async (values) => {
      const { roles, scope, managerId } = assignmentOf(values);
      await refusalsAsValidation(() => assignRoles(db, actor, user.id, roles, scope, managerId, new Date()));
      notify('green', t('security.assigned', { name: user.displayName }));
    },
    onSaved: onClose,
    savedMessage: null,
    // The repository names the role set `roles`; the form holds it in whichever of its two fields is shown.
    errorFields: { roles: 'businessRoles' },
  });
  const admin = form.values.kind === 'admin';
  // Active managers, and the linked one even if no longer active (the select must show what is stored).
  const managerOptions = managers
    .filter((m) => m.active || m.id === user.managerId)
    .map((m) => ({ value: m.id, label: m.active ? m.name : t('security.managerInactive', { name: m.name }) }));
  return (
    <FormModal {...frame} title={t('security.assignTitle', { name: user.displayName })} onClose={onClose} submitLabel={t('security.assign')} size="lg">
      {isAwaitingRoles(user) && (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="assign-kind">
            {t('security.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="assign-kind"
            data={[
              { value: 'business', label: t('security.kind.business') },
              { value: 'admin', label: t('security.kind.admin') },
            ]}
            {...form.getInputProps('kind')}
          />
          <Text size="xs" c="dimmed">
            {t('security.kindHint')}
          </Text>
        </Stack>
      )}
      {admin ? (
        <Select
          required
          label={t('security.adminRole')}
          allowDeselect={false}
          data={ADMIN_ROLES.map((role) => ({ value: role, label: t(roleLabel(role)) }))}
          value={form.values.adminRole || null}
          onChange={(value) => form.setFieldValue('adminRole', value ?? '')}
          error={form.errors.businessRoles}
        />
      ) : (
        <>
          <Checkbox.Group required label={t('security.businessRoles')} {...form.getInputProps('businessRoles')}>
            <Group gap="md" mt={6}>
              {BUSINESS_ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(roleLabel(role))} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group grow align="flex-start">
            <Select
              required
              label={t('security.scope')}
              allowDeselect={false}
              data={DATA_SCOPES.map((scope) => ({ value: scope, label: t(dataScopeLabel(scope)) }))}
              value={form.values.scope || null}
              onChange={(value) => form.setFieldValue('scope', value ?? '')}
              error={form.errors.scope}
            />
            <Select
              clearable
              label={t('security.manager')}
              description={t('security.managerHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder={t('security.noManager')}
              data={managerOptions}
              value={form.values.managerId || null}
              onChange={(value) => form.setFieldValue('managerId', value ?? '')}
              error={form.errors.managerId}
            />
          </Group>
        </>
      )}
    </FormModal>
  );
}
