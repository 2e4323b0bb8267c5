import { z } from "zod";

/** The input of the order machines in these type tests. */
export const Order = z.object({
  order: z.object({ id: z.string(), total: z.number(), placedAt: z.string(), express: z.boolean() }),
  customer: z.object({ id: z.string(), email: z.string() }),
  items: z.array(z.object({ sku: z.string(), qty: z.number() })),
});
export type Order = z.infer<typeof Order>;

/** Lambda handlers, declared only for their types (`lambda.invoke<typeof charge>`). */
export declare function charge(event: {
  orderId: string;
  amount: number;
}): Promise<{ chargeId: string; approved: boolean }>;
export declare function reserve(event: { sku: string; qty: number }): Promise<{ reserved: boolean }>;
export declare function notify(event: { email: string; text: string }): Promise<{ messageId: string }>;

/** A time literal for Choice rules. */
export const NOON = "2026-01-31T12:00:00Z";
