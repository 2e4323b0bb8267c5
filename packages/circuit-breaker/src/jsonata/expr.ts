import { type Expr, jsonata } from "@statesmith/dsl";

/** A JSONata expression from source text (the breaker's expressions read `$states` and its own variables). */
export function expr<T>(text: string): Expr<T> {
  return jsonata<T>(Object.assign([text], { raw: [text] }) as unknown as TemplateStringsArray);
}

/** A JSON string literal inside JSONata source. */
export const quote = (text: string): string => JSON.stringify(text);
