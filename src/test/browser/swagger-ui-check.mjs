// Swagger UI in a real browser: every operation renders, "Authorize" takes a bearer token, and "Try it out"
// on GET /api/v1/persons/{insz} returns 200 with the person. Exits non-zero on the first broken expectation.
// Usage: node swagger-ui-check.mjs <gateway base URL> <bearer token> [screenshot path]
import { chromium } from 'playwright-core';

const [base, token, screenshot = 'swagger-ui.png'] = process.argv.slice(2);
if (!base || !token) {
  console.error('usage: node swagger-ui-check.mjs <base-url> <token> [screenshot]');
  process.exit(2);
}

const fail = (message) => { console.error(`SWAGGER UI CHECK FAILED: ${message}`); process.exitCode = 1; };

const doc = await (await fetch(`${base}/q/openapi?format=json`)).json();
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.keys(item).filter((m) => ['get', 'put', 'post', 'delete', 'patch'].includes(m)).map((m) => ({ path, method: m })));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 2000 } });
  page.on('pageerror', (e) => fail(`page error: ${e.message}`));
  await page.goto(`${base}/q/swagger-ui/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.opblock', { timeout: 30000 });

  const rendered = await page.$$eval('.opblock', (blocks) => blocks.map((b) => ({
    method: b.querySelector('.opblock-summary-method')?.textContent.trim().toLowerCase(),
    path: b.querySelector('.opblock-summary-path')?.getAttribute('data-path'),
  })));
  for (const op of operations) {
    if (!rendered.some((r) => r.method === op.method && r.path === op.path)) {
      fail(`operation ${op.method.toUpperCase()} ${op.path} is not rendered`);
    }
  }
  console.log(`rendered ${rendered.length} operations (document has ${operations.length})`);

  await page.click('.btn.authorize');
  await page.fill('.modal-ux input[type=text], .modal-ux input[type=password]', token);
  await page.click('.modal-ux .auth-btn-wrapper .btn.modal-btn.auth.authorize');
  await page.click('.modal-ux .btn-done');

  const op = page.locator('.opblock-get').filter({
    has: page.locator('.opblock-summary-path[data-path="/api/v1/persons/{insz}"]') });
  await op.locator('.opblock-summary').click();
  await op.locator('.try-out__btn').click();
  await op.locator('tr[data-param-name="insz"] input').fill('85611512387');
  await op.locator('tr[data-param-name="X-Entity"] input').fill('DWSE');
  await op.locator('.execute').click();
  const status = op.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const code = (await status.textContent()).trim();
  const body = await op.locator('.live-responses-table .response-col_description pre').first().textContent();
  if (code !== '200') fail(`"Try it out" answered ${code}: ${body.slice(0, 300)}`);
  else if (!body.includes('Peeters')) fail(`"Try it out" body lacks the person: ${body.slice(0, 300)}`);
  else console.log('"Try it out" GET /api/v1/persons/{insz} with bearer token: 200, person returned');
  await page.screenshot({ path: screenshot, fullPage: false });
} finally {
  await browser.close();
}
