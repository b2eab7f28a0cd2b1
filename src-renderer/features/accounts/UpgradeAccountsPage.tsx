import { Text } from '@mantine/core';
import type { Profile } from '../../core/profile';
import { setUpAccounts } from '../../data/accounts';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { notify } from '../../ui/notify';
import { StartCard } from '../../ui/StartCard';
import { AccountsSetupForm } from './AccountsSetupForm';

/**
 * The first start after upgrading an installation made before accounts: every record stays; the
 * profile's operator becomes the first business user (named for them, they choose the sign-in name).
 */
export function UpgradeAccountsPage({ profile }: { profile: Profile }) {
  const t = useT();
  const { db } = useSession();
  return (
    <StartCard title={t('accountSetup.title')} width={860}>
      <Text>{t('accountSetup.upgradeIntro')}</Text>
      <AccountsSetupForm
        businessName={profile.operatorName}
        onSubmit={async (input) => {
          await setUpAccounts(db, input, new Date());
          notify('green', t('accountSetup.done'));
        }}
      />
    </StartCard>
  );
}
