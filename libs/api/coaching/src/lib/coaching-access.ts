import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@jcw/api-platform';
import { CandidateEntity } from '@jcw/api-candidates';
import { CoachingException } from './coaching.exception';

/**
 * Whose coaching record a caller may touch: an HR adviser every candidate of their organisation,
 * a jobcoach only the candidates assigned to them (the same rule as the candidate profile).
 * Erased candidates have no record left to show. The route's roles keep everyone else out.
 */
@Injectable()
export class CoachingAccess {
  organisationOf(actor: Actor): string {
    // The guard only lets organisation roles through; a missing organisation is a wiring bug.
    if (!actor.organisationId)
      throw new Error('coaching route reached without an organisation');
    return actor.organisationId;
  }

  isAdviser(actor: Actor): boolean {
    return actor.roles.includes('hr_adviser');
  }

  /**
   * The candidate, or 404. Writers take a share lock on the candidate row so an erasure or a
   * reassignment waits for the write (and the write sees an erasure that committed first).
   */
  async candidate(
    manager: EntityManager,
    actor: Actor,
    id: string,
    mode: 'read' | 'write' = 'read',
  ): Promise<CandidateEntity> {
    const candidate = await manager.findOne(CandidateEntity, {
      where: { id, organisationId: this.organisationOf(actor) },
      ...(mode === 'write'
        ? { lock: { mode: 'pessimistic_read' as const } }
        : {}),
    });
    if (
      !candidate ||
      candidate.erasedAt !== null ||
      (!this.isAdviser(actor) && candidate.jobcoachUserId !== actor.userId)
    )
      throw CoachingException.notFound('Candidate');
    return candidate;
  }
}
