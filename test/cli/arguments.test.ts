/** The CLI's options, read by util.parseArgs: what each command makes of its arguments, without running it. */
import { describe, expect, it } from 'vitest';
import { readArguments } from '../../src/cli/arguments.js';
import { parseIngestArguments } from '../../src/cli/commands/ingest.js';
import { parseServeArguments } from '../../src/cli/commands/serve.js';

describe('imr ingest options', () => {
  it('takes --data-dir and --concurrency with a space or an equals sign, and paths anywhere', () => {
    const parsed = parseIngestArguments(['a', '--data-dir', '/tmp/d', 'b', '--concurrency=8', '--json'], {});

    expect(parsed).toEqual({ help: false, paths: ['a', 'b'], env: { DATA_DIR: '/tmp/d' }, concurrency: 8, json: true });
  });

  it('reads everything after -- as paths, even names that start with -', () => {
    expect(parseIngestArguments(['--', '--json', '-h'], {})).toMatchObject({ paths: ['--json', '-h'], json: false });
  });

  it.each([
    [['--fast', 'a'], 'Unknown option "--fast".'],
    [['--data-dir'], '--data-dir needs a value.'],
    [['--data-dir=', 'a'], '--data-dir needs a value.'],
    [['--concurrency', '0', 'a'], '--concurrency must be a whole number from 1 to 64, got "0".'],
    [[], 'Name at least one file or folder to ingest.'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseIngestArguments(argv, {})).toEqual({ error });
  });

  it('-h and --help ask for help', () => {
    expect(parseIngestArguments(['-h'], {})).toEqual({ help: true });
    expect(parseIngestArguments(['x', '--help'], {})).toEqual({ help: true });
  });
});

describe('imr serve options', () => {
  it('turns --port and --data-dir into the variables loadConfig reads', () => {
    expect(parseServeArguments(['--port=4100', '--data-dir', 'd', '--no-samples'], { KEEP: '1' })).toEqual({
      help: false,
      env: { KEEP: '1', PORT: '4100', DATA_DIR: 'd' },
      seedSamples: false,
    });
  });

  it.each([
    [['--prot', '4000'], 'Unknown option "--prot".'],
    [['--port'], '--port needs a value.'],
    [['extra'], 'Unexpected argument "extra": imr serve takes options only.'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseServeArguments(argv, {})).toEqual({ error });
  });
});

describe('readArguments', () => {
  it('names an unknown short option as typed', () => {
    expect(readArguments(['-x'], { help: { type: 'boolean', short: 'h' } })).toEqual({ ok: false, error: 'unknown option "-x".' });
  });
});
