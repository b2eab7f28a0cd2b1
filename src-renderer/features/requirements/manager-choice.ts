import type { ManagerRecord } from '../../data/customers';

/** The manager last picked on this computer (a UI preference, not archive data: it never travels). */
export const MANAGER_CHOICE_KEY = 'airgap-crm.my-requirements.manager';

export function rememberedManager(): string | null {
  try {
    return localStorage.getItem(MANAGER_CHOICE_KEY);
  } catch {
    return null;
  }
}

export function rememberManager(id: string | null) {
  try {
    if (id) localStorage.setItem(MANAGER_CHOICE_KEY, id);
    else localStorage.removeItem(MANAGER_CHOICE_KEY);
  } catch {
    // Storage can be full or disabled; forgetting the choice is harmless.
  }
}

/**
 * Whose requirements to show first: the remembered choice while that manager exists, else the
 * signed-in user's own manager record (linked to the account, else named like the user), else nobody.
 */
export function defaultManager(
  managers: readonly Pick<ManagerRecord, 'id' | 'name'>[],
  remembered: string | null,
  me: { managerId: string | null; name: string },
): string | null {
  if (remembered && managers.some((m) => m.id === remembered)) return remembered;
  const own = managers.find((m) => m.id === me.managerId) ?? managers.find((m) => m.name === me.name.trim());
  return own?.id ?? null;
}
