// Signs in, switches pages on the hash (#/deliveries ...), and shows the curl of the last admin API call.

import { adminToken, call, forgetToken, keepToken, onCall, whenUnauthorized } from './api.js';
import { copyButton, field, h } from './ui.js';
import * as overview from './pages/overview.js';
import * as live from './pages/live.js';
import * as deliveries from './pages/deliveries.js';
import * as applications from './pages/applications.js';
import * as sandbox from './pages/sandbox.js';
import * as websockets from './pages/websockets.js';

const PAGES = { overview, live, deliveries, applications, sandbox, websockets };

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const signOutButton = document.getElementById('sign-out');
const lastCall = document.getElementById('last-call');
let leavePage = null;
let signInMessage = null;
let rendering = 0;

function showSignIn(message) {
  leave();
  nav.hidden = true;
  signOutButton.hidden = true;
  lastCall.hidden = true;
  const input = h('input', { type: 'password', id: 'admin-token', name: 'admin-token', autocomplete: 'off', required: true, spellcheck: 'false' });
  const status = h('div', { role: 'alert', id: 'sign-in-message' }, message ? h('div', { class: 'notice error' }, message) : null);
  const form = h('form', { class: 'card sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, 'Sign in'),
    h('p', { class: 'muted' }, 'The console speaks only to the admin API. Enter the admin token printed when the server '
      + 'started (also in data/admin-token). It is kept in this browser tab only, until you sign out or close it.'),
    field('Admin token', input),
    status,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'sign-in' }, 'Sign in')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) {
      status.replaceChildren(h('div', { class: 'notice error' }, 'Enter the admin token.'));
      return;
    }
    status.replaceChildren(h('div', { class: 'notice' }, 'Checking the token…'));
    try {
      await call('GET', '/admin/v1/applications', undefined, token);
      keepToken(token);
      if (!location.hash || location.hash === '#/' || location.hash === '#/sign-in') {
        location.hash = '#/overview'; // the hash change shows the page
      } else {
        route();
      }
    } catch (error) {
      const text = error.status === 401
        ? `The server refused this admin token: ${error.message}`
        : `Could not check the token: ${error.message}`;
      status.replaceChildren(h('div', { class: 'notice error' }, text));
      input.focus();
      input.select();
    }
  });
  main.replaceChildren(form);
  input.focus();
}

function leave() {
  if (leavePage) {
    leavePage();
    leavePage = null;
  }
}

async function route() {
  if (!adminToken()) {
    showSignIn(signInMessage);
    signInMessage = null;
    return;
  }
  const [pathPart, queryPart = ''] = (location.hash || '#/overview').slice(1).split('?');
  const [, name = 'overview', ...rest] = pathPart.split('/');
  const page = PAGES[name] ?? overview;
  leave();
  nav.hidden = false;
  signOutButton.hidden = false;
  nav.querySelectorAll('a').forEach((link) => {
    if (link.getAttribute('href') === `#/${PAGES[name] ? name : 'overview'}`) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  const container = h('div', { class: 'page', id: `page-${PAGES[name] ? name : 'overview'}` });
  main.replaceChildren(container);
  document.title = `${page.title} · Connector console`;
  rendering += 1;
  const mine = rendering;
  try {
    const cleanUp = (await page.render(container, rest.map(decodeURIComponent), new URLSearchParams(queryPart))) ?? null;
    if (mine === rendering) {
      leavePage = cleanUp;
    } else if (cleanUp) {
      cleanUp(); // another page was opened while this one loaded
    }
  } catch (error) {
    container.append(h('div', { class: 'notice error', role: 'alert' }, error.message ?? String(error)));
  }
}

onCall((entry) => {
  lastCall.hidden = !adminToken();
  const ok = entry.status >= 200 && entry.status < 300;
  lastCall.replaceChildren(h('div', { class: 'curl' },
    h('span', { class: 'status', style: `color:${ok ? '#6ee7b7' : '#fca5a5'}` }, entry.status || 'no answer'),
    h('code', { id: 'last-curl' }, entry.curl),
    copyButton(entry.curl, 'Copy curl of the last call')));
});

whenUnauthorized((message) => {
  forgetToken();
  signInMessage = `Signed out: the server refused the admin token (${message}).`;
  route();
});

signOutButton.addEventListener('click', () => {
  forgetToken();
  location.hash = '#/sign-in';
  route();
});

window.addEventListener('hashchange', () => {
  route();
  main.focus({ preventScroll: true });
});
route();
