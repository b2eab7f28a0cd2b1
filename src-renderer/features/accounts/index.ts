/** Accounts on screen (issue 15): the gate (account setup, sign-in, forced password change, idle lock) and the user menu. */
export { AccountsSetupForm } from './AccountsSetupForm';
export { AuthGate } from './AuthGate';
export { UserMenu } from './UserMenu';
