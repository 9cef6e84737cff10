/**
 * The explorer in a real browser (Debian's chromium through playwright-core) against the real local
 * server, seeded with sample and synthetic letters in a temp DATA_DIR, the page under its strict CSP:
 * a search typed into the box and narrowed by filters shows the API's exact totalCount; the charts
 * draw each group's Wilson interval where outcomeStats puts it; a bookmarked URL restores the search;
 * a case page downloads its original letter byte for byte; letters dropped on the upload page end
 * PARSED and FAILED with the reason; keyboard use; axe-core finds nothing serious; a phone's width
 * fits. Every console error, and any request leaving the machine, fails the run. Screenshots go to
 * test-artifacts/explorer-*.png.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisputedItemFilter } from '../../src/explorer/generated/graphql.js';
import { OutcomeRatesQuery } from '../../src/explorer/app/operations.js';
import { buildExplorer } from '../../src/explorer/build.js';
import { contentTypeOf } from '../../src/server/static-route.js';
import { postGraphQL, SAMPLES_DIR, startTestServer, type TestServer } from '../server/local-server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[browser test skipped] ${CHROMIUM} not found: install Debian's chromium to run the explorer browser test.`);

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** Seeded: three samples (text and PDF) and the synthetic letters; the fourth sample's PDF is held back to be uploaded. */
const SEEDED = ['000_0134393615b26c1c', '001_872fb3fc99c0572e', '002_572d8b93f8cec80c'].flatMap((name) => [`${name}.txt`, `${name}.pdf`]);
const UPLOADED = '003_07cc7a3491400021.pdf';

/** Every selector the test relies on. */
const UI = {
  box: '#search-box',
  options: '#search-box-suggestions [role="option"]',
  specialty: '#filter-specialty',
  results: '.results-section',
  count: '[data-total-count]',
  rows: 'table.results tbody tr',
  charts: '.charts',
  dropzone: '#dropzone',
  uploads: '.uploads > li',
} as const;

interface ItemsAnswer {
  disputedItems: { totalCount: number; edges: { node: { case: { caseNumber: string | null } } }[] };
}

async function apiItems(server: TestServer, filter: DisputedItemFilter): Promise<ItemsAnswer['disputedItems']> {
  const answer = await postGraphQL<ItemsAnswer>(server, 'query($filter: DisputedItemFilter) { disputedItems(filter: $filter, first: 25) { totalCount edges { node { case { caseNumber } } } } }', { filter });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data!.disputedItems;
}

/** Waits until the table shows the results of exactly this filter. */
async function resultsFor(page: Page, filter: DisputedItemFilter): Promise<{ count: number; caseNumbers: string[] }> {
  const key = JSON.stringify(filter);
  await page.waitForFunction(([selector, expected]) => document.querySelector(selector!)?.getAttribute('data-filter') === expected, [UI.results, key] as const, { timeout: 15_000 });
  const count = Number(await page.getAttribute(UI.count, 'data-total-count'));
  const caseNumbers = await page.$$eval(`${UI.rows} td[data-label="Case"]`, (cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
  return { count, caseNumbers };
}

const caseNumbersOf = (items: ItemsAnswer['disputedItems']) => items.edges.map((edge) => edge.node.case.caseNumber ?? 'Case without number');

/** A title the charts give each bar or point, read back into numbers. */
const TITLE = /^(.*): ([\d.]+)% \((\d[\d,]*) of (\d[\d,]*) overturned\); 95% interval ([\d.]+)%–([\d.]+)%(; fewer than 10 items.*)?$/;

interface Group {
  key: string;
  label: string;
  total: number;
  overturned: number;
  overturnRate: number;
  interval: { low: number; high: number };
}

async function expectChartShows(page: Page, chartId: string, groups: Group[]): Promise<void> {
  const chart = page.locator(`#${chartId}`);
  // The SVG is drawn after the numbers arrive (it needs the width it is given).
  await expect.poll(async () => chart.locator('g.interval line, g.interval-small line').count(), { timeout: 10_000 }).toBe(groups.length);

  const titles = await chart.locator('g.rate title, g.rate-small title').allTextContents();
  expect(titles).toHaveLength(groups.length);
  for (const group of groups) {
    const title = titles.find((text) => text.startsWith(`${group.label}: `));
    expect(title, `${chartId}: ${group.label}`).toBeDefined();
    const [, , rate, overturned, total, low, high, small] = TITLE.exec(title!) ?? [];
    expect(Number(overturned?.replace(/,/g, ''))).toBe(group.overturned);
    expect(Number(total?.replace(/,/g, ''))).toBe(group.total);
    expect(Math.abs(Number(rate) / 100 - group.overturnRate)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(low) / 100 - group.interval.low)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(high) / 100 - group.interval.high)).toBeLessThanOrEqual(0.005);
    expect(Boolean(small)).toBe(group.total < 10);
  }
  // Small groups are drawn apart (pale, outlined).
  expect(await chart.locator('g.rate-small title').count()).toBe(groups.filter((group) => group.total < 10).length);
}

/** The whiskers of a bar chart sit where the intervals say: one linear scale maps every low and high to its ends. */
async function expectWhiskersOnScale(page: Page, chartId: string, groups: Group[]): Promise<void> {
  const lines = await page.locator(`#${chartId} g.interval line`).evaluateAll((elements) => elements.map((line) => ({ x1: Number(line.getAttribute('x1')), x2: Number(line.getAttribute('x2')) })));
  const points = groups.flatMap((group, i) => [
    { value: group.interval.low, x: lines[i]!.x1 },
    { value: group.interval.high, x: lines[i]!.x2 },
  ]);
  const lowest = points.reduce((a, b) => (b.value < a.value ? b : a));
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  expect(highest.value - lowest.value).toBeGreaterThan(0.1);
  const perUnit = (highest.x - lowest.x) / (highest.value - lowest.value);
  expect(perUnit).toBeGreaterThan(50);
  for (const point of points) expect(Math.abs(lowest.x + (point.value - lowest.value) * perUnit - point.x)).toBeLessThan(1.5);
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

async function seriousAxeFindings(page: Page, axeSource: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe.skipIf(!hasChromium)('the explorer in a browser, offline', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let samplesDir: string;
  let axeSource: string;
  const consoleErrors: string[] = [];
  const offMachine: string[] = [];
  let bookmarked = '';
  let bookmarkedFilter: DisputedItemFilter = {};

  const newPage = async (viewport = { width: 1300, height: 1000 }): Promise<Page> => {
    const created = await browser.newPage({ viewport, acceptDownloads: true });
    created.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    created.on('pageerror', (error) => consoleErrors.push(String(error)));
    created.on('requestfailed', (request) => {
      // Aborts are the page's own doing: a newer keystroke cancels the search it replaces, a download is
      // handed to the download manager, and leaving the page cancels what it had in flight.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') consoleErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    created.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && !['localhost', '127.0.0.1'].includes(url.hostname)) offMachine.push(request.url());
    });
    return created;
  };

  const screenshot = (target: Page, name: string) => target.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`), fullPage: true });

  beforeAll(async () => {
    samplesDir = await mkdtemp(path.join(tmpdir(), 'imr-explorer-samples-'));
    for (const name of SEEDED) await copyFile(path.join(SAMPLES_DIR, name), path.join(samplesDir, name));
    await cp(path.join(SAMPLES_DIR, 'synthetic'), path.join(samplesDir, 'synthetic'), { recursive: true });
    server = await startTestServer({}, { seedSamples: true, samplesDir });
    axeSource = await readFile(AXE, 'utf8');
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await newPage();
    await page.goto(`${server.origin}/`);
    await resultsFor(page, {});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (samplesDir) await rm(samplesDir, { recursive: true, force: true });
  });

  it('serves the page at / under a strict CSP, beside GraphiQL at /graphql', async () => {
    const response = await fetch(`${server.origin}/`);
    const graphiql = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });

    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
    expect(await (await fetch(`${server.origin}/config.json`)).json()).toEqual({ graphqlUrl: '/graphql', auth: null });
    expect(await graphiql.text()).toContain('GraphiQL');
  });

  it('finds what is typed in the box, then narrows it with a picked suggestion and a filter, counting exactly as the API', async () => {
    await page.click(UI.box);
    await page.keyboard.type('hydrocodone', { delay: 40 });
    const typed = await resultsFor(page, { treatment: 'hydrocodone' });
    const typedApi = await apiItems(server, { treatment: 'hydrocodone' });

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getAttribute(UI.box, 'aria-activedescendant')).toBe('search-box-option-0');
    const pickedLabel = (await page.locator(UI.options).first().locator('.suggestion-label').textContent()) ?? '';
    await page.keyboard.press('Enter');
    const pickedConcept = new URL(page.url().replace('#/?', '?')).searchParams.get('treatment') ?? '';
    const bySpecialty = await postGraphQL<{ outcomeStats: Group[] }>(server, 'query($filter: DisputedItemFilter) { outcomeStats(groupBy: SPECIALTY, filter: $filter, first: 1) { key label total } }', {
      filter: { treatment: pickedConcept },
    });
    const specialty = bySpecialty.body.data!.outcomeStats[0]!.label;
    await page.selectOption(UI.specialty, { label: specialty });
    bookmarkedFilter = { treatment: pickedConcept, specialty };
    const narrowed = await resultsFor(page, bookmarkedFilter);
    const narrowedApi = await apiItems(server, bookmarkedFilter);
    bookmarked = page.url();
    await screenshot(page, 'search');

    expect(typedApi.totalCount).toBeGreaterThan(0);
    expect(typed.count).toBe(typedApi.totalCount);
    expect(typed.caseNumbers).toEqual(caseNumbersOf(typedApi));
    expect(pickedConcept).toMatch(/^[a-z-]+\/.+/);
    expect(await page.inputValue(UI.box)).toBe(pickedLabel);
    expect(narrowed.count).toBe(narrowedApi.totalCount);
    expect(narrowed.count).toBeGreaterThan(0);
    expect(narrowed.caseNumbers).toEqual(caseNumbersOf(narrowedApi));
    expect(bookmarked).toContain('specialty=');
  });

  it('charts the overturn rates of the search with each interval where outcomeStats puts it and small groups marked', async () => {
    // The charts of the narrowed search: compare with the API's outcomeStats for the same filter.
    await page.waitForFunction(([selector, expected]) => document.querySelector(selector!)?.getAttribute('data-filter') === expected, [UI.charts, JSON.stringify(bookmarkedFilter)] as const, { timeout: 15_000 });
    const answer = await postGraphQL<Record<'byTreatment' | 'bySpecialty' | 'bySection' | 'byMonth', Group[]>>(server, OutcomeRatesQuery.toString(), { filter: bookmarkedFilter });
    const stats = answer.body.data!;

    await expectChartShows(page, 'chart-treatment', stats.byTreatment);
    await expectChartShows(page, 'chart-specialty', stats.bySpecialty);
    await expectChartShows(page, 'chart-section', stats.bySection);
    await expectChartShows(page, 'chart-month', stats.byMonth);
    const sizes = await page.locator('#chart-section g.group-size text').allTextContents();
    expect(sizes).toEqual(stats.bySection.map((group) => `n=${group.total}${group.total < 10 ? '*' : ''}`));

    // The whole store has groups of every size: check the scale there, where intervals spread.
    await page.goto(`${server.origin}/#/`);
    await page.waitForFunction(([selector, expected]) => document.querySelector(selector!)?.getAttribute('data-filter') === expected, [UI.charts, JSON.stringify({})] as const, { timeout: 15_000 });
    const all = (await postGraphQL<Record<'byTreatment' | 'bySpecialty' | 'bySection' | 'byMonth', Group[]>>(server, OutcomeRatesQuery.toString(), { filter: {} })).body.data!;
    await expectChartShows(page, 'chart-specialty', all.bySpecialty);
    await expectWhiskersOnScale(page, 'chart-specialty', all.bySpecialty);
    await expectWhiskersOnScale(page, 'chart-treatment', all.byTreatment);
    expect(all.bySpecialty.some((group) => group.total >= 10)).toBe(true);
    expect(all.bySpecialty.some((group) => group.total < 10)).toBe(true);
    await screenshot(page, 'charts');
  });

  it('restores the same search from a bookmarked URL in a new tab', async () => {
    const tab = await newPage();
    try {
      await tab.goto(bookmarked);
      const restored = await resultsFor(tab, bookmarkedFilter);
      const api = await apiItems(server, bookmarkedFilter);

      expect(restored.count).toBe(api.totalCount);
      expect(restored.caseNumbers).toEqual(caseNumbersOf(api));
      expect(await tab.inputValue(UI.specialty)).toBe(bookmarkedFilter.specialty);
      expect(await tab.inputValue(UI.box)).not.toBe('');
    } finally {
      await tab.close();
    }
  });

  it('opens a case and downloads its original letter byte for byte', async () => {
    await page.goto(bookmarked);
    await resultsFor(page, bookmarkedFilter);
    const link = page.locator(`${UI.rows} td[data-label="Case"] a`).first();
    const caseNumber = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForSelector('.case-page');
    const fileName = ((await page.locator('.download .file-facts').textContent()) ?? '').split(' · ')[0]!.trim();

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the original letter')]);
    const downloaded = await readFile((await download.path())!);
    const originalPath = [path.join(samplesDir, fileName), path.join(samplesDir, 'synthetic', fileName)].find((candidate) => existsSync(candidate));
    await screenshot(page, 'case');

    expect(await page.locator('h1').textContent()).toContain(caseNumber);
    expect(await page.locator('.item').count()).toBeGreaterThan(0);
    expect(await page.locator('.conclusion').first().textContent()).toMatch(/necessary/);
    expect(download.suggestedFilename()).toBe(fileName);
    expect(originalPath, `${fileName} among the seeded letters`).toBeDefined();
    expect(Buffer.compare(downloaded, await readFile(originalPath!))).toBe(0);
  });

  it('uploads letters dropped on the page: a real PDF ends PARSED with its case, a junk file FAILED with the reason', async () => {
    await page.goto(`${server.origin}/#/upload`);
    await page.waitForSelector(UI.dropzone);
    const pdf = await readFile(path.join(SAMPLES_DIR, UPLOADED));
    const junk = Buffer.from('%PDF-1.7\nthis is not really a PDF at all\n');
    const dataTransfer = await page.evaluateHandle(
      (files) => {
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
        return transfer;
      },
      [
        { name: UPLOADED, type: 'application/pdf', base64: pdf.toString('base64') },
        { name: 'junk.pdf', type: 'application/pdf', base64: junk.toString('base64') },
      ],
    );

    await page.dispatchEvent(UI.dropzone, 'dragenter', { dataTransfer });
    await page.dispatchEvent(UI.dropzone, 'drop', { dataTransfer });
    const entry = (name: string) => page.locator(UI.uploads).filter({ hasText: name });
    await expect.poll(async () => entry(UPLOADED).getAttribute('data-status'), { timeout: 30_000 }).toBe('PARSED');
    await expect.poll(async () => entry('junk.pdf').getAttribute('data-status'), { timeout: 30_000 }).toBe('FAILED');
    await screenshot(page, 'upload');

    expect(await entry(UPLOADED).locator('progress').getAttribute('value')).toBe('1');
    expect(await entry('junk.pdf').locator('.upload-error').textContent()).toMatch(/CORRUPT_PDF|NOT_AN_IMR_LETTER|UNSUPPORTED_DOCUMENT/);
    expect(((await entry('junk.pdf').locator('.upload-error').textContent()) ?? '').length).toBeGreaterThan(20);
    await entry(UPLOADED).locator('a').click();
    await page.waitForSelector('.case-page');
    const facts = JSON.parse(await readFile(path.join(SAMPLES_DIR, 'facts', UPLOADED.replace('.pdf', '.json')), 'utf8')) as { disputedItems: { description: string }[] };
    const headings = await page.locator('.item h3').allTextContents();
    expect(headings.map((heading) => heading.replace(/^\d+\.\s*/, ''))).toEqual(facts.disputedItems.map((item) => item.description));
  });

  it('works from the keyboard: skip link, then the box, whose suggestions arrows move through and Escape closes', async () => {
    const tab = await newPage();
    try {
      await tab.goto(`${server.origin}/`);
      await resultsFor(tab, {});
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await tab.keyboard.press('Enter');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe('search-box');
      await tab.keyboard.type('opio');
      await expect.poll(() => tab.getAttribute(UI.box, 'aria-expanded')).toBe('true');
      await tab.keyboard.press('ArrowDown');
      await tab.keyboard.press('ArrowDown');
      expect(await tab.getAttribute(UI.box, 'aria-activedescendant')).toBe('search-box-option-1');
      await tab.keyboard.press('Escape');
      expect(await tab.getAttribute(UI.box, 'aria-expanded')).toBe('false');
    } finally {
      await tab.close();
    }
  });

  it('has no serious or critical accessibility finding (axe-core) on the search, a case and the upload page', async () => {
    const findings: string[] = [];
    await page.goto(bookmarked);
    await resultsFor(page, bookmarkedFilter);
    await page.waitForSelector('#chart-month svg');
    await page.locator('.numbers summary').first().click();
    findings.push(...(await seriousAxeFindings(page, axeSource)));
    await page.locator(`${UI.rows} td[data-label="Case"] a`).first().click();
    await page.waitForSelector('.case-page');
    findings.push(...(await seriousAxeFindings(page, axeSource)));
    await page.goto(`${server.origin}/#/upload`);
    await page.waitForSelector(UI.dropzone);
    findings.push(...(await seriousAxeFindings(page, axeSource)));

    expect(findings).toEqual([]);
  });

  it('fits a phone: nothing wider than the screen', async () => {
    const phone = await newPage({ width: 390, height: 844 });
    try {
      await phone.goto(bookmarked);
      await resultsFor(phone, bookmarkedFilter);
      await phone.waitForSelector('#chart-month svg');
      await screenshot(phone, 'phone');

      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await phone.locator('.filters-toggle').getAttribute('open')).toBeNull();
    } finally {
      await phone.close();
    }
  });

  it('signs in through a Cognito-like hosted UI with PKCE when config.json asks, and sends the token on every GraphQL call', async () => {
    // A stand-in for CloudFront + Cognito: the built site, a config.json with auth, the authorize,
    // token and logout endpoints checking what Cognito checks, and /graphql passed to the real API
    // only with the token it issued.
    const siteDir = await mkdtemp(path.join(tmpdir(), 'imr-explorer-site-'));
    await buildExplorer({ outDir: siteDir });
    const seen = { challenge: '', verifierChecked: false, authorizations: [] as string[], logout: null as URLSearchParams | null };
    const stub: Server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', origin);
      const auth = {
        authorizeUrl: `${origin}/oauth2/authorize`,
        tokenUrl: `${origin}/oauth2/token`,
        logoutUrl: `${origin}/logout`,
        clientId: 'web-client',
        scopes: ['openid', 'imr/read'],
        redirectUri: `${origin}/`,
      };
      const body: Buffer[] = [];
      request.on('data', (chunk: Buffer) => body.push(chunk));
      request.on('end', async () => {
        const text = Buffer.concat(body).toString();
        if (url.pathname === '/config.json') return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ graphqlUrl: '/graphql', auth }));
        if (url.pathname === '/oauth2/authorize') {
          const ok = url.searchParams.get('client_id') === auth.clientId && url.searchParams.get('code_challenge_method') === 'S256' && url.searchParams.get('redirect_uri') === auth.redirectUri;
          seen.challenge = url.searchParams.get('code_challenge') ?? '';
          return void response.writeHead(302, { location: ok ? `${auth.redirectUri}?code=the-code&state=${encodeURIComponent(url.searchParams.get('state') ?? '')}` : `${auth.redirectUri}?error=invalid_request` }).end();
        }
        if (url.pathname === '/oauth2/token') {
          const form = new URLSearchParams(text);
          const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
          seen.verifierChecked = form.get('grant_type') === 'authorization_code' && form.get('code') === 'the-code' && challenge === seen.challenge && !form.has('client_secret');
          if (!seen.verifierChecked) return void response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}');
          return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'access-1', id_token: 'id-1', expires_in: 3600, token_type: 'Bearer' }));
        }
        if (url.pathname === '/graphql') {
          seen.authorizations.push(request.headers.authorization ?? '');
          if (request.headers.authorization !== 'Bearer access-1') return void response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Unauthorized"}');
          const answer = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
          return void response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
        }
        if (url.pathname === '/logout') {
          seen.logout = url.searchParams;
          return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><link rel="icon" href="data:,"><title>Signed out</title><p>Signed out');
        }
        const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
        const bytes = await readFile(path.join(siteDir, file)).catch(() => null);
        if (!bytes || file.includes('..')) return void response.writeHead(404).end();
        response.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : contentTypeOf(file) }).end(bytes);
      });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    const origin = `http://localhost:${(stub.address() as AddressInfo).port}`;
    const tab = await newPage();
    try {
      await tab.goto(`${origin}/#/?q=MRI`);
      const shown = await resultsFor(tab, { treatment: 'MRI' });
      const api = await apiItems(server, { treatment: 'MRI' });
      const token = await tab.evaluate(() => sessionStorage.getItem('imr-explorer:token'));
      const address = tab.url();
      await tab.click('text=Sign out');
      await tab.waitForURL(/\/logout/);

      expect(seen.verifierChecked).toBe(true);
      expect(shown.count).toBe(api.totalCount);
      expect(address).toBe(`${origin}/#/?q=MRI`);
      expect(seen.authorizations.length).toBeGreaterThan(0);
      expect(seen.authorizations.every((header) => header === 'Bearer access-1')).toBe(true);
      expect(JSON.parse(token ?? '{}')).toMatchObject({ accessToken: 'access-1' });
      expect(seen.logout?.get('client_id')).toBe('web-client');
      expect(seen.logout?.get('logout_uri')).toBe(`${origin}/`);
      expect(await tab.evaluate(() => sessionStorage.getItem('imr-explorer:token'))).toBeNull();
    } finally {
      await tab.close();
      await new Promise<void>((resolve) => stub.close(() => resolve()));
      stub.closeAllConnections();
      await rm(siteDir, { recursive: true, force: true });
    }
  });

  it('logged no console error (CSP refusals included) and sent no request off the machine', () => {
    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
  });
});
