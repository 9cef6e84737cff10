/** @jsxImportSource preact */
/** The explorer's entry: settings from /config.json, the session (sign-in on AWS), then the app. */
import { render } from 'preact';
import './styles.css';
import { App } from './app.js';
import { openSession } from './auth.js';
import { loadConfig } from './config.js';
import { createGraphQLClient } from './graphql-client.js';

function Failure({ title, message, retry }: { title: string; message: string; retry?: () => void }) {
  return (
    <main class="page failure" id="main">
      <h1>{title}</h1>
      <p role="alert">{message}</p>
      {retry && (
        <button type="button" class="button" onClick={retry}>
          Sign in again
        </button>
      )}
    </main>
  );
}

async function start(root: HTMLElement): Promise<void> {
  const config = await loadConfig();
  if (!config.success) {
    render(<Failure title="The explorer is not set up" message={config.error} />, root);
    return;
  }
  const opened = await openSession(config.data.auth);
  if (!opened.success) {
    render(<Failure title="Sign-in failed" message={opened.error} retry={opened.retry} />, root);
    return;
  }
  const client = createGraphQLClient(new URL(config.data.graphqlUrl, location.href).toString(), opened.session);
  root.textContent = '';
  render(<App api={{ client, session: opened.session, config: config.data }} />, root);
}

const root = document.getElementById('app');
if (root) await start(root);
