// Calls to the babeldesk API with the editor's credentials, and the console's sign-in.
const SESSION = 'babeldesk.console.session';
const PKCE = 'babeldesk.console.pkce';

// The API's base path: the console is served at <base>/console (a stage prefix on AWS).
export const BASE = location.pathname.replace(/\/console\/?$/, '');
export const CONSOLE_URL = location.origin + BASE + '/console';

export function session() {
  try {
    const s = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
    if (s && s.expiresAt && Date.now() > s.expiresAt) { signOut(); return null; }
    return s;
  } catch { return null; }
}

export function signOut() {
  sessionStorage.removeItem(SESSION);
}

function save(s) {
  sessionStorage.setItem(SESSION, JSON.stringify(s));
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.message || problem.detail)) || ('HTTP ' + status));
    this.status = status;
    this.code = problem && problem.code;
  }
}

// fetch with the editor's token; answers {status, body, headers}; throws ApiError for 4xx/5xx unless allowed.
export async function call(method, path, { body, headers = {}, allow = [] } = {}) {
  const s = session();
  const h = { ...headers };
  if (s && s.token) h['Authorization'] = 'Bearer ' + s.token;
  if (s && s.name) h['X-Editor-Name'] = s.name;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  const response = await fetch(BASE + path, {
    method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
  });
  const text = await response.text();
  let json = null;
  if (text) { try { json = JSON.parse(text); } catch { json = null; } }
  if (!response.ok && !allow.includes(response.status)) {
    if (response.status === 401) signOut();
    throw new ApiError(response.status, json);
  }
  return { status: response.status, body: json, headers: response.headers };
}

export async function config() {
  const r = await fetch(BASE + '/console/config.json', { cache: 'no-store' });
  return r.json();
}

// Local sign-in (serve): the editor token and a name for the history.
export async function signInWithToken(token, name) {
  save({ token, name, kind: 'token' });
  try {
    await call('GET', '/review?limit=1');
  } catch (e) {
    signOut();
    throw e;
  }
}

function base64url(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function redirectUri(cfg) {
  return cfg.redirectUri || CONSOLE_URL;
}

// OIDC authorization-code flow with PKCE (S256): off to the issuer's sign-in page.
export async function startOidc(cfg) {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state }));
  const url = new URL(cfg.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: cfg.clientId, redirect_uri: redirectUri(cfg), scope: cfg.scope || 'openid',
    state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

// Back from the issuer with ?code=&state=: the code and the verifier buy the tokens.
export async function finishOidc(cfg) {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  history.replaceState(null, '', location.pathname + location.hash);
  if (params.has('error')) throw new Error('sign-in refused: ' + (params.get('error_description') || params.get('error')));
  const pkce = JSON.parse(sessionStorage.getItem(PKCE) || 'null');
  sessionStorage.removeItem(PKCE);
  if (!pkce || pkce.state !== params.get('state')) throw new Error('sign-in answer does not match the request: sign in again');
  const r = await fetch(cfg.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(cfg),
      client_id: cfg.clientId, code_verifier: pkce.verifier,
    }).toString(),
  });
  const tokens = await r.json();
  if (!r.ok || !tokens.access_token) throw new Error('the issuer gave no token: ' + (tokens.error || r.status));
  save({ token: tokens.access_token, kind: 'oidc', name: null, who: whoFrom(tokens.id_token || tokens.access_token),
         expiresAt: Date.now() + (tokens.expires_in || 3600) * 1000 - 30000 });
  return true;
}

function whoFrom(jwt) {
  try {
    const claims = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return claims.email || claims['cognito:username'] || claims.username || claims.sub;
  } catch { return null; }
}
