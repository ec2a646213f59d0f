// js-yaml ships no types and @types/js-yaml is not installed; this is the part the specs use, valid
// for both majors that can be hoisted here (3.x and 4.x).
declare module 'js-yaml' {
  export interface Schema {
    readonly __schema?: never;
  }
  /** 3.x only: the safe default schema (in 3.x DEFAULT_SCHEMA also allows !!js/function). */
  export const DEFAULT_SAFE_SCHEMA: Schema | undefined;
  /** 4.x: the safe default schema (with merge keys). */
  export const DEFAULT_SCHEMA: Schema;
  export function load(
    text: string,
    options?: { schema?: Schema; filename?: string },
  ): unknown;
}
