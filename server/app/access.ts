/**
 * Who may see and do what. One place, used by HTTP and sockets alike:
 *   trainee  their own attempts
 *   trainer  attempts of their group (everyone's when they have no group); comments, overrides
 *   hr       everyone's attempts, dashboards, exports
 *   admin    everything
 */
import type { Role } from '../contracts/events';
import type { AttemptSummaryRecord, UserRecord } from '../store/port';

export function canSeeAttempt(
  user: UserRecord,
  attempt: Pick<AttemptSummaryRecord, 'userId' | 'group' | 'preview'>,
): boolean {
  if (attempt.userId === user.id) return true;
  // A staff member's preview of a scenario is theirs alone, as it is kept out of every list.
  if (attempt.preview) return false;
  switch (user.role) {
    case 'admin':
    case 'hr':
      return true;
    case 'trainer':
      return !user.group || attempt.group === user.group;
    default:
      return false;
  }
}

/** Which trainees a staff member may list: the same rule as their attempts. */
export function canSeeTrainee(user: UserRecord, trainee: UserRecord): boolean {
  return (
    trainee.role === 'trainee' && canSeeAttempt(user, { userId: trainee.id, group: trainee.group })
  );
}

export const CAN = {
  review: ['trainer', 'admin'] as Role[],
  manageLibrary: ['trainer', 'admin'] as Role[],
  dashboards: ['trainer', 'hr', 'admin'] as Role[],
  export: ['hr', 'admin'] as Role[],
  rescore: ['admin'] as Role[],
  manageUsers: ['admin'] as Role[],
};

export function isStaff(user: UserRecord): boolean {
  return user.role !== 'trainee';
}
