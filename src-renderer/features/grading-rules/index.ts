/** The grading rules' settings section. */
export { GradingRulesSection } from './GradingRulesSection';
