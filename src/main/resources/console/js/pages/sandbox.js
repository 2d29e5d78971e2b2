// Sandbox: run triggers in a demo hotel, add and remove fault rules, move each enterprise's clock, reset the data.

import { call } from '../api.js';
import { actionButton, badge, card, errorNotice, field, h, json, select, table } from '../ui.js';

export const title = 'Sandbox';

export async function render(container) {
  container.append(h('h1', {}, title));
  const [{ Enterprises: enterprises }, { Applications: applications }] = await Promise.all([
    call('GET', '/admin/v1/enterprises'), call('GET', '/admin/v1/applications')]);
  const triggers = h('div', { id: 'sandbox-triggers' });
  const faults = h('div', { id: 'sandbox-faults' });
  const clocks = h('div', { id: 'sandbox-clocks' });
  container.append(triggers, faults, clocks, resetCard());
  await Promise.all([
    fill(triggers, () => triggersCard(enterprises)),
    fill(faults, function build() { return faultsCard(() => fill(faults, build), enterprises, applications); }),
    fill(clocks, () => clocksCard(enterprises)),
  ]);
}

async function fill(area, build) {
  try {
    area.replaceChildren(await build());
  } catch (error) {
    area.replaceChildren(card(null, errorNotice(error)));
  }
}

async function triggersCard(enterprises) {
  const { Triggers: list } = await call('GET', '/admin/v1/sandbox/triggers');
  const trigger = select(list.map((t) => [t.Name, t.Name]), { name: 'trigger' });
  const enterprise = select([['', 'The first demo hotel'], ...enterprises.map((e) => [e.Id, e.Name])], { name: 'trigger-enterprise' });
  const overrides = h('textarea', { name: 'trigger-set', rows: '3', placeholder: '{"LastName": "Novak"}' });
  const about = h('p', { class: 'muted', 'aria-live': 'polite' });
  const result = h('div', { id: 'trigger-result' });
  let startedAt = new Date().toISOString();
  const describe = () => {
    const chosen = list.find((t) => t.Name === trigger.value);
    about.textContent = chosen ? `${chosen.Description} Events: ${(chosen.Events ?? []).join(', ') || 'none'}.` : '';
  };
  trigger.addEventListener('change', describe);
  describe();
  const run = actionButton({
    label: 'Run trigger',
    request: () => {
      const body = { Trigger: trigger.value };
      if (enterprise.value) {
        body.EnterpriseId = enterprise.value;
      }
      if (overrides.value.trim()) {
        try {
          body.Set = JSON.parse(overrides.value);
        } catch {
          throw new Error('Overrides must be a JSON object, such as {"LastName": "Novak"}.');
        }
      }
      // Whole seconds, a little early: the log's Since is compared with times the server wrote.
      startedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 5000).toISOString();
      return { method: 'POST', path: '/admin/v1/sandbox/triggers', body };
    },
    done: (answer) => {
      const since = startedAt;
      result.replaceChildren(h('div', { class: 'notice ok' },
        h('p', {}, `${answer.Trigger} ran in ${enterprises.find((e) => e.Id === answer.EnterpriseId)?.Name ?? answer.EnterpriseId}.`),
        table([['Entity', (e) => e.Type], ['Id', (e) => h('code', {}, e.Id)]], answer.Entities ?? [], { caption: 'Entities it touched', empty: 'No entity.' }),
        table([['Event', (e) => e.Discriminator], ['Id', (e) => h('code', {}, e.Id)]], answer.Events ?? [], { caption: 'Events it wrote', empty: 'No event.' }),
        h('p', {}, h('a', { href: `#/deliveries?EnterpriseId=${answer.EnterpriseId}&Since=${encodeURIComponent(since)}`, id: 'trigger-deliveries' }, 'See the deliveries it caused'),
          ' · ', h('a', { href: '#/live' }, 'Watch Live'))));
    },
  });
  return card('Triggers',
    h('p', { class: 'muted' }, 'A trigger runs the domain code in a hotel as a guest or the staff would, so its events, webhooks and WebSocket pushes follow.'),
    h('div', { class: 'fields' }, field('Trigger', trigger), field('Enterprise', enterprise)),
    about,
    field('Overrides (JSON, optional)', overrides, 'Values the trigger uses instead of its own.'),
    h('div', { class: 'actions' }, run), run.details, run.status, result);
}

const FAULTS = {
  Api: ['Status', 'Delay'],
  Webhook: ['Delay', 'Timeout', 'Duplicate', 'Drop', 'Reorder'],
  WebSocket: ['Disconnect'],
};

async function faultsCard(reload, enterprises, applications) {
  const again = reload ?? (() => {});
  const { FaultRules: rules } = await call('GET', '/admin/v1/sandbox/faults');
  const target = select(Object.keys(FAULTS).map((name) => [name, name]), { name: 'fault-target' });
  const fault = select([], { name: 'fault-kind' });
  const status = select([['503', '503'], ['500', '500'], ['429', '429'], ['408', '408']], { name: 'fault-status' });
  const delay = h('input', { type: 'number', name: 'fault-delay', min: '1', max: '60000', value: '2000' });
  const operation = h('input', { type: 'text', name: 'fault-operation', placeholder: 'any, or e.g. configuration/get' });
  const count = h('input', { type: 'number', name: 'fault-count', min: '1', placeholder: 'every time' });
  const application = select([['', 'Any'], ...applications.map((a) => [a.Id, a.Name])], { name: 'fault-application' });
  const enterprise = select([['', 'Any'], ...enterprises.map((e) => [e.Id, e.Name])], { name: 'fault-enterprise' });
  const statusField = field('Status answered', status);
  const delayField = field('Delay (ms)', delay);
  const operationField = field('Operation', operation);
  const fitFields = () => {
    statusField.hidden = fault.value !== 'Status';
    delayField.hidden = fault.value !== 'Delay';
    operationField.hidden = target.value !== 'Api';
  };
  const fillFaults = () => {
    fault.replaceChildren(...FAULTS[target.value].map((name) => h('option', { value: name }, name)));
    fitFields();
  };
  target.addEventListener('change', fillFaults);
  fault.addEventListener('change', fitFields);
  fillFaults();
  const add = actionButton({
    label: 'Add fault rule',
    request: () => {
      const body = { Target: target.value, Fault: fault.value };
      if (fault.value === 'Status') {
        body.Status = Number(status.value);
      }
      if (fault.value === 'Delay') {
        body.DelayMs = Number(delay.value);
      }
      if (target.value === 'Api' && operation.value.trim()) {
        body.Operation = operation.value.trim();
      }
      if (count.value) {
        body.Count = Number(count.value);
      }
      if (application.value) {
        body.ApplicationId = application.value;
      }
      if (enterprise.value) {
        body.EnterpriseId = enterprise.value;
      }
      return { method: 'POST', path: '/admin/v1/sandbox/faults', body };
    },
    done: () => again(),
  });
  const rows = rules.map((r) => ({ rule: r, remove: actionButton({
    label: 'Remove',
    variant: 'small danger',
    request: () => ({ method: 'DELETE', path: `/admin/v1/sandbox/faults/${r.Id}` }),
    done: () => again(),
  }) }));
  const refresh = actionButton({ label: 'Refresh rules', variant: 'secondary', request: () => ({ method: 'GET', path: '/admin/v1/sandbox/faults' }), done: () => again() });
  return card('Fault rules',
    h('p', { class: 'muted' }, 'Rules make API operations, webhook deliveries or WebSockets fail on purpose, until they are used up or removed.'),
    h('div', { class: 'actions' }, refresh), refresh.details,
    table([
      ['Target', ({ rule: r }) => r.Target],
      ['Fault', ({ rule: r }) => `${r.Fault}${r.Status ? ` ${r.Status}` : ''}${r.DelayMs ? ` ${r.DelayMs} ms` : ''}`],
      ['Where', ({ rule: r }) => [r.Operation, r.ApplicationId && `application ${r.ApplicationId.slice(0, 8)}`, r.EnterpriseId && `enterprise ${r.EnterpriseId.slice(0, 8)}`].filter(Boolean).join(', ') || 'everywhere'],
      ['Left', ({ rule: r }) => (r.Remaining ?? (r.Probability !== null && r.Probability !== undefined ? `p=${r.Probability}` : '∞'))],
      ['Fired', ({ rule: r }) => String(r.Injected ?? 0)],
      ['', ({ remove }) => [remove, remove.status]],
    ], rows, { caption: 'Active fault rules', empty: 'No fault rule is active.', rowId: ({ rule: r }) => r.Id }),
    h('h3', {}, 'New fault rule'),
    h('div', { class: 'fields' }, field('Target', target), field('Fault', fault), statusField, delayField, operationField,
      field('Times (empty: until removed)', count), field('Application', application), field('Enterprise', enterprise)),
    h('div', { class: 'actions' }, add), add.details, add.status);
}

async function clocksCard(enterprises) {
  const rows = await Promise.all(enterprises.map(async (enterprise) => {
    const clock = await call('GET', `/admin/v1/enterprises/${enterprise.Id}/clock`);
    return { enterprise, clock };
  }));
  return card('Clocks',
    h('p', { class: 'muted' }, 'Each hotel reads time through its own clock: set it, advance it, or put it back on real time.'),
    h('div', {}, rows.map(({ enterprise, clock }) => clockRow(enterprise, clock))));
}

function clockRow(enterprise, clock) {
  const now = h('span', { class: 'clock-now mono' }, clock.NowUtc);
  const state = h('span', {}, badge(clock.State ?? (clock.Frozen ? 'Frozen' : 'Real')));
  const refresh = (answer) => {
    now.textContent = answer.NowUtc;
    state.replaceChildren(badge(answer.State ?? (answer.Frozen ? 'Frozen' : 'Real')));
  };
  const by = h('input', { type: 'text', name: `advance-${enterprise.Id}`, value: 'P1D' });
  const setTo = h('input', { type: 'datetime-local', name: `set-${enterprise.Id}`, step: '1' });
  const frozen = h('input', { type: 'checkbox', id: `frozen-${enterprise.Id}` });
  const base = `/admin/v1/enterprises/${enterprise.Id}/clock`;
  const advance = actionButton({ label: 'Advance', request: () => ({ method: 'POST', path: `${base}/advance`, body: { By: by.value.trim() } }), done: refresh });
  const set = actionButton({
    label: 'Set',
    variant: 'secondary',
    request: () => {
      if (!setTo.value) {
        throw new Error('Pick the time to set.');
      }
      return { method: 'PUT', path: base, body: { NowUtc: new Date(setTo.value).toISOString(), Frozen: frozen.checked } };
    },
    done: refresh,
  });
  const real = actionButton({ label: 'Back to real time', variant: 'secondary', request: () => ({ method: 'DELETE', path: base }), done: refresh });
  return h('article', { class: 'card', 'aria-label': `Clock of ${enterprise.Name}`, dataset: { enterprise: enterprise.Id } },
    h('h3', {}, enterprise.Name),
    h('p', {}, 'Now: ', now, ' ', state),
    h('div', { class: 'fields' },
      field('Advance by (ISO 8601, e.g. P1D, PT2H)', by),
      field('Set to (local time)', setTo),
      h('div', { class: 'field' }, h('label', { class: 'check', for: frozen.id }, frozen, 'Frozen'))),
    h('div', { class: 'actions' }, advance, set, real),
    advance.details, set.details, real.details, advance.status, set.status, real.status);
}

function resetCard() {
  const reset = actionButton({
    label: 'Reset the sandbox',
    variant: 'danger',
    confirmText: 'Reset the sandbox? Every change to the demo hotels, applications and integrations is lost.',
    request: () => ({ method: 'POST', path: '/admin/v1/sandbox/reset' }),
    done: (answer) => { output.replaceChildren(json(answer)); },
  });
  const output = h('div');
  return card('Reset',
    h('p', {}, 'Back to the demo hotels and tokens. The event log and the webhook history are kept.'),
    h('div', { class: 'actions' }, reset), reset.details, reset.status, output);
}


