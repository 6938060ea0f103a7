// The school-yard plan in a real browser (Debian's Chromium, driven by playwright-core), against a
// real server: the live map draws the yard itself and keeps its labels apart with many objects
// close together, the saved work shows the final plan as a picture, and the ZIP's index.html,
// opened from disk, shows the lesson in its language with the plan and snapshots that enlarge.
// ConsolePlanBrowserIT starts the server and runs this script.
//
// Environment: RETKI_BASE_URL, RETKI_TEACHER_NAME, RETKI_TEACHER_PASSWORD, RETKI_SCREENSHOTS (a
// directory), RETKI_UNZIP (a directory for the ZIP's files), RETKI_CHROMIUM (default /usr/bin/chromium).
// Exit code 0 when every check held, 1 otherwise.

import { chromium } from 'playwright-core';
import { BASE, STEP_MS, check, connect, expectText, receive, required, send, unzip } from './browser-helpers.mjs';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const NAME = required('RETKI_TEACHER_NAME');
const PASSWORD = required('RETKI_TEACHER_PASSWORD');
const SCREENSHOTS = process.env.RETKI_SCREENSHOTS || 'target/console-screenshots';
const UNZIP = process.env.RETKI_UNZIP || 'target/console-zip';
const CHROMIUM = process.env.RETKI_CHROMIUM || '/usr/bin/chromium';

// Seven objects within 7 × 4 m by the sand, and two more: their labels cannot all sit above them.
const OBJECTS = [
  ['bench', 10, 8, 0], ['bench', 12, 8, 0], ['picnic-table', 14.5, 8.5, 0], ['bush', 10, 10, 0],
  ['flower-bed', 12.5, 10.5, 0], ['bike-rack', 15, 11, 90], ['basketball-hoop', 16.5, 9, 0],
  ['climbing-frame', -20, 20, 30], ['swing', 25, 20, 0],
];

let step = 'starting';
mkdirSync(SCREENSHOTS, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  await run();
  console.log('plan test: all checks passed');
} catch (error) {
  console.error(`plan test FAILED at "${step}": ${error.stack || error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

async function run() {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  step = 'sign in and start a school-yard session in English';
  await page.goto(BASE + '/');
  await page.click('[data-test=lang-en]');
  await page.fill('[data-test=sign-in-name]', NAME);
  await page.fill('[data-test=sign-in-password]', PASSWORD);
  await page.click('[data-test=sign-in-submit]');
  await page.locator('[data-test=scene-card][data-scene=school-yard]').click();
  await page.selectOption('[data-test=session-language]', 'en');
  await page.click('[data-test=start-session]');
  await page.locator('[data-test=screen-live]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-test=join-code]').textContent.trim().length === 6);
  const code = (await page.locator('[data-test=join-code]').textContent()).trim();

  step = 'the live map draws the yard itself';
  await page.locator('[data-test=plan-yard]').waitFor();
  const yardHref = await page.locator('[data-test=plan-yard]').getAttribute('href');
  const yard = await page.request.get(BASE + yardHref);
  check(yard.status() === 200 && yard.headers()['content-type'] === 'image/jpeg', `the yard's picture ${yardHref} is served`);
  await expectText(page.locator('[data-test=plan-landmark]'), 'The school building');

  step = 'a pupil places objects close together';
  const pupil = await (await browser.newContext()).newPage();
  pupil.setDefaultTimeout(STEP_MS);
  await pupil.goto(BASE + '/health');
  await connect(pupil);
  await send(pupil, { v: 1, type: 'join', ref: 'j', code, nickname: 'Aino' });
  const welcome = await receive(pupil, (m) => m.type === 'welcome');
  for (const [i, [kind, x, z, yaw]] of OBJECTS.entries()) {
    await send(pupil, { v: 1, type: 'place-object', ref: `o${i}`, objectId: `o-${i}`, kind, x, z, yaw });
    await receive(pupil, (m, ref) => (m.type === 'ack' || m.type === 'error') && m.ref === ref, `o${i}`);
  }
  await page.waitForFunction((n) => document.querySelectorAll('[data-test=plan-label]').length === n, OBJECTS.length);

  for (const [lang, width, height] of [['en', 1440, 900], ['en', 1024, 768], ['fi', 1440, 900], ['sv', 1024, 768]]) {
    step = `no label covers another (${lang}, ${width}×${height})`;
    await page.click(`[data-test=lang-${lang}]`);
    await page.setViewportSize({ width, height });
    await page.waitForFunction((n) => document.querySelectorAll('[data-test=plan-label]').length === n, OBJECTS.length);
    const boxes = await page.evaluate(() => [...document.querySelectorAll('#plan .plan-label')].map((label) => {
      const r = label.getBoundingClientRect();
      return { text: label.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }));
    check(boxes.length === OBJECTS.length + 1, `${boxes.length} labels: one per object and the school`);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) {
          throw new Error(`the labels "${a.text}" and "${b.text}" overlap by ${w.toFixed(1)} × ${h.toFixed(1)} px`);
        }
      }
    }
    console.log(`ok - none of the ${boxes.length} labels overlaps another`);
    await page.locator('[data-test=plan]').scrollIntoViewIfNeeded();
    await page.locator('#plan-panel').screenshot({ path: join(SCREENSHOTS, `plan-live-${lang}-${width}.png`) });
  }
  await page.click('[data-test=lang-en]');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: join(SCREENSHOTS, 'plan-live-page-en-1440.png'), fullPage: true });

  step = 'the pupil saves a snapshot and a note';
  const uploaded = await pupil.evaluate(async ([token, base]) => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    const g = canvas.getContext('2d');
    g.fillStyle = '#4a86d0';
    g.fillRect(0, 0, 320, 110);
    g.fillStyle = '#6a9a45';
    g.fillRect(0, 110, 320, 70);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    const response = await fetch(base + '/api/live/snapshots', {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/png' }, body: blob,
    });
    return response.status;
  }, [welcome.token, BASE]);
  check(uploaded === 201, 'the snapshot is saved');
  await send(pupil, { v: 1, type: 'save-note', ref: 'n', noteId: 'n-1', text: 'Benches by the sand, in the shade' });
  await receive(pupil, (m) => m.type === 'ack' && m.ref === 'n');

  step = 'end the session: the saved work shows the final plan';
  await page.click('[data-test=end-session]');
  await page.click('[data-test=dialog-confirm]');
  await page.locator('[data-test=screen-work]').waitFor();
  await page.waitForFunction(() => {
    const img = document.querySelector('[data-test=work-plan-picture]');
    return img && img.complete && img.naturalWidth > 0;
  });
  const size = await page.locator('[data-test=work-plan-picture]').evaluate((img) => [img.naturalWidth, img.clientWidth]);
  check(size[0] >= 600 && size[1] > 0, `the plan picture is shown (${size[0]} px wide, shown at ${size[1]} px)`);
  await page.locator('[data-test=work-plan]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'work-plan-en-1440.png'), fullPage: true });

  step = 'the ZIP is named after the scene and the day, with one folder inside';
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=download-zip]')]);
  const name = download.suggestedFilename();
  check(/^retki-school-yard-\d{4}-\d{2}-\d{2}\.zip$/.test(name), `the ZIP is called ${name}`);
  const folder = name.replace(/\.zip$/, '');
  const zip = unzip(readFileSync(await download.path()));
  check([...zip.keys()].every((entry) => entry.startsWith(folder + '/')), `every file is in ${folder}/`);
  rmSync(UNZIP, { recursive: true, force: true });
  for (const [entry, bytes] of zip) {
    mkdirSync(dirname(join(UNZIP, entry)), { recursive: true });
    writeFileSync(join(UNZIP, entry), bytes);
  }

  step = 'index.html opened from disk';
  const disk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  disk.setDefaultTimeout(STEP_MS);
  const requests = [];
  disk.on('request', (request) => requests.push(request.url()));
  await disk.goto(pathToFileURL(join(UNZIP, folder, 'index.html')).href);
  check(await disk.locator('html').getAttribute('lang') === 'en', 'the page is in the lesson\'s language');
  await expectText(disk.locator('h1'), 'The School Yard');
  check(/\d{4} at \d{2}:\d{2}/.test(await disk.locator('[data-test=when]').textContent()), 'a readable date and time');
  await expectText(disk.locator('blockquote'), 'Benches by the sand');
  check(await disk.locator('[data-test=plan-item]').count() === OBJECTS.length, 'the list has every placed object');
  await disk.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  check(requests.every((url) => url.startsWith('file:')), 'the page loads nothing from the network');
  await disk.screenshot({ path: join(SCREENSHOTS, 'zip-index-en.png'), fullPage: true });
  await disk.click('.shots a');
  await disk.locator('.big:target img').waitFor();
  const enlarged = await disk.locator('.big:target img').evaluate((img) => img.getBoundingClientRect().width);
  check(enlarged > 600, `a click enlarges the snapshot (${Math.round(enlarged)} px wide)`);
  await disk.screenshot({ path: join(SCREENSHOTS, 'zip-index-snapshot-enlarged.png') });
  await disk.click('.big:target');
  await disk.locator('.big:target').waitFor({ state: 'detached' }).catch(() => {});
  check(await disk.locator('.big:target').count() === 0, 'a second click closes it');

  check(pageErrors.length === 0, `no errors in the console page (${pageErrors.join('; ')})`);
}
