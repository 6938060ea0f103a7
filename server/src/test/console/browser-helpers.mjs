// What the console's browser scripts share: reading the environment, checks that print what
// held, a pupil's WebSocket inside a page, and reading a downloaded ZIP. console-test.mjs and
// plan-test.mjs import it.

import { inflateRawSync } from 'node:zlib';

/** How long one step may wait for the page (ms). */
export const STEP_MS = 15000;
/** The server under test, without a trailing slash. */
export const BASE = required('RETKI_BASE_URL').replace(/\/$/, '');

export function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`set ${name}`);
    process.exit(64);
  }
  return value;
}

export function check(condition, what) {
  if (!condition) {
    throw new Error(`expected: ${what}`);
  }
  console.log(`ok - ${what}`);
}

export async function expectText(locator, text) {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: STEP_MS });
  } catch (error) {
    const actual = await locator.first().textContent({ timeout: 1000 }).catch(() => '(not found)');
    throw new Error(`expected text "${text}", found "${actual}"`);
  }
  console.log(`ok - "${text}" shown`);
}

/** Opens the pupil's WebSocket in {@code page}; what it receives collects in window.pupil.messages. */
export async function connect(page) {
  await page.evaluate((url) => new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    window.pupil = { socket, messages: [] };
    socket.onmessage = (message) => window.pupil.messages.push(JSON.parse(message.data));
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error('the pupil\'s WebSocket could not connect'));
  }), BASE.replace(/^http/, 'ws') + '/live');
}

export async function send(page, message) {
  await page.evaluate((m) => window.pupil.socket.send(JSON.stringify(m)), message);
}

/**
 * Waits until the pupil has received a message matching {@code predicate}, and gives it. The
 * predicate runs in the page: it sees the message and {@code arg}, nothing else of this script.
 */
export async function receive(page, predicate, arg = null) {
  const source = predicate.toString();
  try {
    const handle = await page.waitForFunction(([src, value]) => {
      const test = (0, eval)(`(${src})`);
      return window.pupil.messages.find((m) => test(m, value)) || null;
    }, [source, arg], { timeout: STEP_MS });
    const message = await handle.jsonValue();
    console.log(`ok - the pupil received ${JSON.stringify(message)}`);
    return message;
  } catch (error) {
    const seen = await page.evaluate(() => window.pupil.messages.map((m) => m.type + (m.code ? ':' + m.code : '')));
    throw new Error(`the pupil did not receive ${source}; it received ${seen.join(', ')}`);
  }
}

/** The files of a ZIP archive (stored or deflated entries), by name. */
export function unzip(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) {
    end--;
  }
  check(end >= 0, 'the download is a ZIP archive');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataAt, dataAt + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
