import type { ServerContext } from "../context.js";
import { AwsError, validationError } from "../protocol/aws-error.js";
import type { MachineRecord } from "../store/machine-store.js";
import type { ActionFamily } from "./action.js";

/** `[{ key, value }]` as CreateStateMachine and TagResource send tags. */
export function readTags(
  list: readonly unknown[] | undefined,
  into = new Map<string, string>(),
): Map<string, string> {
  for (const [index, tag] of (list ?? []).entries()) {
    const { key, value } = (tag ?? {}) as { key?: unknown; value?: unknown };
    if (typeof key !== "string" || key.length === 0 || (value !== undefined && typeof value !== "string")) {
      throw validationError(
        `tags.${index + 1}`,
        "a tag is { key: string (1-128 characters), value?: string }",
      );
    }
    into.set(key, value ?? "");
  }
  return into;
}

/** Tags are kept on state machines only (activities are not served). */
function taggedMachine(context: ServerContext, resourceArn: string): MachineRecord {
  const machine = context.machines.get(resourceArn.split("#")[0] ?? "");
  if (!machine) throw new AwsError("ResourceNotFound", `Resource not found: '${resourceArn}'`);
  return machine;
}

/**
 * TagResource, UntagResource, ListTagsForResource: kept so that code that tags its machines runs unchanged.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TagResource.html
 */
export const tagActions: ActionFamily<"TagResource" | "UntagResource" | "ListTagsForResource"> = {
  TagResource(request, context) {
    const machine = taggedMachine(context, request.string("resourceArn"));
    const tags = readTags(request.optionalArray("tags"), new Map(machine.tags));
    context.machines.put({ ...machine, tags });
    return {};
  },

  UntagResource(request, context) {
    const machine = taggedMachine(context, request.string("resourceArn"));
    const tags = new Map(machine.tags);
    for (const key of request.optionalArray("tagKeys") ?? []) if (typeof key === "string") tags.delete(key);
    context.machines.put({ ...machine, tags });
    return {};
  },

  ListTagsForResource(request, context) {
    const machine = taggedMachine(context, request.string("resourceArn"));
    return { tags: [...machine.tags].map(([key, value]) => ({ key, value })) };
  },
};
