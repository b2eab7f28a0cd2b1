import { CLASSIFICATION_LEVELS, DEFAULT_PERIOD_YEARS, type ClassificationLevel } from '../../core/classification';
import { DEFAULT_PROFILE_MARK, type ProfileFields } from '../../core/profile';

/** The form's shape: the mark split into a level select and a period input. */
export interface ProfileFormValues {
  organisation: string;
  department: string;
  level: ClassificationLevel;
  periodYears: number | string;
}

export function toFormValues(profile?: ProfileFields): ProfileFormValues {
  const mark = profile?.defaultMark ?? DEFAULT_PROFILE_MARK;
  return {
    organisation: profile?.organisation ?? '',
    department: profile?.department ?? '',
    level: mark.level,
    periodYears: mark.periodYears ?? '',
  };
}

/** Back to the record's shape; the repository validates it (nothing is trusted from the form). */
export function fromFormValues(values: ProfileFormValues): unknown {
  const period = values.periodYears === '' ? null : Number(values.periodYears);
  return {
    organisation: values.organisation,
    department: values.department,
    defaultMark: { level: values.level, periodYears: needsPeriod(values.level) ? period : null },
  };
}

export function needsPeriod(level: ClassificationLevel): boolean {
  return DEFAULT_PERIOD_YEARS[level] !== null;
}

/** Field paths of the record mapped to the form's inputs. */
export function formFieldOf(path: string): keyof ProfileFormValues {
  if (path.startsWith('defaultMark.periodYears')) return 'periodYears';
  if (path.startsWith('defaultMark')) return 'level';
  return path as keyof ProfileFormValues;
}

export const LEVEL_OPTIONS = CLASSIFICATION_LEVELS;
