import { NumberInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { FieldErrors } from '../../../core/validation';
import { messageIdOf } from './FieldMessages';

interface InlineNumberProps {
  /** `form.getInputProps(path)`. */
  inputProps: GetInputPropsReturnType;
  path: string;
  /** The field's name for screen readers and the message list ("AAA 类年综合效益门槛（万元）"). */
  label: string;
  errors: FieldErrors;
  scope: string;
  width?: number;
  allowDecimal?: boolean;
}

/** A figure inside a sentence or a grid cell: red when the schema refuses it, its message printed by FieldMessages. */
export function InlineNumber({ inputProps, path, label, errors, scope, width = 84, allowDecimal = true }: InlineNumberProps) {
  const invalid = errors[path] !== undefined;
  return (
    <NumberInput
      {...inputProps}
      aria-label={label}
      error={invalid}
      aria-describedby={invalid ? messageIdOf(scope, path) : undefined}
      w={width}
      size="xs"
      hideControls
      // Nothing typed is changed: no clamp, no dropped minus sign; the schema refuses with its message.
      clampBehavior="none"
      allowDecimal={allowDecimal}
      display="inline-block"
    />
  );
}
