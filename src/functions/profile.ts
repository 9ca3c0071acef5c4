import type { CellValue } from '../core/cell';
import { kuseiError } from '../core/messages/value-errors';
import { PROFILES, profileById, type RuleProfile } from '../core/plan/profile';
import type { Result } from '../core/result';
import { cellText } from '../core/text';
import { functionSettings } from './settings';

/**
 * The rule profile a STATUS or GRADE cell judges by (issue 16 §5): the profile argument when given,
 * else the plan's profile the task pane set, else none (the city policy's rules R1–R4, as before).
 */
export function profileFor(argument: CellValue): Result<RuleProfile | null> {
  const id = cellText(argument).trim();
  if (id === '') return functionSettings().profile;
  return (
    profileById(id) ??
    kuseiError('#VALUE!', 'PROFILE_UNKNOWN', { text: id, profiles: PROFILES.map((p) => p.id).join('、') })
  );
}
