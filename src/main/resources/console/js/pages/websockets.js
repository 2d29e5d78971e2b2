// WebSockets: the connections open on this server, with Disconnect.

import { call } from '../api.js';
import { actionButton, card, h, shortId, table, time } from '../ui.js';

export const title = 'WebSockets';

export async function render(container) {
  container.append(h('h1', {}, title));
  const area = h('div', { id: 'websocket-list' });
  const [applications, integrations, enterprises] = await Promise.all([
    call('GET', '/admin/v1/applications'), call('GET', '/admin/v1/integrations'), call('GET', '/admin/v1/enterprises')]);
  const names = new Map([
    ...applications.Applications.map((a) => [a.Id, a.Name]),
    ...integrations.Integrations.map((i) => [i.Id, i.Name]),
    ...enterprises.Enterprises.map((e) => [e.Id, e.Name]),
  ]);
  const load = async () => {
    const answer = await call('GET', '/admin/v1/websockets');
    const sockets = answer.WebSockets ?? [];
    area.replaceChildren(table([
      ['Application', (s) => names.get(s.ApplicationId) ?? shortId(s.ApplicationId)],
      ['Integration', (s) => names.get(s.IntegrationId) ?? shortId(s.IntegrationId)],
      ['Enterprises', (s) => (s.EnterpriseIds ?? []).map((id) => names.get(id) ?? shortId(id)).join(', ')],
      ['Events', (s) => (s.Events ?? []).join(', ')],
      ['Since', (s) => time(s.ConnectedUtc)],
      ['Frames sent', (s) => String(s.FramesSent ?? '—')],
      ['Queue', (s) => String(s.Queued ?? '—')],
      ['', (s) => {
        const disconnect = actionButton({
          label: 'Disconnect',
          variant: 'small danger',
          request: () => ({ method: 'POST', path: `/admin/v1/websockets/${s.Id}/disconnect` }),
          done: () => load(),
        });
        return [disconnect, disconnect.status];
      }],
    ], sockets, { caption: 'Open WebSocket connections', empty: 'No WebSocket is connected to this server.', rowId: (s) => s.Id }));
  };
  const refresh = actionButton({ label: 'Refresh', variant: 'secondary', request: () => ({ method: 'GET', path: '/admin/v1/websockets' }), done: () => load() });
  container.append(card('Open connections', h('div', { class: 'actions' }, refresh), refresh.details, refresh.status, area));
  await load();
}
