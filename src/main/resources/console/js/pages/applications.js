// Applications and integrations: create them, register webhook URLs and secrets, choose events, run the lifecycle.

import { call } from '../api.js';
import { actionButton, badge, card, copyButton, errorNotice, field, h, select, shortId, table, time } from '../ui.js';

export const title = 'Applications and integrations';

const GENERAL_EVENTS = ['ServiceOrderUpdated', 'ResourceUpdated', 'MessageAdded', 'ResourceBlockUpdated',
  'CustomerAdded', 'CustomerUpdated', 'PaymentUpdated'];
const WEBSOCKET_EVENTS = ['Reservation', 'Resource', 'DeviceCommand', 'PriceUpdate'];
const TRANSITIONS = [
  ['Disable', 'POST', 'disable'], ['Enable', 'POST', 'enable'], ['Cancel', 'POST', 'cancel'],
  ['Reinstate', 'POST', 'reinstate'], ['Delete', 'DELETE', ''],
];

export async function render(container, [selectedId]) {
  container.append(h('h1', {}, title));
  const [applications, integrations, enterprises] = await Promise.all([
    call('GET', '/admin/v1/applications'),
    call('GET', '/admin/v1/integrations'),
    call('GET', '/admin/v1/enterprises'),
  ]);
  const reload = () => render(clear(container), [selectedId]);
  const selected = applications.Applications.find((app) => app.Id === selectedId) ?? applications.Applications[0];
  const enterpriseName = new Map(enterprises.Enterprises.map((e) => [e.Id, e.Name]));

  container.append(card('Applications',
    table([
      ['Name', (app) => app.Name],
      ['Id', (app) => shortId(app.Id)],
      ['ClientToken', (app) => h('span', {}, shortId(app.ClientToken), ' ', copyButton(app.ClientToken, 'Copy ClientToken'))],
      ['Created', (app) => time(app.CreatedUtc)],
      ['', (app) => (app.Id === selected?.Id ? badge('selected') : h('a', { href: `#/applications/${app.Id}` }, 'Open'))],
    ], applications.Applications, { caption: 'Applications', rowId: (app) => app.Id }),
    createApplication(reload)));

  if (selected) {
    const own = integrations.Integrations.filter((integration) => integration.ApplicationId === selected.Id);
    container.append(await webhooksCard(selected, reload));
    container.append(integrationsCard(selected, own, enterprises.Enterprises, enterpriseName, reload));
  }
}

function clear(container) {
  container.replaceChildren();
  return container;
}

function createApplication(reload) {
  const name = h('input', { type: 'text', name: 'application-name', placeholder: 'My Channel Manager' });
  const action = actionButton({
    label: 'Create application',
    request: () => {
      if (!name.value.trim()) {
        throw new Error('Give the application a name.');
      }
      return { method: 'POST', path: '/admin/v1/applications', body: { Name: name.value.trim() } };
    },
    done: (created) => { location.hash = `#/applications/${created.Id}`; },
  });
  return h('div', {}, h('h3', {}, 'New application'),
    h('div', { class: 'fields' }, field('Application name', name), h('div', { class: 'field' }, action)),
    action.details, action.status);
}

async function webhooksCard(app, reload) {
  let endpoint;
  try {
    endpoint = await call('GET', `/admin/v1/applications/${app.Id}/webhooks`);
  } catch (error) {
    return card(`Webhooks of ${app.Name}`, errorNotice(error));
  }
  const general = h('input', { type: 'url', name: 'general-webhook-url', value: endpoint.GeneralWebhookUrl ?? '', placeholder: 'http://127.0.0.1:9000/hooks' });
  const integration = h('input', { type: 'url', name: 'integration-webhook-url', value: endpoint.IntegrationWebhookUrl ?? '', placeholder: 'http://127.0.0.1:9000/integration' });
  const token = h('input', { type: 'text', name: 'webhook-token', placeholder: endpoint.Token ? `${endpoint.Token} (kept when empty)` : 'none' });
  const secretShown = h('div', { role: 'status' });
  const save = actionButton({
    label: 'Save webhook URLs',
    request: () => {
      const body = {
        GeneralWebhookUrl: general.value.trim() || null,
        IntegrationWebhookUrl: integration.value.trim() || null,
      };
      if (token.value.trim()) {
        body.Token = token.value.trim();
      }
      return { method: 'PUT', path: `/admin/v1/applications/${app.Id}/webhooks`, body };
    },
    done: () => reload(),
  });
  // The first secret is generated with the registration; a later one is a rotation, the old one signing on for a grace period.
  const rotate = actionButton({
    label: endpoint.SigningSecret ? 'Rotate signing secret' : 'Generate signing secret',
    variant: 'secondary',
    request: () => (endpoint.SigningSecret
      ? { method: 'POST', path: `/admin/v1/applications/${app.Id}/webhooks/rotate-secret` }
      // A PUT sets both URLs, so the saved ones go with it unchanged.
      : { method: 'PUT', path: `/admin/v1/applications/${app.Id}/webhooks`, body: {
        GeneralWebhookUrl: endpoint.GeneralWebhookUrl ?? null,
        IntegrationWebhookUrl: endpoint.IntegrationWebhookUrl ?? null,
        SigningSecret: 'generate',
      } }),
    done: (answer) => {
      const graceUntil = answer.GraceUntilUtc ?? answer.PreviousSigningSecretExpiresUtc;
      secretShown.replaceChildren(h('div', { class: 'notice ok', id: 'new-signing-secret' },
        'New signing secret (shown once): ', h('code', {}, answer.SigningSecret), ' ', copyButton(answer.SigningSecret, 'Copy signing secret'),
        graceUntil ? h('div', {}, 'The previous secret still signs until ', time(graceUntil), '.') : null));
    },
  });
  return card(`Webhooks of ${app.Name}`,
    h('dl', { class: 'kv' },
      h('dt', {}, 'Signing secret'), h('dd', {}, endpoint.SigningSecret ?? 'none (deliveries are not signed)'),
      h('dt', {}, 'Previous secret'), h('dd', {}, endpoint.PreviousSigningSecretExpiresUtc
        ? h('span', {}, 'still signs until ', time(endpoint.PreviousSigningSecretExpiresUtc)) : 'none')),
    h('div', { class: 'fields' },
      field('General Webhook URL', general),
      field('Integration Webhook URL', integration),
      field('Token added to the URLs', token)),
    h('div', { class: 'actions' }, save, rotate),
    save.details, rotate.details, save.status, rotate.status, secretShown);
}

function integrationsCard(app, integrations, enterprises, enterpriseName, reload) {
  const rows = integrations.map((integration) => {
    const lifecycle = TRANSITIONS.map(([label, method, action]) => actionButton({
      label,
      variant: label === 'Delete' ? 'small danger' : 'small secondary',
      confirmText: label === 'Delete' ? `Delete the integration ${integration.Name}? This cannot be undone.` : undefined,
      request: () => ({ method, path: `/admin/v1/integrations/${integration.Id}${action ? `/${action}` : ''}` }),
      done: () => reload(),
    }));
    const apiKey = actionButton({
      label: 'New API key',
      variant: 'small secondary',
      request: () => ({ method: 'POST', path: `/admin/v1/integrations/${integration.Id}/api-keys` }),
      done: (answer) => { keyShown.replaceChildren(h('div', { class: 'notice ok' }, 'API key: ', h('code', {}, answer.ApiKey), ' ', copyButton(answer.ApiKey, 'Copy API key'))); },
    });
    const keyShown = h('div', { role: 'status' });
    return { integration, lifecycle, apiKey, keyShown };
  });
  const body = rows.length ? h('div', {}, rows.map(({ integration, lifecycle, apiKey, keyShown }) => h('article', { class: 'card', 'aria-label': `Integration ${integration.Name}`, dataset: { integration: integration.Id } },
    h('h3', {}, integration.Name, ' ', badge(integration.State)),
    h('dl', { class: 'kv' },
      h('dt', {}, 'Id'), h('dd', {}, h('code', {}, integration.Id)),
      h('dt', {}, 'AccessToken'), h('dd', {}, h('code', {}, integration.AccessToken), ' ', copyButton(integration.AccessToken, 'Copy AccessToken')),
      h('dt', {}, 'Enterprises'), h('dd', {}, integration.EnterpriseIds.map((id) => enterpriseName.get(id) ?? id).join(', ')),
      h('dt', {}, 'Updated'), h('dd', {}, time(integration.UpdatedUtc))),
    h('div', { class: 'actions' }, lifecycle, apiKey),
    lifecycle.map((action) => action.status), apiKey.status, keyShown,
    h('details', {}, h('summary', {}, 'curl of these buttons'), lifecycle.map((action) => action.details), apiKey.details),
    eventSelection(integration, 'webhook-events', 'General Webhook events', GENERAL_EVENTS),
    eventSelection(integration, 'websocket-events', 'WebSocket events', WEBSOCKET_EVENTS))))
    : h('p', { class: 'muted' }, 'This application has no integration yet.');
  return card(`Integrations of ${app.Name}`, body, createIntegration(app, enterprises, reload));
}

function eventSelection(integration, path, heading, names) {
  const boxes = names.map((name) => h('input', { type: 'checkbox', value: name, id: `${integration.Id}-${path}-${name}` }));
  const save = actionButton({
    label: `Save ${heading}`,
    variant: 'small secondary',
    request: () => ({ method: 'PUT', path: `/admin/v1/integrations/${integration.Id}/${path}`,
      body: { Events: boxes.filter((box) => box.checked).map((box) => box.value) } }),
  });
  const section = h('details', {}, h('summary', {}, heading),
    h('fieldset', {}, h('legend', {}, heading),
      boxes.map((box) => h('label', { class: 'check', for: box.id }, box, box.value))),
    h('div', { class: 'actions' }, save), save.details, save.status);
  section.addEventListener('toggle', async () => {
    if (!section.open || section.dataset.loaded) {
      return;
    }
    section.dataset.loaded = 'yes';
    try {
      const selection = await call('GET', `/admin/v1/integrations/${integration.Id}/${path}`);
      boxes.forEach((box) => { box.checked = selection.Events.includes(box.value); });
    } catch (error) {
      section.append(errorNotice(error));
    }
  });
  return section;
}

function createIntegration(app, enterprises, reload) {
  const name = h('input', { type: 'text', name: 'integration-name', placeholder: `${app.Name} at a hotel` });
  const enterprise = select(enterprises.map((e) => [e.Id, e.Name]), { name: 'integration-enterprise', multiple: true, size: Math.min(4, enterprises.length) });
  const action = actionButton({
    label: 'Create integration',
    request: () => {
      const ids = [...enterprise.selectedOptions].map((option) => option.value);
      if (!name.value.trim() || !ids.length) {
        throw new Error('Give the integration a name and pick at least one enterprise.');
      }
      return { method: 'POST', path: '/admin/v1/integrations', body: { ApplicationId: app.Id, Name: name.value.trim(), EnterpriseIds: ids } };
    },
    done: () => reload(),
  });
  return h('div', {}, h('h3', {}, 'New integration'),
    h('div', { class: 'fields' }, field('Integration name', name), field('Enterprises', enterprise)),
    h('div', { class: 'actions' }, action), action.details, action.status);
}
