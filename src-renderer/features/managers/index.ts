/** The managers' settings section. */
export { ManagersSection } from './ManagersSection';
