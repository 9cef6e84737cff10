/**
 * The CLI's argument reading: node's `util.parseArgs` (strict: an unknown option is an error; `--`
 * ends the options, so a file may start with "-"), with its errors reworded for a person.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type ReadArguments<T extends Options> =
  | { ok: true; values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values']; positionals: string[] }
  | { ok: false; error: string };

/** The option an error of parseArgs names, as the user typed it (`'--port <value>'` → `--port`). */
function optionNamed(message: string): string | null {
  return /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? null;
}

export function readArguments<T extends Options>(argv: string[], options: T): ReadArguments<T> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    for (const [name, option] of Object.entries(options)) {
      // parseArgs takes `--port=` as an empty value; no option here means anything by that.
      if (option.type === 'string' && values[name as keyof typeof values] === '') return { ok: false, error: `--${name} needs a value.` };
    }
    return { ok: true, values, positionals };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null;
    const message = error instanceof Error ? error.message : String(error);
    const option = optionNamed(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return { ok: false, error: `unknown option "${option}".` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return { ok: false, error: `${option} needs a value.` };
    return { ok: false, error: message };
  }
}
