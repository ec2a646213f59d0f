import { ParamMap } from '@angular/router';
import {
  PLACEMENT_METHODS,
  PlacementMethod,
  TARGET_GROUPS,
  TargetGroup,
} from '@jcw/shared-contracts';

/** A year in the query string, or `fallback` for a missing or odd one. */
export function yearFromParams(params: ParamMap, fallback: number): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 2015 && year <= 2100
    ? year
    : fallback;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the query string; anything else is dropped rather than sent. */
export function idFromParams(params: ParamMap, name: string): string | null {
  const value = params.get(name);
  return value && UUID.test(value) ? value : null;
}

/** Which slice of the counter `/quotum/regels` shows; at most one is set. */
export interface LinesSlice {
  method: PlacementMethod | null;
  targetGroup: TargetGroup | null;
  unitId: string | null;
}

export function sliceFromParams(params: ParamMap): LinesSlice {
  const method = params.get('method');
  const targetGroup = params.get('targetGroup');
  return {
    method: (PLACEMENT_METHODS as readonly string[]).includes(method ?? '')
      ? (method as PlacementMethod)
      : null,
    targetGroup: (TARGET_GROUPS as readonly string[]).includes(
      targetGroup ?? '',
    )
      ? (targetGroup as TargetGroup)
      : null,
    unitId: idFromParams(params, 'unitId'),
  };
}
