/**
 * The operation's handler bundled in this process with esbuild's JavaScript API, as CDK local bundling.
 *
 * Why not NodejsFunction: it runs esbuild as a command through the package manager its lock file names
 * (`pnpm exec esbuild`, from the project root). That needs `pnpm` on PATH — CI runs pnpm through `npx`, a
 * user may have only npm — and esbuild installed at the repository root, while it is this package's own
 * dependency. The API call needs neither, spawns no package manager and never falls back to Docker.
 */
import { dirname, join } from "node:path";
import { DockerImage, type ILocalBundling } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { buildSync } from "esbuild";

export interface HandlerBundleOptions {
  /** The TypeScript (or JavaScript) file exporting the handler. */
  readonly entry: string;
  /** esbuild's target, e.g. `node22`: the Lambda runtime's Node line. */
  readonly target: `node${number}`;
}

/** The file name inside the asset, so the Lambda handler is `index.<export>`. ESM needs `.mjs`. */
export const BUNDLE_FILE = "index.mjs";

/** A Lambda asset holding the bundled handler: `index.mjs` and its source map. */
export function bundledHandlerCode(options: HandlerBundleOptions): lambda.AssetCode {
  return lambda.Code.fromAsset(dirname(options.entry), {
    bundling: {
      // Required by the type, never used: local bundling either succeeds or throws.
      image: DockerImage.fromRegistry("esbuild-local-bundling-only"),
      local: new EsbuildBundling(options),
    },
  });
}

/**
 * Plain data in own fields: CDK keys its per-process asset cache on the JSON of the bundling options, so two
 * functions bundling the same entry for different targets must not share a bundle.
 */
class EsbuildBundling implements ILocalBundling {
  readonly entry: string;
  readonly target: string;

  constructor(options: HandlerBundleOptions) {
    this.entry = options.entry;
    this.target = options.target;
  }

  tryBundle(outputDir: string): boolean {
    buildSync({
      entryPoints: [this.entry],
      outfile: join(outputDir, BUNDLE_FILE),
      bundle: true,
      platform: "node",
      format: "esm",
      target: this.target,
      minify: true,
      // Stack traces point at the TypeScript source (with NODE_OPTIONS=--enable-source-maps).
      sourcemap: true,
      // The runtime ships AWS SDK v3; bundling it again only grows the package.
      external: ["@aws-sdk/*"],
      logLevel: "warning",
    });
    return true;
  }
}
