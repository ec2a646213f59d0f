/** Navigation state the create page hands to the detail page, which announces the new placement. */
export interface CreatedPlacementState {
  createdPlacement: true;
}

export function isCreatedPlacementState(
  state: unknown,
): state is CreatedPlacementState {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<CreatedPlacementState>).createdPlacement === true
  );
}
