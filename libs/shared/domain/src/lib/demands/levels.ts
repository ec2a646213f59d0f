/** The 0-2 scale shared by a task's demands and a candidate's limitations (FML scoring). */

/** Text in both languages of the product; Dutch is the default. */
export interface LocalisedText {
  readonly nl: string;
  readonly en: string;
}

/**
 * One scale for both sides so that feasibility is a sum: demand + limitation <= 2. Kept as
 * numbers rather than names because the rule is arithmetic.
 */
export const LEVELS = [0, 1, 2] as const;

/** A task's demand on a dimension: 0 low, 1 moderate, 2 high. */
export type DemandLevel = (typeof LEVELS)[number];

/** A candidate's limitation on a dimension: 0 none, 1 limited, 2 strongly limited. */
export type LimitationLevel = (typeof LEVELS)[number];

/** The highest sum of demand and limitation that still works (product rule). */
export const MAX_FEASIBLE_LEVEL_SUM = 2;

export const DEMAND_LEVEL_LABELS: Readonly<Record<DemandLevel, LocalisedText>> =
  /* @__PURE__ */ Object.freeze({
    0: Object.freeze({ nl: 'Laag', en: 'Low' }),
    1: Object.freeze({ nl: 'Gemiddeld', en: 'Moderate' }),
    2: Object.freeze({ nl: 'Hoog', en: 'High' }),
  });

export const LIMITATION_LEVEL_LABELS: Readonly<
  Record<LimitationLevel, LocalisedText>
> = /* @__PURE__ */ Object.freeze({
  0: Object.freeze({ nl: 'Geen beperking', en: 'No limitation' }),
  1: Object.freeze({ nl: 'Beperkt', en: 'Limited' }),
  2: Object.freeze({ nl: 'Sterk beperkt', en: 'Strongly limited' }),
});

/** Guards values that arrive as plain numbers (forms, JSON) before they are used as a level. */
export function isLevel(value: unknown): value is DemandLevel {
  return value === 0 || value === 1 || value === 2;
}
