import { AwsError } from "../protocol/aws-error.js";

/**
 * nextToken: opaque to clients; here base64url JSON of the listing it belongs to and the position after the
 * last item returned. Positions are sequence numbers or event ids, not offsets, so that items added between two
 * calls neither repeat nor go missing. A token from another listing is refused, as AWS refuses it.
 */
export function encodeToken(listing: string, after: number): string {
  return Buffer.from(JSON.stringify({ listing, after })).toString("base64url");
}

export function decodeToken(token: string | undefined, listing: string): number | undefined {
  if (token === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as {
      listing?: unknown;
      after?: unknown;
    };
    if (parsed.listing === listing && typeof parsed.after === "number") return parsed.after;
  } catch {
    // Falls through to the refusal below.
  }
  throw new AwsError("InvalidToken", `Invalid Token: '${token}' (not a nextToken of this listing)`);
}

/** maxResults 0 (or absent) means the default page size, as in every Step Functions List API. */
export const pageSize = (maxResults: number | undefined, fallback = 100): number =>
  maxResults === undefined || maxResults === 0 ? fallback : maxResults;

/** One page of `items` (already in listing order) after the position `after`, with the next token. */
export function page<T>(
  items: readonly T[],
  position: (item: T) => number,
  options: {
    readonly after: number | undefined;
    readonly size: number;
    readonly listing: string;
    readonly descending: boolean;
  },
): { readonly items: readonly T[]; readonly nextToken: string | undefined } {
  const { after, size, listing, descending } = options;
  const rest =
    after === undefined
      ? items
      : items.filter((item) => (descending ? position(item) < after : position(item) > after));
  const chosen = rest.slice(0, size);
  const last = chosen[chosen.length - 1];
  const nextToken =
    rest.length > size && last !== undefined ? encodeToken(listing, position(last)) : undefined;
  return { items: chosen, nextToken };
}
