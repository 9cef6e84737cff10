/**
 * GraphiQL in a real browser (Debian's chromium through playwright-core), against the real local
 * server with a temp DATA_DIR: type a query, read the answer, open the docs, upload a letter with
 * the page's upload pane (createUpload + PUT), and find its case. No network is used: a page that
 * reached for a CDN would fail here, and any console error (Monaco workers!) fails the test.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIR, startTestServer, type TestServer } from '../server/local-server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[browser test skipped] ${CHROMIUM} not found: install Debian's chromium to run the GraphiQL browser test.`);

const SCREENSHOT = fileURLToPath(new URL('../../test-artifacts/graphiql.png', import.meta.url));

/** GraphiQL's class names are not a stable API: every one the test relies on is here. */
const UI = {
  rendered: '.graphiql-container',
  editorReady: '.graphiql-query-editor .monaco-editor',
  editorLines: '.graphiql-query-editor .monaco-editor .view-lines',
  execute: '.graphiql-execute-button',
  activeTabTitle: '.graphiql-tab-active .graphiql-tab-button',
  response: '.graphiql-response',
  showDocs: 'button[aria-label="Show Documentation Explorer"]',
  docs: '.graphiql-doc-explorer',
  showHistory: 'button[aria-label="Show History"]',
  historyItems: '.graphiql-history-items .graphiql-history-item-label',
  showUpload: 'button[aria-label="Show Upload a letter"]',
  uploadInput: '.imr-upload input[type="file"]',
  uploadResults: '.imr-upload-results li',
  queryUploadedCase: '.imr-upload-results li .imr-upload-query',
} as const;

/** Letters seeded at start; the last sample is held back so the upload makes a new case. */
const SEEDED = ['000_0134393615b26c1c.txt', '001_872fb3fc99c0572e.txt', '002_572d8b93f8cec80c.txt'];
const UPLOADED = '003_07cc7a3491400021.pdf';

/** Monaco draws spaces as U+00A0. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

async function replaceQuery(page: Page, query: string): Promise<void> {
  await page.click(UI.editorLines);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.waitForFunction((selector) => (document.querySelector(selector)?.textContent ?? '').trim() === '', UI.editorLines);
  // Monaco types over the brackets it auto-closes, so the text ends up exactly as typed.
  await page.keyboard.type(query);
  await page.keyboard.press('Escape');
  await expect.poll(async () => plain(await page.textContent(UI.editorLines)).replace(/\s+/g, ' ').trim()).toBe(query);
  await editorSettled(page, '<untitled>');
}

/**
 * GraphiQL reads the operation name from the editor after a short debounce, and the tab title
 * follows it; running before then sends the previous operation's name ("Unknown operation").
 */
async function editorSettled(page: Page, operationTitle: string): Promise<void> {
  await expect.poll(async () => plain(await page.textContent(UI.activeTabTitle)).trim()).toBe(operationTitle);
}

/** Runs the editor's query; returns the answer as the server sent it, once the response pane shows `mustShow`. */
async function runQuery(page: Page, mustShow: string): Promise<unknown> {
  const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST' && !(response.request().postData() ?? '').includes('IntrospectionQuery'));
  await page.click(UI.execute);
  const response = await answered;
  const answer = (await response.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`The query failed: ${response.request().postData()} → ${JSON.stringify(answer.errors)}`);
  // The pane is a Monaco editor that renders only visible lines, so it is checked for what a user sees first.
  await expect.poll(async () => plain(await page.textContent(UI.response)), { timeout: 20_000 }).toContain(mustShow);
  return answer;
}

describe.skipIf(!hasChromium)('GraphiQL in a browser, offline', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let samplesDir: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    samplesDir = await mkdtemp(path.join(tmpdir(), 'imr-browser-samples-'));
    for (const name of SEEDED) await copyFile(path.join(SAMPLES_DIR, name), path.join(samplesDir, name));
    server = await startTestServer({}, { seedSamples: true, samplesDir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()}`));
    await page.goto(server.graphqlUrl);
    await page.waitForSelector(UI.rendered);
    await page.waitForSelector(UI.editorReady);
  });

  afterAll(async () => {
    if (page) {
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT }).catch(() => undefined);
    }
    await browser?.close();
    await server?.stop();
    if (samplesDir) await rm(samplesDir, { recursive: true, force: true });
  });

  it('runs a query typed into the editor and shows the cases with their disputed items', async () => {
    await replaceQuery(page, '{ cases(first: 10) { edges { node { id outcome disputedItems { description decision { outcome } } } } } }');

    const result = (await runQuery(page, '"disputedItems"')) as {
      data: { cases: { edges: { node: { outcome: string; disputedItems: { description: string }[] } }[] } };
    };

    expect(result.data.cases.edges).toHaveLength(SEEDED.length);
    for (const { node } of result.data.cases.edges) expect(node.disputedItems.length).toBeGreaterThan(0);
  });

  it('opens the documentation explorer on the schema', async () => {
    await page.click(UI.showDocs);
    const docs = page.locator(UI.docs);

    await docs.waitFor();
    await docs.getByText('Query', { exact: true }).first().click();

    await expect.poll(async () => plain(await docs.textContent())).toContain('cases');
  });

  it('keeps the queries run in the history pane', async () => {
    await page.click(UI.showHistory);

    const labels = page.locator(UI.historyItems);

    await expect.poll(async () => plain(await labels.first().textContent())).toContain('cases(first: 10)');
  });

  it('uploads a letter through the upload pane (createUpload, then PUT) and opens a query that shows its case', async () => {
    await page.click(UI.showUpload);

    await page.setInputFiles(UI.uploadInput, path.join(SAMPLES_DIR, UPLOADED));
    const line = page.locator(UI.uploadResults).first();
    await expect.poll(async () => plain(await line.textContent()), { timeout: 30_000 }).toMatch(/PARSED/);
    // The pane's button opens the case's query in a new tab.
    await page.click(UI.queryUploadedCase);
    await editorSettled(page, 'UploadedCase');
    const result = (await runQuery(page, '"reviewer"')) as {
      data: { case: { reviewer: { specialties: string[] }; disputedItems: { description: string }[] } };
    };

    const facts = JSON.parse(await readFile(path.join(SAMPLES_DIR, 'facts', UPLOADED.replace('.pdf', '.json')), 'utf8')) as {
      reviewer: { specialties: string[] };
      disputedItems: { description: string }[];
    };
    expect(result.data.case.reviewer.specialties).toEqual(facts.reviewer.specialties);
    expect(result.data.case.disputedItems.map((i) => i.description)).toEqual(facts.disputedItems.map((i) => i.description));
  });

  it('logs no errors in the browser console (Monaco’s workers load, nothing reaches for the network)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
