// PLACEHOLDER: implemented by its issue.
export async function parseCommand(_argv: string[]): Promise<number> {
  process.stderr.write('imr parse: not implemented yet\n');
  return 2;
}
