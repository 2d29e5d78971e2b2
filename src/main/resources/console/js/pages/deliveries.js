// Deliveries: the webhook delivery log with filters and cursor paging; a message's body, headers and attempts;
// replay of one message, and bulk replay of what the filters show.

import { call, query } from '../api.js';
import { actionButton, badge, card, errorNotice, field, h, json, keyValues, select, shortId, table, time } from '../ui.js';

export const title = 'Deliveries';

const PAGE_SIZE = 50;
const REFRESH_MS = 2000;
const EVENT_TYPES = ['ServiceOrderUpdated', 'ResourceUpdated', 'MessageAdded', 'ResourceBlockUpdated', 'CustomerAdded',
  'CustomerUpdated', 'PaymentUpdated'];

export async function render(container, [openId], params = new URLSearchParams()) {
  container.append(h('h1', {}, title));
  const [applications, integrations, enterprises] = await Promise.all([
    call('GET', '/admin/v1/applications'),
    call('GET', '/admin/v1/integrations'),
    call('GET', '/admin/v1/enterprises'),
  ]);
  const names = new Map([
    ...applications.Applications.map((a) => [a.Id, a.Name]),
    ...integrations.Integrations.map((i) => [i.Id, i.Name]),
    ...enterprises.Enterprises.map((e) => [e.Id, e.Name]),
  ]);
  const any = [['', 'Any']];
  const filters = {
    ApplicationId: select([...any, ...applications.Applications.map((a) => [a.Id, a.Name])], { name: 'ApplicationId' }),
    IntegrationId: select([...any, ...integrations.Integrations.map((i) => [i.Id, i.Name])], { name: 'IntegrationId' }),
    EnterpriseId: select([...any, ...enterprises.Enterprises.map((e) => [e.Id, e.Name])], { name: 'EnterpriseId' }),
    Kind: select([...any, ['General', 'General'], ['Integration', 'Integration']], { name: 'Kind' }),
    State: select([...any, ...['Pending', 'Failed', 'Delivered', 'Abandoned'].map((s) => [s, s])], { name: 'State' }),
    EventType: select([...any, ...EVENT_TYPES.map((t) => [t, t])], { name: 'EventType' }),
    Since: h('input', { type: 'datetime-local', name: 'Since', step: '1' }),
    Until: h('input', { type: 'datetime-local', name: 'Until', step: '1' }),
  };
  // Filters may come in the address, e.g. #/deliveries?EnterpriseId=...&Since=2026-01-31T12:00:00Z (as a trigger's result links).
  Object.entries(filters).forEach(([name, control]) => {
    const value = params.get(name);
    if (value) {
      control.value = ['Since', 'Until'].includes(name) ? localInput(value) : value;
    }
  });
  const labels = { ApplicationId: 'Application', IntegrationId: 'Integration', EnterpriseId: 'Enterprise', Kind: 'Kind', State: 'State', EventType: 'Event type', Since: 'Created since (local time)', Until: 'Created before (local time)' };
  const autoRefresh = h('input', { type: 'checkbox', id: 'auto-refresh', checked: true });
  const listArea = h('div', { id: 'delivery-list' });
  const detailArea = h('div', { id: 'delivery-detail' }, h('p', { class: 'muted' }, 'Open a message to see its body, headers and attempts.'));
  const pager = h('div', { class: 'actions' });
  const state = { cursors: [], cursor: null, next: null, selectedId: openId ?? null, shown: '' };

  const filterValues = () => {
    const values = {};
    Object.entries(filters).forEach(([name, control]) => { values[name] = control.value; });
    ['Since', 'Until'].forEach((name) => {
      if (values[name]) {
        values[name] = new Date(values[name]).toISOString();
      }
    });
    return values;
  };
  const listRequest = () => ({ method: 'GET', path: `/admin/v1/webhook-messages${query({ ...filterValues(), Limit: PAGE_SIZE, Cursor: state.cursor })}` });

  const load = async (quiet) => {
    const { path } = listRequest();
    let page;
    try {
      page = await call('GET', path);
    } catch (error) {
      listArea.replaceChildren(errorNotice(error));
      return;
    }
    const fingerprint = JSON.stringify(page.WebhookMessages.map((m) => [m.Id, m.State, m.Attempts.length]));
    if (quiet && fingerprint === state.shown) {
      return;
    }
    state.shown = fingerprint;
    state.next = page.WebhookMessages.length === PAGE_SIZE ? page.Cursor : null;
    showList(page.WebhookMessages);
  };

  const showList = (messages) => {
    listArea.replaceChildren(table([
      ['Created', (m) => time(m.CreatedUtc)],
      ['Kind', (m) => m.Kind],
      ['State', (m) => badge(m.State)],
      ['Application', (m) => names.get(m.ApplicationId) ?? shortId(m.ApplicationId)],
      ['Enterprise', (m) => names.get(m.EnterpriseId) ?? shortId(m.EnterpriseId)],
      ['Attempts', (m) => String(m.Attempts.length)],
      ['Last status', (m) => lastStatus(m)],
    ], messages, {
      caption: 'Webhook messages, newest first',
      empty: 'No webhook message matches these filters.',
      rowId: (m) => m.Id,
      onOpen: (m) => {
        state.selectedId = m.Id;
        openDetail(m.Id, true);
      },
    }));
    listArea.querySelectorAll('tr[data-id]').forEach((row) => row.classList.toggle('selected', row.dataset.id === state.selectedId));
    pager.replaceChildren(
      h('button', { type: 'button', class: 'secondary', disabled: !state.cursors.length, onclick: () => { state.cursor = state.cursors.pop() ?? null; load(); } }, 'Newer'),
      h('button', { type: 'button', class: 'secondary', disabled: !state.next, onclick: () => { state.cursors.push(state.cursor); state.cursor = state.next; load(); } }, 'Older'),
      h('span', { class: 'muted' }, state.cursor ? 'Older messages' : 'Newest messages'));
  };

  const openDetail = async (id, focus) => {
    listArea.querySelectorAll('tr[data-id]').forEach((row) => row.classList.toggle('selected', row.dataset.id === id));
    let message;
    try {
      message = await call('GET', `/admin/v1/webhook-messages/${id}`);
    } catch (error) {
      detailArea.replaceChildren(errorNotice(error));
      return;
    }
    const hadFocus = detailArea.contains(document.activeElement);
    state.detailState = message.State;
    detailArea.replaceChildren(detail(message, names, () => Promise.all([load(), openDetail(id)])));
    if (focus || hadFocus) {
      detailArea.querySelector('h2')?.focus();
    }
  };

  const apply = actionButton({
    label: 'Apply filters',
    request: listRequest,
    done: () => { state.cursor = null; state.cursors = []; state.shown = ''; return load(); },
  });
  const bulk = actionButton({
    label: 'Replay what the filters show',
    variant: 'secondary',
    confirmText: 'Send again every Delivered or Abandoned message these filters show (on every page)?',
    request: () => {
      const values = filterValues();
      const body = {};
      ['ApplicationId', 'IntegrationId', 'EnterpriseId', 'Kind', 'State', 'EventType', 'Since', 'Until'].forEach((name) => {
        if (values[name]) {
          body[name] = values[name];
        }
      });
      return { method: 'POST', path: '/admin/v1/webhook-messages/replay', body };
    },
    done: (answer) => {
      bulk.status.replaceChildren(h('div', { class: 'notice ok' }, `Replayed ${answer.ReplayedCount} message(s).`));
      return load();
    },
  });

  container.append(card('Filters',
    h('form', { id: 'delivery-filters', onsubmit: (event) => { event.preventDefault(); apply.button.click(); } },
      h('div', { class: 'fields' }, Object.entries(filters).map(([name, control]) => field(labels[name], control)))),
    h('div', { class: 'actions' }, apply, bulk,
      h('label', { class: 'check', for: 'auto-refresh' }, autoRefresh, 'Refresh every 2 s')),
    apply.details, bulk.details, apply.status, bulk.status));
  container.append(h('div', { class: 'split' },
    card('Messages', listArea, pager),
    h('section', { class: 'card', 'aria-label': 'Message detail' }, detailArea)));

  await load();
  if (openId) {
    openDetail(openId);
  }
  const timer = setInterval(() => {
    // Refreshes the newest page only, and not while the user is working inside the list.
    if (!autoRefresh.checked) {
      return;
    }
    if (!state.cursor && !listArea.contains(document.activeElement)) {
      load(true);
    }
    // A message still being sent is followed until it is Delivered or Abandoned.
    if (state.selectedId && ['Pending', 'Failed'].includes(state.detailState)) {
      openDetail(state.selectedId);
    }
  }, REFRESH_MS);
  return () => clearInterval(timer);
}

/** An ISO instant as a datetime-local input's value, in the browser's time zone. */
function localInput(iso) {
  const date = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function lastStatus(message) {
  const last = message.Attempts.at(-1);
  if (!last) {
    return '—';
  }
  return last.StatusCode ? String(last.StatusCode) : (last.Error ? 'error' : '—');
}

function detail(message, names, reload) {
  const replay = actionButton({
    label: 'Replay',
    request: () => ({ method: 'POST', path: `/admin/v1/webhook-messages/${message.Id}/replay` }),
    done: () => reload(),
  });
  const headers = message.Headers ? Object.entries(message.Headers) : [];
  return h('div', { dataset: { message: message.Id } },
    h('h2', { tabindex: '-1' }, `${message.Kind} webhook `, badge(message.State)),
    keyValues([
      ['Id (webhook-id)', h('code', {}, message.Id)],
      ['Application', names.get(message.ApplicationId) ?? message.ApplicationId],
      ['Integration', names.get(message.IntegrationId) ?? message.IntegrationId],
      ['Enterprise', names.get(message.EnterpriseId) ?? message.EnterpriseId],
      ['URL', message.Url ?? 'none registered'],
      ['Events', (message.EventTypes ?? []).join(', ') || '—'],
      ['Created', time(message.CreatedUtc)],
      ['Next attempt', time(message.NextAttemptUtc)],
    ]),
    h('div', { class: 'actions' }, replay), replay.details, replay.status,
    h('h3', {}, 'Headers sent'),
    headers.length
      ? h('div', { id: 'delivery-headers' }, keyValues(headers.map(([name, value]) => [name, h('code', {}, value)])))
      : h('p', { class: 'muted' }, 'No headers recorded yet (sent with the first attempt).'),
    h('h3', {}, 'Attempts'),
    table([
      ['#', (a) => String(a.Number ?? '')],
      ['Started', (a) => time(a.StartedUtc)],
      ['Status', (a) => (a.StatusCode
        ? h('span', { class: `badge ${a.StatusCode >= 200 && a.StatusCode < 300 ? 'ok' : 'bad'}` }, String(a.StatusCode))
        : h('span', { class: 'badge bad' }, 'none'))],
      ['Duration', (a) => `${a.DurationMs} ms`],
      ['Error', (a) => a.Error ?? ''],
    ], message.Attempts, { caption: 'Attempts', empty: 'Not tried yet.' }),
    h('h3', {}, 'Body'),
    json(message.Body));
}
