/**
 * Type-level errors. A failed check resolves to a string literal starting with "✘ " so that tsc prints the
 * reason right in the message: `Argument of type '"$.order.idd"' is not assignable to parameter of type
 * '"✘ no field 'idd' at $.order"'` (kysely-style: readable, never a bare `never`).
 */
export type TypeCheckError<Message extends string> = `✘ ${Message}`;

export type IsTypeError<T> = T extends `✘ ${string}` ? true : false;

/** `T` when `Check` is not an error, else the error (used as a parameter type to surface the message). */
export type OrError<T, Check> = Check extends `✘ ${string}` ? Check : T;
