// Builds elements; strings become text nodes, so article text is never parsed as HTML.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'className') el.className = v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const LANGUAGES = ['en', 'ru', 'hy', 'az'];
export const LANGUAGE_NAMES = { en: 'English', ru: 'Russian', hy: 'Armenian', az: 'Azerbaijani' };

export function badge(status, label) {
  return h('span', { className: 'badge st-' + status }, label ? label + ' ' : '', status.replace('_', ' ').toLowerCase());
}
