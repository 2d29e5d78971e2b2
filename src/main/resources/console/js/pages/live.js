// Live: what happens on the server as it happens (API operations, outbox events, webhook attempts, WebSocket
// pushes), from the admin API's event stream. Holds the newest 1,000 rows; new rows are added once per frame.

import { adminToken, call, curl } from '../api.js';
import { card, curlBox, field, h, json, select, shortId } from '../ui.js';

export const title = 'Live';

const MAX_ROWS = 1000;
const KINDS = ['ApiOperation', 'OutboxEvent', 'WebhookAttempt', 'WebSocketPush'];

export async function render(container) {
  container.append(h('h1', {}, title));
  const [applications, enterprises] = await Promise.all([
    call('GET', '/admin/v1/applications'),
    call('GET', '/admin/v1/enterprises'),
  ]);
  const names = new Map([
    ...applications.Applications.map((a) => [a.Id, a.Name]),
    ...enterprises.Enterprises.map((e) => [e.Id, e.Name]),
  ]);
  const any = [['', 'Any']];
  const application = select([...any, ...applications.Applications.map((a) => [a.Id, a.Name])], { name: 'live-application' });
  const enterprise = select([...any, ...enterprises.Enterprises.map((e) => [e.Id, e.Name])], { name: 'live-enterprise' });
  const kind = select([...any, ...KINDS.map((k) => [k, k])], { name: 'live-kind' });
  const pause = h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false' }, 'Pause');
  const clear = h('button', { type: 'button', class: 'secondary' }, 'Clear');
  const connection = h('span', { class: 'badge', id: 'live-connection', role: 'status' }, 'connecting');
  const counter = h('span', { class: 'muted', 'aria-live': 'off' }, '0 rows');
  const body = h('tbody', { id: 'live-rows' });
  const detail = h('div', { id: 'live-detail' }, h('p', { class: 'muted' }, 'Open a row to see everything it carries.'));
  const rows = [];
  let waiting = [];
  let paused = false;
  let frame = 0;

  const matches = (entry) => (!application.value || entry.applicationId === application.value)
    && (!enterprise.value || entry.enterpriseId === enterprise.value)
    && (!kind.value || entry.kind === kind.value);
  const applyFilters = () => rows.forEach((entry) => { entry.row.hidden = !matches(entry); });
  [application, enterprise, kind].forEach((control) => control.addEventListener('change', applyFilters));

  const open = (entry) => {
    body.querySelectorAll('tr.selected').forEach((row) => row.classList.remove('selected'));
    entry.row.classList.add('selected');
    const message = entry.data.MessageId;
    detail.replaceChildren(h('h3', { tabindex: '-1' }, `${entry.kind}: ${entry.summary}`),
      message ? h('p', {}, h('a', { href: `#/deliveries/${message}` }, 'Open this message on Deliveries')) : null,
      json(entry.data));
    detail.querySelector('h3').focus();
  };

  const flush = () => {
    frame = 0;
    const fresh = waiting;
    waiting = [];
    const fragment = document.createDocumentFragment();
    fresh.forEach((entry) => {
      entry.row = liveRow(entry, names, open);
      entry.row.hidden = !matches(entry);
      fragment.prepend(entry.row);
      rows.push(entry);
    });
    body.prepend(fragment);
    while (rows.length > MAX_ROWS) {
      rows.shift().row.remove();
    }
    counter.textContent = `${rows.length} rows`;
  };

  const receive = (kindName, data) => {
    if (paused) {
      return;
    }
    waiting.push(entryOf(kindName, data));
    if (waiting.length > MAX_ROWS) {
      waiting = waiting.slice(-MAX_ROWS);
    }
    if (!frame) {
      frame = requestAnimationFrame(flush);
    }
  };

  pause.addEventListener('click', () => {
    paused = !paused;
    pause.textContent = paused ? 'Resume' : 'Pause';
    pause.setAttribute('aria-pressed', String(paused));
  });
  clear.addEventListener('click', () => {
    rows.splice(0).forEach((entry) => entry.row.remove());
    counter.textContent = '0 rows';
  });

  const path = '/admin/v1/live';
  container.append(card('Stream',
    h('div', { class: 'fields' }, field('Application', application), field('Enterprise', enterprise), field('Kind', kind)),
    h('div', { class: 'actions' }, pause, clear, connection, counter),
    h('details', { class: 'curl-of' }, h('summary', {}, 'curl'), curlBox(`${curl('GET', path)} -N -H 'Accept: text/event-stream'`))));
  container.append(h('div', { class: 'split' },
    card('Events', h('div', { class: 'scroll live-list', tabindex: '0', role: 'region', 'aria-label': 'Live events' },
      h('table', {}, h('thead', {}, h('tr', {}, ['Time', 'Kind', 'What', 'Application', 'Enterprise'].map((name) => h('th', { scope: 'col' }, name)))), body))),
    h('section', { class: 'card', 'aria-label': 'Event detail' }, detail)));

  // EventSource cannot send headers, so the token goes in the query; the stream is same-origin and never cached.
  const source = new EventSource(`${path}?token=${encodeURIComponent(adminToken())}`);
  source.onopen = () => { connection.textContent = 'connected'; connection.className = 'badge ok'; };
  source.onerror = () => { connection.textContent = 'reconnecting'; connection.className = 'badge warn'; };
  source.onmessage = (event) => receive(null, parse(event.data));
  KINDS.forEach((name) => source.addEventListener(name, (event) => receive(name, parse(event.data))));
  return () => {
    source.close();
    if (frame) {
      cancelAnimationFrame(frame);
    }
  };
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { Text: text };
  }
}

function entryOf(kindName, data) {
  const kind = kindName ?? data.Kind ?? data.Type ?? 'Event';
  return {
    kind,
    data,
    applicationId: data.ApplicationId ?? null,
    enterpriseId: data.EnterpriseId ?? null,
    at: data.AtUtc ?? data.TimeUtc ?? data.CreatedUtc ?? new Date().toISOString(),
    summary: summaryOf(kind, data),
  };
}

function summaryOf(kind, data) {
  switch (kind) {
    case 'ApiOperation':
      return `${data.Path ?? data.Operation ?? ''} → ${data.Status ?? data.StatusCode ?? '?'}${data.DurationMs !== undefined ? ` in ${data.DurationMs} ms` : ''}`;
    case 'OutboxEvent':
      return `${data.Discriminator ?? data.Event ?? data.Type ?? 'event'} ${data.EntityId ?? data.Id ?? ''}`;
    case 'WebhookAttempt':
      return `${data.MessageKind ?? ''} webhook → ${data.StatusCode ?? data.Error ?? 'no answer'}${data.DurationMs !== undefined ? ` in ${data.DurationMs} ms` : ''}`;
    case 'WebSocketPush':
      return `${data.Events ?? data.EventCount ?? ''} event(s) to ${data.Sockets ?? data.SocketCount ?? ''} socket(s)`;
    default:
      return data.Summary ?? JSON.stringify(data).slice(0, 120);
  }
}

function liveRow(entry, names, open) {
  const row = h('tr', { class: 'clickable', tabindex: '0', dataset: { kind: entry.kind } },
    h('td', { class: 'mono' }, new Date(entry.at).toLocaleTimeString()),
    h('td', {}, entry.kind),
    h('td', { class: 'wrap' }, entry.summary),
    h('td', {}, entry.applicationId ? (names.get(entry.applicationId) ?? shortId(entry.applicationId)) : ''),
    h('td', {}, entry.enterpriseId ? (names.get(entry.enterpriseId) ?? shortId(entry.enterpriseId)) : ''));
  row.addEventListener('click', () => open(entry));
  row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(entry);
    }
  });
  return row;
}
