// Live: what happens on the server as it happens (API operations, outbox events, webhook attempts, WebSocket
// pushes), from the admin API's event stream. Holds the newest 1,000 rows; new rows are added once per frame.

import { adminToken, call, curl } from '../api.js';
import { card, curlBox, field, h, json, select, shortId } from '../ui.js';

export const title = 'Live';

const MAX_ROWS = 1000;
const KINDS = ['Operation', 'Event', 'WebhookAttempt', 'WebSocketPush', 'Fault'];

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
    && (!enterprise.value || entry.enterpriseIds.includes(enterprise.value))
    && (!kind.value || entry.kind === kind.value);
  const applyFilters = () => rows.forEach((entry) => { entry.row.hidden = !matches(entry); });
  [application, enterprise, kind].forEach((control) => control.addEventListener('change', applyFilters));

  const open = (entry) => {
    body.querySelectorAll('tr.selected').forEach((row) => row.classList.remove('selected'));
    entry.row.classList.add('selected');
    const message = entry.data.Data?.MessageId;
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
  KINDS.forEach((name) => source.addEventListener(name, (event) => receive(name, parse(event.data))));
  source.addEventListener('Dropped', (event) => {
    connection.textContent = `dropped: ${parse(event.data).Reason ?? 'too slow'}`;
    connection.className = 'badge bad';
  });
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

function entryOf(kindName, event) {
  const kind = kindName ?? event.Kind ?? 'Event';
  return {
    kind,
    data: event,
    applicationId: event.ApplicationId ?? null,
    enterpriseIds: event.EnterpriseIds ?? [],
    at: event.AtUtc ?? new Date().toISOString(),
    summary: summaryOf(kind, event.Data ?? {}),
  };
}

function summaryOf(kind, data) {
  const took = data.DurationMs !== undefined && data.DurationMs !== null ? ` in ${Math.round(data.DurationMs)} ms` : '';
  switch (kind) {
    case 'Operation':
      return `${data.Path ?? ''} → ${data.Status ?? '?'}${took}`;
    case 'Event':
      return `${data.Type ?? 'event'} ${data.EntityId ?? ''}`;
    case 'WebhookAttempt':
      return `${data.MessageKind ?? ''} webhook attempt ${data.Attempt ?? ''} → ${data.StatusCode ?? 'no answer'}${took}`
        + `${data.Error ? ` (${data.Error})` : ''}: ${data.Outcome ?? ''}`;
    case 'WebSocketPush':
      return `${data.EventCount ?? ''} event(s) ${(data.Types ?? []).join(', ')} to socket ${String(data.SocketId ?? '').slice(0, 8)}${data.Live === false ? ' (replayed)' : ''}`;
    case 'Fault':
      return data.Summary ?? data.Description ?? `${data.Target ?? ''} ${data.Fault ?? ''} ${data.Operation ?? ''}`.trim();
    default:
      return JSON.stringify(data).slice(0, 120);
  }
}

function liveRow(entry, names, open) {
  const row = h('tr', { class: 'clickable', tabindex: '0', dataset: { kind: entry.kind } },
    h('td', { class: 'mono' }, new Date(entry.at).toLocaleTimeString()),
    h('td', {}, entry.kind),
    h('td', { class: 'wrap' }, entry.summary),
    h('td', {}, entry.applicationId ? (names.get(entry.applicationId) ?? shortId(entry.applicationId)) : ''),
    h('td', {}, entry.enterpriseIds.map((id) => names.get(id) ?? shortId(id)).join(', ')));
  row.addEventListener('click', () => open(entry));
  row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(entry);
    }
  });
  return row;
}
