import { AwsError, validationError } from "./aws-error.js";

interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Typed reads of a request body's members. A missing required member or a value out of bounds is AWS's
 * ValidationException; a value of the wrong JSON type is a SerializationException, as AWS's JSON protocol says it.
 */
export class RequestFields {
  constructor(private readonly body: Readonly<Record<string, unknown>>) {}

  string(name: string, bounds: Bounds = {}): string {
    const value = this.optionalString(name, bounds);
    if (value === undefined) throw validationError(name, "Member must not be null");
    return value;
  }

  optionalString(name: string, { min = 0, max }: Bounds = {}): string | undefined {
    const value = this.read(name, "string");
    if (typeof value !== "string") return undefined;
    if (value.length < min)
      throw validationError(name, `Member must have length greater than or equal to ${min}`, `'${value}'`);
    if (max !== undefined && value.length > max)
      throw validationError(name, `Member must have length less than or equal to ${max}`, "(too long)");
    return value;
  }

  optionalInteger(name: string, { min = 0, max = Number.MAX_SAFE_INTEGER }: Bounds = {}): number | undefined {
    const value = this.read(name, "number");
    if (typeof value !== "number") return undefined;
    if (!Number.isInteger(value)) throw serialization(name, "an integer", value);
    if (value < min)
      throw validationError(name, `Member must have value greater than or equal to ${min}`, `${value}`);
    if (value > max)
      throw validationError(name, `Member must have value less than or equal to ${max}`, `${value}`);
    return value;
  }

  optionalBoolean(name: string): boolean | undefined {
    const value = this.read(name, "boolean");
    return typeof value === "boolean" ? value : undefined;
  }

  optionalEnum<T extends string>(name: string, values: readonly T[]): T | undefined {
    const value = this.optionalString(name);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) {
      throw validationError(name, `Member must satisfy enum value set: [${values.join(", ")}]`, `'${value}'`);
    }
    return value as T;
  }

  optionalObject(name: string): Readonly<Record<string, unknown>> | undefined {
    const value = this.read(name, "object");
    if (value === undefined) return undefined;
    if (value === null || Array.isArray(value)) throw serialization(name, "an object", value);
    return value as Readonly<Record<string, unknown>>;
  }

  optionalArray(name: string): readonly unknown[] | undefined {
    const value = this.body[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw serialization(name, "a list", value);
    return value;
  }

  /** A nested structure (e.g. `mock` of TestState), read with the same rules. */
  nested(name: string): RequestFields | undefined {
    const value = this.optionalObject(name);
    return value === undefined ? undefined : new RequestFields(value);
  }

  private read(name: string, type: "string" | "number" | "boolean" | "object"): unknown {
    const value = this.body[name];
    // JSON null is how some clients spell "absent"; the SDK leaves absent members out.
    if (value === undefined || value === null) return undefined;
    if (typeof value !== type) throw serialization(name, `a ${type}`, value);
    return value;
  }
}

function serialization(name: string, expected: string, value: unknown): AwsError {
  const got = Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
  return new AwsError("SerializationException", `'${name}' must be ${expected}, got ${got}.`);
}
