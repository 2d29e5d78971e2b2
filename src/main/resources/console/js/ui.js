// Small building blocks for the pages: elements made without innerHTML (so no server text is ever parsed as markup),
// buttons that make one admin API call and show its curl, tables, copy buttons.

import { call, curl } from './api.js';

let idCounter = 0;

/** A new element: h('button', {class: 'small', onclick}, 'Copy'). Attributes starting with "on" are listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes ?? {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === undefined || child === null || child === false) {
      return;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled control: field('Enterprise', h('select', ...)). The label is tied to the control by id. */
export function field(labelText, control, hint) {
  if (!control.id) {
    control.id = uniqueId('field');
  }
  const wrapper = h('div', { class: 'field' }, h('label', { for: control.id }, labelText), control);
  if (hint) {
    const hintId = uniqueId('hint');
    control.setAttribute('aria-describedby', hintId);
    wrapper.append(h('div', { class: 'muted', id: hintId }, hint));
  }
  return wrapper;
}

export function select(options, attributes = {}) {
  return h('select', attributes, options.map(([value, text]) => h('option', { value }, text)));
}

/** Copies text to the clipboard; falls back to a selected text area where the Clipboard API is not allowed. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the old way
    }
  }
  const area = h('textarea', { 'aria-hidden': 'true', style: 'position:fixed;left:-9999px' });
  area.value = text;
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

export function copyButton(text, label = 'Copy') {
  const button = h('button', { type: 'button', class: 'small secondary', 'aria-label': `${label}: ${shorten(text)}` }, 'Copy');
  button.addEventListener('click', async () => {
    const copied = await copyText(typeof text === 'function' ? text() : text);
    button.textContent = copied ? 'Copied' : 'Copy failed';
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  });
  return button;
}

function shorten(text) {
  const value = typeof text === 'function' ? 'command' : String(text);
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** A curl command with its copy button. */
export function curlBox(command) {
  return h('div', { class: 'curl' }, h('code', {}, command), copyButton(command, 'Copy curl'));
}

/**
 * A button that makes one admin API call, with the same call as curl beside it (updated from the form as it
 * changes). {@code request} answers {method, path, body}; it may throw an Error whose message is shown instead.
 * {@code done} receives the answer; {@code confirmText} asks first.
 */
export function actionButton({ label, request, done, confirmText, variant = '', output }) {
  const status = output ?? h('div', { role: 'status', class: 'action-status' });
  const command = h('code', {});
  const details = h('details', { class: 'curl-of' }, h('summary', {}, `curl: ${label}`),
    h('div', { class: 'curl' }, command, copyButton(() => command.textContent, 'Copy curl')));
  const refresh = () => {
    try {
      const { method, path, body } = request();
      command.textContent = curl(method, path, body);
    } catch (error) {
      command.textContent = `# ${error.message}`;
    }
  };
  details.addEventListener('toggle', refresh);
  const button = h('button', { type: 'button', class: variant }, label);
  button.addEventListener('click', async () => {
    let spec;
    try {
      spec = request();
    } catch (error) {
      show(status, 'error', error.message);
      return;
    }
    if (confirmText && !window.confirm(confirmText)) {
      return;
    }
    button.disabled = true;
    show(status, '', `${label}…`);
    try {
      const answer = await call(spec.method, spec.path, spec.body);
      show(status, 'ok', `${label}: done.`);
      if (done) {
        await done(answer);
      }
    } catch (error) {
      show(status, 'error', `${label} failed${error.status ? ` (${error.status})` : ''}: ${error.message}`);
    } finally {
      button.disabled = false;
      refresh();
    }
  });
  refresh();
  const group = h('span', { class: 'action' }, button);
  group.details = details;
  group.status = status;
  group.button = button;
  return group;
}

/** Shows a message in a status region (kind '', 'ok' or 'error'). */
export function show(region, kind, message) {
  region.replaceChildren(message ? h('div', { class: `notice ${kind}` }, message) : '');
}

/** A table: columns are [heading, row => cell content]; {@code onOpen} makes rows open (click or Enter). */
export function table(columns, rows, { onOpen, caption, empty = 'Nothing to show.', rowId } = {}) {
  if (!rows.length) {
    return h('p', { class: 'muted' }, empty);
  }
  const body = h('tbody');
  rows.forEach((row) => body.append(tableRow(columns, row, onOpen, rowId)));
  const captionElement = caption ? h('caption', { class: 'muted', style: 'text-align:left' }, caption) : null;
  const element = h('table', {}, captionElement,
    h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', { scope: 'col' }, heading)))), body);
  return h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption ?? 'Table' }, element);
}

export function tableRow(columns, row, onOpen, rowId) {
  const tr = h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(row))));
  if (rowId) {
    tr.dataset.id = rowId(row);
  }
  if (onOpen) {
    tr.classList.add('clickable');
    tr.tabIndex = 0;
    tr.addEventListener('click', () => onOpen(row, tr));
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onOpen(row, tr);
      }
    });
  }
  return tr;
}

export function badge(text) {
  return h('span', { class: `badge ${text ?? ''}` }, text ?? '—');
}

/** A definition list of [name, value] pairs. */
export function keyValues(pairs) {
  return h('dl', { class: 'kv' }, pairs.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value ?? '—')]));
}

export function time(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return h('time', { datetime: iso, title: iso }, date.toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }));
}

export function shortId(id) {
  return id ? h('span', { class: 'mono', title: id }, `${String(id).slice(0, 8)}…`) : '—';
}

export function json(value) {
  return h('pre', {}, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

export function card(title, ...children) {
  return h('section', { class: 'card', 'aria-label': title }, title ? h('h2', {}, title) : null, ...children);
}

export function errorNotice(error) {
  return h('div', { class: 'notice error', role: 'alert' }, error.message ?? String(error));
}
