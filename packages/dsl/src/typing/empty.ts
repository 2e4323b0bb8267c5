/**
 * The empty object type: no variables assigned yet, no fields. Named once here (Biome bans `{}` in
 * signatures because it also admits primitives; here that is exactly the meaning wanted: "nothing known").
 */
// biome-ignore lint/complexity/noBannedTypes: see above
export type Empty = {};
