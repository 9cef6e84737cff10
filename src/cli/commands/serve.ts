// PLACEHOLDER: implemented by its issue.
export async function serveCommand(_argv: string[]): Promise<number> {
  process.stderr.write('imr serve: not implemented yet\n');
  return 2;
}
