// The console's HTTP calls. State-changing requests carry the CSRF token that /api/login and
// /api/me hand out; the session cookie itself is HttpOnly and never seen here.

let csrf = null;

/** Remembers the CSRF token for later state-changing requests. */
export function setCsrf(token) {
  csrf = token || null;
}

/**
 * Sends a request and gives {status, ok, data, headers}; data is the parsed JSON body, or null.
 * Rejects only when the server cannot be reached at all.
 */
export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD' && csrf) {
    headers['X-CSRF-Token'] = csrf;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  let data = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    data = await response.json().catch(() => null);
  }
  return { status: response.status, ok: response.ok, data, headers: response.headers };
}

/** The sentence a problem+json answer carries, or the status line. */
export function problemText(result) {
  if (result.data && typeof result.data === 'object') {
    return result.data.detail || result.data.message || result.data.title || `HTTP ${result.status}`;
  }
  return `HTTP ${result.status}`;
}

/** A list from an answer that is either a bare array or an object holding one under {@code key}. */
export function listOf(data, key) {
  if (Array.isArray(data)) {
    return data;
  }
  if (data && Array.isArray(data[key])) {
    return data[key];
  }
  return [];
}
