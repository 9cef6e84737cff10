/** What the local server logs: failures on our side and letters it refused, one JSON line each on stderr. */
export interface ServerLog {
  error(message: string, attributes: Record<string, unknown>): void;
  warn(message: string, attributes: Record<string, unknown>): void;
}

const line = (level: 'ERROR' | 'WARN', message: string, attributes: Record<string, unknown>) => {
  const error = attributes.error instanceof Error ? { name: attributes.error.name, message: attributes.error.message, stack: attributes.error.stack } : attributes.error;
  return JSON.stringify({ level, message, ...attributes, ...(error === undefined ? {} : { error }) });
};

export const consoleServerLog: ServerLog = {
  error: (message, attributes) => console.error(line('ERROR', message, attributes)),
  warn: (message, attributes) => console.error(line('WARN', message, attributes)),
};
