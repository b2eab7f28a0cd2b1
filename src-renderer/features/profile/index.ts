/** The department profile form (set-up and settings). */
export { ProfileForm } from './ProfileForm';
