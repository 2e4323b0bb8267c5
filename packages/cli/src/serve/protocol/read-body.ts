import type { IncomingMessage } from "node:http";
import { AwsError } from "./aws-error.js";

/**
 * The request body as text, refused past `limit` bytes. AWS's own quotas are far lower (1 MiB definitions,
 * 256 KiB inputs); the limit only keeps a runaway client from filling memory.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      // Answered at once; the rest of the body is read and dropped so that the response can still be sent.
      request.off("data", collect);
      request.resume();
      chunks.length = 0;
      reject(new AwsError("ValidationException", `The request body is over ${limit} bytes.`, 413));
    };
    request.on("data", collect);
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
