// The one way the console talks to the server: the admin API, with the admin token kept for this tab only.

const TOKEN_KEY = 'connector.adminToken';
const listeners = new Set();
let onUnauthorized = () => {};

export function adminToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function keepToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Called with the server's message when a call is refused with 401 (the token was changed or is wrong). */
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/** Told of every call made, with its curl form and the answer's status. */
export function onCall(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** An admin API answer other than 2xx, with the server's message. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** Calls the admin API; resolves to the parsed JSON body, or rejects with an ApiError naming the server's message. */
export async function call(method, path, body, token = adminToken()) {
  const headers = { Authorization: `Bearer ${token ?? ''}`, Accept: 'application/json' };
  const init = { method, headers, cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    const failure = new ApiError(0, `The server did not answer (${error.message}).`, null);
    announce(method, path, body, 0);
    throw failure;
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  announce(method, path, body, response.status);
  if (!response.ok) {
    const message = json?.Message ?? (text || response.statusText || `HTTP ${response.status}`);
    const error = new ApiError(response.status, message, json);
    if (response.status === 401 && token === adminToken()) {
      onUnauthorized(message);
    }
    throw error;
  }
  return json;
}

function announce(method, path, body, status) {
  const entry = { method, path, body, status, curl: curl(method, path, body) };
  listeners.forEach((listener) => listener(entry));
}

/** The same call as a shell command, the admin token read from $ADMIN_TOKEN. */
export function curl(method, path, body) {
  const parts = ['curl -sS'];
  if (method !== 'GET') {
    parts.push(`-X ${method}`);
  }
  if (location.protocol === 'https:' && ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname)) {
    parts.push('-k');
  }
  parts.push(quote(location.origin + path));
  parts.push('-H "Authorization: Bearer $ADMIN_TOKEN"');
  if (body !== undefined) {
    parts.push("-H 'Content-Type: application/json'");
    parts.push(`-d ${quote(JSON.stringify(body))}`);
  }
  return parts.join(' ');
}

/** A query string of the fields that have a value, e.g. {State: 'Failed', Limit: 50} → '?State=Failed&Limit=50'. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

function quote(text) {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
