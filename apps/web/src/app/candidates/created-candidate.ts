/** Navigation state the create page hands to the profile page, which announces the new candidate. */
export interface CreatedCandidateState {
  createdName: string;
}

export function isCreatedCandidateState(
  state: unknown,
): state is CreatedCandidateState {
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof (state as Partial<CreatedCandidateState>).createdName === 'string'
  );
}
