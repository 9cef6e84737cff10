// PLACEHOLDER: implemented by its issue.
export async function ingestCommand(_argv: string[]): Promise<number> {
  process.stderr.write('imr ingest: not implemented yet\n');
  return 2;
}
