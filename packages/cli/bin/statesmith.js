#!/usr/bin/env node
// The published entry point: the compiled CLI does the work.
import("../dist/main.js").then((cli) => cli.main(process.argv.slice(2)));
