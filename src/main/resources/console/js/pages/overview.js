// Overview: what this server is, the demo hotels with their tokens, and how much it holds.

import { call } from '../api.js';
import { card, copyButton, curlBox, h, keyValues, table } from '../ui.js';

export const title = 'Overview';

export async function render(container) {
  container.append(h('h1', {}, title));
  const overview = await call('GET', '/admin/v1/overview');
  container.append(card('Server', keyValues([
    ['Version', overview.Version],
    ['Store', overview.Store],
    ['Nodes', String(overview.Nodes ?? 1)],
    ['Uptime', uptime(overview)],
    ['Mode', overview.Sandbox === false ? 'production' : 'sandbox'],
  ])));
  container.append(card('Counts', h('div', { class: 'stats' }, counts(overview).map(([name, value]) =>
    h('div', { class: 'stat' }, h('b', {}, String(value)), h('span', {}, name))))));
  const hotels = overview.Enterprises ?? [];
  if (hotels.length) {
    container.append(card('Hotels and their tokens', hotels.map((hotel) => demoHotel(hotel))));
  }
}

function uptime(overview) {
  const seconds = overview.UptimeSeconds ?? null;
  if (seconds === null) {
    return overview.Uptime ?? '—';
  }
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${days ? `${days} d ` : ''}${hours} h ${minutes} min`;
}

/** Every count the overview gives, flattened: {Messages: {Delivered: 3}} becomes "Messages Delivered: 3". */
function counts(overview) {
  const pairs = [];
  const walk = (prefix, value) => {
    if (typeof value === 'number') {
      pairs.push([prefix, value]);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      Object.entries(value).forEach(([name, inner]) => {
        const words = name === 'WebSockets' ? name : name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
        const label = prefix ? `${prefix} ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
        walk(label, inner);
      });
    }
  };
  walk('', overview.Counts ?? {});
  return pairs;
}

function demoHotel(hotel) {
  const tokens = hotel.Tokens ?? [];
  const example = hotel.ClientToken ? configurationCurl(hotel.ClientToken, hotel.AccessToken) : null;
  return h('article', { class: 'card', 'aria-label': hotel.Name },
    h('h3', {}, hotel.Name, ' ', h('span', { class: 'muted' }, `${hotel.TimeZoneIdentifier ?? ''} · ${hotel.CurrencyCode ?? ''}`)),
    table([
      ['Application', (t) => t.ApplicationName],
      ['Integration', (t) => `${t.IntegrationName}${t.EnterpriseCount > 1 ? ` (${t.EnterpriseCount} hotels)` : ''}`],
      ['ClientToken', (t) => h('span', {}, h('code', {}, t.ClientToken), ' ', copyButton(t.ClientToken, 'Copy ClientToken'))],
      ['AccessToken', (t) => h('span', {}, h('code', {}, t.AccessToken), ' ', copyButton(t.AccessToken, 'Copy AccessToken'))],
    ], tokens, { caption: `Tokens for ${hotel.Name}` }),
    example ? [h('p', {}, 'Try it (no admin token needed):'), curlBox(example)] : h('p', { class: 'muted' }, 'No enabled integration reaches this hotel.'));
}

function configurationCurl(clientToken, accessToken) {
  const body = JSON.stringify({ ClientToken: clientToken, AccessToken: accessToken, Client: 'Console 1.0' });
  return `curl -sS -X POST '${location.origin}/api/connector/v1/configuration/get' -H 'Content-Type: application/json' -d '${body}'`;
}
