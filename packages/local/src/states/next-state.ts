import type { AslStateBase } from "@statesmith/dsl";

/** Where a non-Choice state goes next: its Next, or nowhere when it ends its scope. */
export const nextOf = (state: AslStateBase): string | undefined => (state.End ? undefined : state.Next);
