import { randomBytes, randomUUID } from "node:crypto";

export const newUuid = (): string => randomUUID();

/** Task tokens are long opaque strings in AWS; ours are random and URL-safe. */
export const newTaskToken = (): string => randomBytes(48).toString("base64url");

/** ISO-8601 with milliseconds, the way the context object shows times. */
export const isoTime = (epochMs: number): string => new Date(epochMs).toISOString();
