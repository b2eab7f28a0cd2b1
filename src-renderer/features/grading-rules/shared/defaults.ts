import { DEFAULT_TEMPLATE } from '../../../core/grading';
import { DEFAULT_CONFIGS, type ConfigBodies, type ConfigKind } from '../../../data/grading';
import { sameBody } from './config-form';

/**
 * The number the storage gives each default (data/grading/config.ts): the paper's criteria and the
 * default policy are version 0, the default template carries its own number. A unit test holds
 * these equal to what `currentConfig` reports on an empty database.
 */
export const DEFAULT_VERSION: { [K in ConfigKind]: number } = { template: DEFAULT_TEMPLATE.version, criteria: 0, policy: 0 };

export const defaultBodyOf = <K extends ConfigKind>(kind: K): ConfigBodies[K] => DEFAULT_CONFIGS[kind];

/**
 * Whether `body` holds the default rules (restoring them again would only add a version). A saved
 * template carries its own version number, which is not a rule: it is left out of the comparison.
 */
export function isDefaultBody<K extends ConfigKind>(kind: K, body: ConfigBodies[K]): boolean {
  const fallback = defaultBodyOf(kind);
  if (kind === 'template') return sameBody((body as ConfigBodies['template']).items, (fallback as ConfigBodies['template']).items);
  return sameBody(body, fallback);
}
