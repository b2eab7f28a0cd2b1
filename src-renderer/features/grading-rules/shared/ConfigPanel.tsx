import type { ComponentType } from 'react';
import type { ConfigKind } from '../../../data/grading';
import { useGradingConfig, type ConfigState } from './use-grading-config';

/** A rules panel: its editor over the version in force, started over (remounted) whenever a new version comes into force. */
export function ConfigPanel<K extends ConfigKind>({ kind, editor: Editor }: { kind: K; editor: ComponentType<{ state: ConfigState<K> }> }) {
  const state = useGradingConfig(kind);
  if (!state) return null;
  return <Editor key={state.current.version} state={state} />;
}
