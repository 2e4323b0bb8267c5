export async function main(argv: readonly string[]): Promise<void> {
  process.stdout.write(`statesmith ${argv.join(" ")}\n`);
}
