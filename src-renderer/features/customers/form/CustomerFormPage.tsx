import { Alert, Anchor, Breadcrumbs, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import { openCustomer, OUT_OF_SCOPE } from '../../../data/customers';
import { getProfile } from '../../../data/profile-repo';
import { useT } from '../../../i18n/react';
import { useReadScope } from '../../../state/read-scope';
import { useSession } from '../../../state/session';
import { OutOfScope } from '../../../ui/OutOfScope';
import links from '../shared/links.module.css';
import { CustomerForm } from './CustomerForm';
import { toFormValues } from './form-values';

/**
 * New customer (/customers/new, or /customers/new/<parentId> for a unit under a parent) and
 * editing (/customers/<id>/edit). After saving it opens the customer's page.
 */
export function CustomerFormPage({ customerId, parentId }: { customerId?: string; parentId?: string }) {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  const [, navigate] = useLocation();
  const loaded = useLiveQuery(
    async () => ({
      profile: (await getProfile(db)) ?? null,
      existing: customerId ? ((await openCustomer(db, customerId, scope)) ?? null) : null,
      parent: parentId ? ((await openCustomer(db, parentId, scope)) ?? null) : null,
    }),
    [db, customerId, parentId, scope],
  );
  if (!loaded) return <Loader aria-label={t('customers.list.loading')} />;
  const { profile } = loaded;
  // Outside the user's data scope: neither edited nor offered as a parent (issue 15.3).
  if (loaded.existing === OUT_OF_SCOPE) return <OutOfScope />;
  const existing = loaded.existing;
  // A deleted parent cannot take new units: start without one and let the user choose.
  const parent = loaded.parent && loaded.parent !== OUT_OF_SCOPE && loaded.parent.deletedAt === null ? loaded.parent : null;

  const back = () => navigate(existing ? `/customers/${existing.id}` : parent ? `/customers/${parent.id}` : '/customers');
  const title = existing
    ? t('customers.form.editTitle', { name: existing.name })
    : parent
      ? t('customers.form.newUnderTitle', { parent: parent.name })
      : t('customers.form.newTitle');
  const crumbs = [
    { href: '#/customers', label: t('nav.customers') },
    ...(existing ? [{ href: `#/customers/${existing.id}`, label: existing.name }] : parent ? [{ href: `#/customers/${parent.id}`, label: parent.name }] : []),
  ];

  let body;
  if (customerId && !existing) {
    body = <Text>{t('customers.form.notFound')}</Text>;
  } else if (existing && existing.deletedAt !== null) {
    body = (
      <Alert color="gray" variant="light">
        {t('customers.form.deleted')}
      </Alert>
    );
  } else {
    // Mounted once per record: live updates elsewhere must not reset what the user is typing.
    body = (
      <CustomerForm
        key={existing?.id ?? `new-${parent?.id ?? ''}`}
        existing={existing ?? undefined}
        initial={toFormValues(existing ?? undefined, {
          classification: profile?.defaultMark.level ?? 'internal',
          parent: parent ? { id: parent.id, level: parent.level, type: parent.type } : undefined,
          managerId: scope.actor.scope === 'own' ? scope.actor.managerId : null,
        })}
        onSaved={(saved) => navigate(`/customers/${saved.id}`)}
        onCancel={back}
      />
    );
  }
  return (
    <Stack gap="md">
      <Breadcrumbs>
        {crumbs.map((c) => (
          <Anchor key={c.href} href={c.href} size="sm" className={links.link}>
            {c.label}
          </Anchor>
        ))}
      </Breadcrumbs>
      <Title order={2}>{title}</Title>
      {body}
      {customerId && !existing && (
        <Button variant="default" onClick={() => navigate('/customers')} w="fit-content">
          {t('customers.form.backToList')}
        </Button>
      )}
    </Stack>
  );
}
