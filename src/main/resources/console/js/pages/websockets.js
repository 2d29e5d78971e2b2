// WebSockets: the connections open on this server, with Disconnect.

import { call } from '../api.js';
import { actionButton, card, h, shortId, table, time } from '../ui.js';

export const title = 'WebSockets';

export async function render(container) {
  container.append(h('h1', {}, title));
  const area = h('div', { id: 'websocket-list' });
  const load = async () => {
    const answer = await call('GET', '/admin/v1/websockets');
    const sockets = answer.WebSockets ?? answer.Connections ?? [];
    area.replaceChildren(table([
      ['Application', (s) => s.ApplicationName ?? shortId(s.ApplicationId)],
      ['Integration', (s) => s.IntegrationName ?? shortId(s.IntegrationId)],
      ['Enterprises', (s) => (s.EnterpriseIds ?? (s.EnterpriseId ? [s.EnterpriseId] : [])).map((id) => shortId(id))],
      ['Since', (s) => time(s.ConnectedUtc ?? s.SinceUtc ?? s.OpenedUtc)],
      ['Frames sent', (s) => String(s.FramesSent ?? '—')],
      ['Queue', (s) => String(s.Queued ?? s.QueueLength ?? s.QueueSize ?? '—')],
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
