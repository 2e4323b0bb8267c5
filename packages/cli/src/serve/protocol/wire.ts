/** JSON as it goes over the wire: the response bodies the actions build (undefined members are left out). */
export type WireValue = string | number | boolean | null | readonly WireValue[] | WireObject;
export interface WireObject {
  readonly [key: string]: WireValue | undefined;
}

/** The JSON 1.0 protocol sends timestamps as epoch seconds (fractions for milliseconds), not ISO text. */
export const epochSeconds = (date: Date | number): number =>
  (typeof date === "number" ? date : date.getTime()) / 1000;
