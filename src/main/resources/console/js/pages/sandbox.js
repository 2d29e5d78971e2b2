// Sandbox: run triggers in a demo hotel, add and remove fault rules, move each enterprise's clock, reset the data.

import { call } from '../api.js';
import { actionButton, badge, card, errorNotice, field, h, json, select, table } from '../ui.js';

export const title = 'Sandbox';

const FAULT_EXAMPLE = {
  Target: 'Webhook',
  Fail: { Status: 500 },
  Times: 3,
};

export async function render(container) {
  container.append(h('h1', {}, title));
  const enterprises = (await call('GET', '/admin/v1/enterprises')).Enterprises;
  const triggers = h('div', { id: 'sandbox-triggers' });
  const faults = h('div', { id: 'sandbox-faults' });
  const clocks = h('div', { id: 'sandbox-clocks' });
  container.append(triggers, faults, clocks, resetCard());
  await Promise.all([
    fill(triggers, () => triggersCard(enterprises)),
    fill(faults, () => faultsCard(() => fill(faults, () => faultsCard()))),
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
      return { method: 'POST', path: '/admin/v1/sandbox/triggers', body };
    },
    done: (answer) => {
      const since = new Date(Date.now() - 60000).toISOString();
      result.replaceChildren(h('div', { class: 'notice ok' },
        h('p', {}, `${answer.Trigger} ran in ${enterprises.find((e) => e.Id === answer.EnterpriseId)?.Name ?? answer.EnterpriseId}.`),
        table([['Entity', (e) => e.Type], ['Id', (e) => h('code', {}, e.Id)]], answer.Entities ?? [], { caption: 'Entities it touched', empty: 'No entity.' }),
        table([['Event', (e) => e.Discriminator], ['Id', (e) => h('code', {}, e.Id)]], answer.Events ?? [], { caption: 'Events it wrote', empty: 'No event.' }),
        h('p', {}, h('a', { href: `#/deliveries` , dataset: { since } }, 'See the deliveries it caused'), ' · ', h('a', { href: '#/live' }, 'Watch Live'))));
    },
  });
  return card('Triggers',
    h('p', { class: 'muted' }, 'A trigger runs the domain code in a hotel as a guest or the staff would, so its events, webhooks and WebSocket pushes follow.'),
    h('div', { class: 'fields' }, field('Trigger', trigger), field('Enterprise', enterprise)),
    about,
    field('Overrides (JSON, optional)', overrides, 'Values the trigger uses instead of its own.'),
    h('div', { class: 'actions' }, run), run.details, run.status, result);
}

async function faultsCard(reload) {
  const again = reload ?? (() => {});
  const { FaultRules: rules } = await call('GET', '/admin/v1/sandbox/faults');
  const rule = h('textarea', { name: 'fault-rule', rows: '6' });
  rule.value = JSON.stringify(FAULT_EXAMPLE, null, 2);
  const add = actionButton({
    label: 'Add fault rule',
    request: () => {
      let body;
      try {
        body = JSON.parse(rule.value);
      } catch {
        throw new Error('The fault rule must be a JSON object.');
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
  return card('Fault rules',
    h('p', { class: 'muted' }, 'Rules make API operations, webhook deliveries or WebSockets fail on purpose, until they are used up or removed.'),
    table([
      ['Rule', ({ rule: r }) => h('code', {}, summary(r))],
      ['Left', ({ rule: r }) => (r.Remaining ?? r.Times ?? '∞')],
      ['', ({ remove }) => [remove, remove.status]],
    ], rows, { caption: 'Active fault rules', empty: 'No fault rule is active.', rowId: ({ rule: r }) => r.Id }),
    field('New fault rule (JSON)', rule),
    h('div', { class: 'actions' }, add), add.details, add.status);
}

function summary(rule) {
  const { Id, ...rest } = rule;
  return JSON.stringify(rest);
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


