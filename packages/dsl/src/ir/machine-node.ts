import type { QueryLanguage } from "../asl/types.js";
import type { FragmentNode } from "./fragment-node.js";
import { freezeDeep } from "./freeze.js";

export interface MachineNode {
  readonly kind: "machine";
  readonly name: string;
  readonly queryLanguage: QueryLanguage;
  readonly comment?: string;
  readonly timeoutSeconds?: number;
  readonly version?: string;
  readonly root: FragmentNode;
}

export const MachineNode = Object.freeze({
  create: (fields: Omit<MachineNode, "kind">): MachineNode => freezeDeep({ kind: "machine", ...fields }),
});
