// The editor console: hash routes over the editors' API.
import { h, clear, badge, LANGUAGES, LANGUAGE_NAMES } from './dom.js';
import { call, config, session, signOut, signInWithToken, startOidc, finishOidc, ApiError } from './api.js';
import { wordDiff, changed } from './diff.js';

const main = document.getElementById('main');
const statusLine = document.getElementById('status');
let settings = { signIn: 'none' };

function say(text) { statusLine.textContent = text || ''; }

function problem(e) {
  return h('div', { className: 'alert error', role: 'alert' },
    e instanceof ApiError ? `${e.message} (${e.status}${e.code ? ' ' + e.code : ''})` : String(e.message || e));
}

function screen(title, ...content) {
  clear(main).append(h('h1', {}, title), ...content);
  document.title = title + ' – babeldesk';
  main.focus();
}

const enc = encodeURIComponent;

// ---- sign-in ----

function signInScreen(error) {
  document.getElementById('nav').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('who').textContent = '';
  if (settings.signIn === 'oidc') {
    screen('Sign in', error ? problem(error) : null,
      h('p', {}, 'Editors sign in with the newsroom\'s account (members of the editors group).'),
      h('button', { type: 'button', id: 'oidc-sign-in', onclick: () => startOidc(settings).catch(e => signInScreen(e)) },
        'Sign in'));
    return;
  }
  const token = h('input', { id: 'token', type: 'password', autocomplete: 'current-password', required: true });
  const name = h('input', { id: 'editor-name', type: 'text', autocomplete: 'nickname', required: true, maxlength: 60 });
  const form = h('form', { className: 'panel', id: 'sign-in' },
    h('div', { className: 'field' }, h('label', { for: 'token' }, 'Editor token'), token,
      h('span', { className: 'hint' }, 'The value of BABELDESK_EDITOR_TOKEN that ./babeldesk serve was started with.')),
    h('div', { className: 'field' }, h('label', { for: 'editor-name' }, 'Your name'), name,
      h('span', { className: 'hint' }, 'The history names you as local:<name>.')),
    h('button', { type: 'submit' }, 'Sign in'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      await signInWithToken(token.value.trim(), name.value.trim());
      location.hash = '#/review';
      render();
    } catch (e) {
      signInScreen(e.status === 401 ? new Error('that token is not the editor token') : e);
    }
  });
  screen('Sign in', error ? problem(error) : null,
    settings.signIn === 'none' ? h('div', { className: 'alert warn' },
      'This API has no editor sign-in configured: set BABELDESK_EDITOR_TOKEN before ./babeldesk serve.') : null,
    form);
}

// ---- articles ----

async function articlesScreen() {
  const rows = h('tbody');
  const search = h('input', { id: 'title-search', type: 'search', placeholder: 'Part of a title' });
  const more = h('button', { type: 'button', className: 'secondary', id: 'more-articles', hidden: true }, 'Load more');
  let loaded = [];
  let next = null;
  const draw = () => {
    const q = search.value.trim().toLocaleLowerCase();
    clear(rows);
    for (const a of loaded.filter(a => !q || (a.title || a.id).toLocaleLowerCase().includes(q))) {
      rows.append(h('tr', {},
        h('td', { lang: a.sourceLanguage || null }, h('a', { href: `#/article/${enc(a.id)}` }, a.title || a.id)),
        h('td', {}, a.sourceLanguage || ''),
        h('td', {}, LANGUAGES.map(l => a.languages && a.languages[l]
          ? badge(a.languages[l].status, l) : null)),
        h('td', {}, a.publishedAt ? a.publishedAt.slice(0, 10) : '')));
    }
    more.hidden = !next;
  };
  const load = async () => {
    const r = await call('GET', '/articles?limit=25' + (next ? '&cursor=' + enc(next) : ''));
    loaded = loaded.concat(r.body.items);
    next = r.body.next;
    draw();
  };
  search.addEventListener('input', draw);
  more.addEventListener('click', () => load().catch(e => main.append(problem(e))));
  screen('Articles',
    uploadForm(),
    h('div', { className: 'row' }, h('div', { className: 'field' },
      h('label', { for: 'title-search' }, 'Search titles'), search,
      h('span', { className: 'hint' }, 'Searches the articles loaded so far: load more to search further back.'))),
    h('div', { className: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Title'), h('th', {}, 'Source'), h('th', {}, 'Languages'), h('th', {}, 'Published'))),
      rows)),
    more);
  await load();
}

function uploadForm() {
  const file = h('input', { id: 'upload-file', type: 'file', accept: '.txt,.html,.htm,.md,.markdown,.json' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { className: 'panel', id: 'upload' },
    h('div', { className: 'field' }, h('label', { for: 'upload-file' }, 'Upload an article'), file,
      h('span', { className: 'hint' }, 'Text, HTML, Markdown or a JSON envelope; it is translated like any upload.')),
    h('button', { type: 'submit' }, 'Upload'), out);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clear(out);
    const f = file.files[0];
    if (!f) { out.append(h('div', { className: 'alert error', role: 'alert' }, 'Choose a file first.')); return; }
    try {
      const link = (await call('POST', '/uploads', { body: { fileName: f.name } })).body;
      const put = await fetch(link.url, { method: 'PUT', headers: link.headers, body: f });
      if (!put.ok) throw new Error('the upload was refused (' + put.status + ')');
      out.append(h('div', { className: 'alert ok', role: 'status' }, `Uploaded as ${link.key}. It appears in the list once it is read.`));
    } catch (e) {
      out.append(problem(e));
    }
  });
  return form;
}

async function articleScreen(id) {
  const a = (await call('GET', `/articles/${enc(id)}`)).body;
  const langs = h('tbody');
  for (const l of LANGUAGES) {
    const st = a.languages && a.languages[l];
    if (!st) continue;
    langs.append(h('tr', {},
      h('td', {}, LANGUAGE_NAMES[l] + (l === a.sourceLanguage ? ' (source)' : '')),
      h('td', {}, badge(st.status), st.reason ? h('div', { className: 'hint' }, st.reason) : null),
      h('td', {}, l === a.sourceLanguage ? null : [
        h('a', { href: `#/review/${enc(id)}/${l}` }, 'Review side by side'), ' · ',
        h('a', { href: `#/history/${enc(id)}/${l}` }, 'History')])));
  }
  screen(a.title || a.id,
    h('p', { className: 'hint' }, `${a.id} · source ${a.sourceLanguage || '?'} · version ${(a.version || '').slice(0, 12)}`),
    a.lastUploadError ? h('div', { className: 'alert error' }, 'Last upload refused: ' + (a.lastUploadError.code || '') + ' ' + (a.lastUploadError.message || '')) : null,
    h('div', { className: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Language'), h('th', {}, 'Status'), h('th', {}, 'Open'))), langs)),
    retranslateForm(id, a),
    summaryForm(id),
    await usageTable(id));
}

function retranslateForm(id, a) {
  const boxes = LANGUAGES.filter(l => l !== a.sourceLanguage).map(l =>
    h('label', { className: 'check' }, h('input', { type: 'checkbox', value: l, checked: true }), ' ' + LANGUAGE_NAMES[l]));
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { className: 'panel', id: 'retranslate' }, h('h2', {}, 'Retranslate'),
    h('p', { className: 'hint' }, 'Unchanged paragraphs come from translation memory, editors\' wording first.'),
    h('fieldset', {}, h('legend', {}, 'Languages'), boxes), h('div', { className: 'row' }, h('button', { type: 'submit' }, 'Retranslate')), out);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clear(out);
    const languages = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
    try {
      await call('POST', `/articles/${enc(id)}/retranslate`, { body: { languages } });
      out.append(h('div', { className: 'alert ok', role: 'status' }, 'Queued: ' + languages.join(', ')));
    } catch (e) { out.append(problem(e)); }
  });
  return form;
}

function summaryForm(id) {
  const kind = h('select', { id: 'summary-kind' }, ['headline', 'short', 'medium', 'bullets', 'social'].map(k => h('option', { value: k }, k)));
  const lang = h('select', { id: 'summary-language' }, LANGUAGES.map(l => h('option', { value: l }, LANGUAGE_NAMES[l])));
  const out = h('div', { id: 'summary-result', 'aria-live': 'polite' });
  const form = h('form', { className: 'panel', id: 'summary' }, h('h2', {}, 'Summaries'),
    h('div', { className: 'row' },
      h('div', { className: 'field' }, h('label', { for: 'summary-kind' }, 'Kind'), kind),
      h('div', { className: 'field' }, h('label', { for: 'summary-language' }, 'Language'), lang),
      h('button', { type: 'submit', id: 'request-summary' }, 'Request summary')), out);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clear(out).append(h('p', {}, 'Requested; waiting for the model…'));
    try {
      const r = await call('POST', `/articles/${enc(id)}/summaries`, { body: { kind: kind.value, language: lang.value } });
      let s = r.body;
      for (let i = 0; i < 120 && s.status === 'PENDING'; i++) {
        await new Promise(res => setTimeout(res, 1000));
        s = (await call('GET', `/articles/${enc(id)}/summaries/${enc(s.requestId)}`)).body;
      }
      clear(out);
      if (s.status === 'DONE') {
        out.append(h('p', { className: 'summary-text', lang: s.language }, s.text),
          h('p', { className: 'hint' }, `${s.kind}, ${s.language}, ${s.model || ''}`));
      } else {
        out.append(h('div', { className: 'alert error', role: 'alert' }, `Summary ${s.status}: ${s.error || 'still pending after two minutes'}`));
      }
    } catch (e) { clear(out).append(problem(e)); }
  });
  return form;
}

async function usageTable(id) {
  const u = (await call('GET', `/articles/${enc(id)}/usage`)).body;
  const rows = [];
  for (const [lang, byKind] of Object.entries(u.languages || {})) {
    for (const [what, n] of Object.entries(byKind || {})) {
      rows.push(h('tr', {}, h('td', {}, lang), h('td', {}, what), h('td', {}, n.calls ?? 0),
        h('td', {}, n.inputTokens ?? 0), h('td', {}, n.outputTokens ?? 0)));
    }
  }
  const t = u.total || {};
  return h('section', { className: 'panel', id: 'usage' }, h('h2', {}, 'Usage'),
    h('div', { className: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Language', 'Work', 'Model calls', 'Input tokens', 'Output tokens'].map(x => h('th', {}, x)))),
      h('tbody', {}, rows, h('tr', {}, h('th', {}, 'Total'), h('td', {}), h('td', {}, t.calls ?? 0),
        h('td', {}, t.inputTokens ?? 0), h('td', {}, t.outputTokens ?? 0))))));
}

// ---- review ----

async function reviewScreen() {
  const rows = h('tbody');
  const include = h('input', { type: 'checkbox', id: 'include-done' });
  const more = h('button', { type: 'button', className: 'secondary', hidden: true }, 'Load more');
  let next = null;
  const load = async reset => {
    if (reset) { clear(rows); next = null; }
    const q = '/review?limit=25' + (include.checked ? '&include=done' : '') + (next ? '&cursor=' + enc(next) : '');
    const r = (await call('GET', q)).body;
    for (const it of r.items) {
      rows.append(h('tr', {},
        h('td', {}, h('a', { href: `#/review/${enc(it.articleId)}/${it.language}`, className: 'review-link' },
          it.title || it.articleId)),
        h('td', {}, LANGUAGE_NAMES[it.language] || it.language),
        h('td', {}, badge(it.status)),
        h('td', {}, (it.findings || []).map(f => h('div', {}, h('strong', {}, f.check), ' ',
          f.part === 'block' ? `paragraph ${f.block + 1}` : f.part, ': ', f.reason)),
          !(it.findings || []).length && it.reason ? it.reason : null)));
    }
    if (!rows.firstChild) rows.append(h('tr', {}, h('td', { colspan: 4 }, 'Nothing waits for review.')));
    next = r.next;
    more.hidden = !next;
  };
  include.addEventListener('change', () => load(true).catch(e => main.append(problem(e))));
  more.addEventListener('click', () => load(false).catch(e => main.append(problem(e))));
  screen('Review queue',
    h('div', { className: 'row' }, h('label', { for: 'include-done' }, include, ' Also show finished texts not yet approved')),
    h('div', { className: 'table-wrap' }, h('table', { id: 'review-queue' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Article'), h('th', {}, 'Language'), h('th', {}, 'Status'), h('th', {}, 'Findings'))),
      rows)),
    more);
  await load(true);
}

async function sideBySide(id, lang) {
  const article = (await call('GET', `/articles/${enc(id)}`)).body;
  const src = article.sourceLanguage;
  const [source, target] = await Promise.all([
    call('GET', `/articles/${enc(id)}/${src}`), call('GET', `/articles/${enc(id)}/${lang}`)]);
  let etag = target.headers.get('ETag');
  const t = target.body;
  const s = source.body;
  const findingsFor = (part, block) => (t.findings || []).filter(f => f.part === part && (part !== 'block' || f.block === block));
  const findingList = fs => fs.length ? h('ul', { className: 'findings' }, fs.map(f =>
    h('li', { className: 'sev-' + (f.severity || 'minor') }, h('strong', {}, f.check), ` (${f.by}${f.severity ? ', ' + f.severity : ''}): `, f.reason))) : null;
  const editors = [];
  const pair = (label, sourceText, targetText, part, block) => {
    const fid = part === 'block' ? `block-${block}` : part;
    const area = h('textarea', { id: 'edit-' + fid, lang, rows: Math.min(12, Math.max(2, Math.ceil((targetText || '').length / 55) + 1)) }, targetText || '');
    const fs = findingsFor(part, block);
    editors.push({ part, block, area, original: targetText || '' });
    return [
      h('div', { className: 'pair-source', lang: src }, h('span', { className: 'part-label' }, label), h('p', {}, sourceText || '')),
      h('div', { className: 'pair-target' + (fs.length ? ' flagged' : ''), id: 'pair-' + fid },
        h('label', { for: 'edit-' + fid, className: 'part-label' }, `${label} in ${LANGUAGE_NAMES[lang]}`), area, findingList(fs)),
    ];
  };
  const pairs = h('div', { className: 'pairs' },
    h('div', { className: 'head' }, `${LANGUAGE_NAMES[src]} (source)`), h('div', { className: 'head target-head' }, LANGUAGE_NAMES[lang]),
    pair('Title', s.title, t.title, 'title'),
    (t.blocks || []).map((b, i) => pair(`${b.type === 'paragraph' ? 'Paragraph' : b.type.replace('_', ' ')} ${i + 1}`,
      s.blocks && s.blocks[i] ? s.blocks[i].text : '', b.text, 'block', i)),
    t.summary !== null && t.summary !== undefined ? pair('Summary', s.summary, t.summary, 'summary') : null);
  const out = h('div', { id: 'review-result', 'aria-live': 'polite' });
  const comment = h('input', { id: 'edit-comment', type: 'text', maxlength: 500 });
  const reason = h('input', { id: 'send-back-reason', type: 'text', maxlength: 500 });
  const act = async (what, fn) => {
    clear(out);
    try { await fn(); } catch (e) {
      if (e.status === 412) {
        out.append(h('div', { className: 'alert error', role: 'alert', id: 'conflict' },
          h('p', {}, h('strong', {}, 'Someone changed this text while you were editing it. '), e.message),
          h('p', {}, 'Your changes are still in the boxes: copy what you need, then reload the current text.'),
          h('button', { type: 'button', id: 'reload-current', onclick: () => render() }, 'Reload the current text')));
      } else out.append(problem(e));
    }
  };
  const saveButton = h('button', { type: 'button', id: 'save' }, 'Save');
  saveButton.addEventListener('click', () => act('save', async () => {
    const body = { title: t.title, blocks: (t.blocks || []).map(b => ({ ...b })), summary: t.summary };
    for (const e of editors) {
      if (e.part === 'title') body.title = e.area.value;
      else if (e.part === 'summary') body.summary = e.area.value;
      else body.blocks[e.block].text = e.area.value;
    }
    if (comment.value.trim()) body.comment = comment.value.trim();
    const r = await call('PUT', `/articles/${enc(id)}/${lang}`, { body, headers: { 'If-Match': etag } });
    etag = r.headers.get('ETag');
    Object.assign(t, r.body);
    const sug = r.body.glossarySuggestions || [];
    out.append(h('div', { className: 'alert ok', role: 'status', id: 'saved' }, `Saved (status ${r.body.status.toLowerCase().replace('_', ' ')}).`),
      sug.length ? h('div', { className: 'alert warn' }, 'Glossary suggestions: ', sug.map(g =>
        h('div', {}, `${g.term}: "${g.current}" → "${g.suggested}" `, h('a', { href: '#/glossary' }, 'open the glossary')))) : null);
    for (const e of editors) {
      const pairEl = document.getElementById('pair-' + (e.part === 'block' ? 'block-' + e.block : e.part));
      if (e.area.value !== e.original) {
        pairEl.classList.remove('flagged');
        const list = pairEl.querySelector('.findings');
        if (list) list.remove();
        e.original = e.area.value;
      }
    }
  }));
  const approveButton = h('button', { type: 'button', id: 'approve' }, 'Approve');
  approveButton.addEventListener('click', () => act('approve', async () => {
    const r = await call('POST', `/articles/${enc(id)}/${lang}/approve`, { body: {}, headers: etag ? { 'If-Match': etag } : {} });
    out.append(h('div', { className: 'alert ok', role: 'status', id: 'approved' }, `Approved: readers see this text (status ${r.body.languages?.[lang]?.status || r.body.status || 'APPROVED'}).`));
    etag = (await call('GET', `/articles/${enc(id)}/${lang}`)).headers.get('ETag');
  }));
  const sendBackButton = h('button', { type: 'button', id: 'send-back', className: 'secondary' }, 'Send back');
  sendBackButton.addEventListener('click', () => act('send back', async () => {
    if (!reason.value.trim()) throw new Error('say why it goes back to review');
    await call('POST', `/articles/${enc(id)}/${lang}/send-back`, { body: { reason: reason.value.trim() }, headers: etag ? { 'If-Match': etag } : {} });
    out.append(h('div', { className: 'alert ok', role: 'status' }, 'Sent back to review.'));
    etag = (await call('GET', `/articles/${enc(id)}/${lang}`)).headers.get('ETag');
  }));
  const retranslateButton = h('button', { type: 'button', id: 'retranslate-language', className: 'secondary' }, 'Retranslate ' + LANGUAGE_NAMES[lang]);
  retranslateButton.addEventListener('click', () => act('retranslate', async () => {
    await call('POST', `/articles/${enc(id)}/retranslate`, { body: { languages: [lang] } });
    out.append(h('div', { className: 'alert ok', role: 'status' }, 'Queued for translation again; reload when it is done.'));
  }));
  screen(`${t.title || id} — ${LANGUAGE_NAMES[lang]}`,
    h('p', {}, badge(t.status), t.reason ? ' ' + t.reason : '', ' · ',
      h('a', { href: `#/history/${enc(id)}/${lang}` }, 'History'), ' · ', h('a', { href: `#/article/${enc(id)}` }, 'Article')),
    pairs,
    h('div', { className: 'actions' },
      h('div', { className: 'row' },
        h('div', { className: 'field' }, h('label', { for: 'edit-comment' }, 'Comment for the history (optional)'), comment),
        saveButton, approveButton),
      h('div', { className: 'row' },
        h('div', { className: 'field' }, h('label', { for: 'send-back-reason' }, 'Why it goes back'), reason),
        sendBackButton, retranslateButton),
      out));
  const firstFlagged = main.querySelector('.pair-target.flagged');
  if (firstFlagged) firstFlagged.scrollIntoView({ block: 'center' });
}

// ---- history ----

async function historyScreen(id, lang) {
  const list = (await call('GET', `/articles/${enc(id)}/${lang}/revisions`)).body.items;
  const view = h('section', { id: 'revision-view', 'aria-live': 'polite' });
  const show = async (i) => {
    const r = (await call('GET', `/articles/${enc(id)}/${lang}/revisions/${list[i].number}`)).body;
    const prev = i + 1 < list.length ? (await call('GET', `/articles/${enc(id)}/${lang}/revisions/${list[i + 1].number}`)).body : null;
    clear(view).append(h('h2', {}, `Revision ${r.number}: ${r.action} by ${r.editor || '?'}`),
      h('p', { className: 'hint' }, prev ? `Differences from revision ${prev.number}: added words are marked green, removed ones red.` : 'The first revision.'));
    const parts = [['Title', prev?.title, r.title]];
    (r.blocks || []).forEach((b, k) => parts.push([`Paragraph ${k + 1}`, prev?.blocks?.[k]?.text, b.text]));
    if (r.summary || prev?.summary) parts.push(['Summary', prev?.summary, r.summary]);
    const diffs = h('div', { className: 'diff', lang });
    let unchanged = 0;
    for (const [label, before, after] of parts) {
      const d = prev ? wordDiff(before || '', after || '') : [{ op: 'same', text: after || '' }];
      const differs = !prev || changed(d);
      const p = h('p', { className: differs ? 'changed' : 'unchanged', hidden: !differs },
        h('span', { className: 'part-label' }, label));
      if (!differs) unchanged++;
      for (const piece of d) {
        p.append(piece.op === 'same' ? document.createTextNode(piece.text)
          : h(piece.op === 'add' ? 'ins' : 'del', {}, piece.text));
      }
      diffs.append(p);
    }
    if (prev) {
      const toggle = h('button', { type: 'button', className: 'secondary', 'aria-expanded': 'false' },
        `Show the ${unchanged} unchanged parts too`);
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        for (const p of diffs.querySelectorAll('p.unchanged')) p.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? 'Show only what changed' : `Show the ${unchanged} unchanged parts too`;
      });
      view.append(h('p', {}, parts.length - unchanged === 0 ? 'The text is the same as in the previous revision (its status changed). ' : '', unchanged ? toggle : null));
    }
    view.append(diffs);
  };
  const items = list.map((r, i) => h('li', {},
    h('button', { type: 'button', className: 'secondary', onclick: () => show(i).catch(e => view.append(problem(e))) },
      `#${r.number} ${r.action}`), ` ${r.editor || ''} · ${(r.at || '').replace('T', ' ').slice(0, 19)} · `,
    badge(r.status), r.comment ? ` “${r.comment}”` : ''));
  screen(`History — ${id} (${LANGUAGE_NAMES[lang]})`,
    h('p', {}, h('a', { href: `#/review/${enc(id)}/${lang}` }, 'Back to the side-by-side view')),
    list.length ? h('ol', { className: 'revisions', reversed: true }, items) : h('p', {}, 'No editor has changed this text yet.'),
    view);
  if (list.length) await show(0);
}

// ---- glossary ----

async function glossaryScreen() {
  const items = (await call('GET', '/glossary')).body.items;
  const search = h('input', { id: 'glossary-search', type: 'search' });
  const rows = h('tbody');
  const fields = {};
  const input = (key, label, attrs = {}) => {
    fields[key] = h('input', { id: 'term-' + key, type: 'text', ...attrs });
    return h('div', { className: 'field' }, h('label', { for: 'term-' + key }, label), fields[key]);
  };
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { className: 'panel', id: 'term-form' }, h('h2', {}, 'Add or change a term'),
    h('div', { className: 'row' }, input('term', 'Term', { required: true, maxlength: 100 }), input('kind', 'Kind', { placeholder: 'person, place, organisation', maxlength: 40 })),
    h('div', { className: 'row' }, LANGUAGES.map(l => input(l, LANGUAGE_NAMES[l], { lang: l, maxlength: 200 }))),
    h('button', { type: 'submit', id: 'save-term' }, 'Save term'), out);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clear(out);
    const renderings = {};
    for (const l of LANGUAGES) if (fields[l].value.trim()) renderings[l] = fields[l].value.trim();
    const body = { renderings };
    if (fields.kind.value.trim()) body.kind = fields.kind.value.trim();
    try {
      const term = fields.term.value.trim();
      const existing = items.find(x => x.term.toLowerCase() === term.toLowerCase());
      if (existing && existing.match) body.match = existing.match;
      const r = await call('PUT', `/glossary/${enc(term)}`, { body });
      const i = items.findIndex(x => x.term.toLowerCase() === r.body.term.toLowerCase());
      if (i >= 0) items[i] = r.body; else items.push(r.body);
      items.sort((a, b) => a.term.localeCompare(b.term));
      draw();
      out.append(h('div', { className: 'alert ok', role: 'status', id: 'term-saved' }, `Saved “${r.body.term}”.`));
      form.reset();
    } catch (e) { out.append(problem(e)); }
  });
  const draw = () => {
    const q = search.value.trim().toLocaleLowerCase();
    clear(rows);
    for (const e of items) {
      const text = [e.term, e.kind, ...Object.values(e.renderings || {})].join(' ').toLocaleLowerCase();
      if (q && !text.includes(q)) continue;
      const del = h('button', { type: 'button', className: 'danger' }, 'Delete');
      del.setAttribute('aria-label', 'Delete ' + e.term);
      del.addEventListener('click', async () => {
        if (del.dataset.armed !== 'yes') { del.dataset.armed = 'yes'; del.textContent = 'Confirm delete'; return; }
        try {
          await call('DELETE', `/glossary/${enc(e.term)}`);
          items.splice(items.indexOf(e), 1);
          draw();
          say(`Deleted “${e.term}”.`);
        } catch (err) { main.append(problem(err)); }
      });
      const edit = h('button', { type: 'button', className: 'secondary' }, 'Edit');
      edit.setAttribute('aria-label', 'Edit ' + e.term);
      edit.addEventListener('click', () => {
        fields.term.value = e.term;
        fields.kind.value = e.kind || '';
        for (const l of LANGUAGES) fields[l].value = (e.renderings || {})[l] || '';
        fields.term.focus();
      });
      rows.append(h('tr', {}, h('td', {}, e.term), h('td', {}, e.kind || ''),
        LANGUAGES.map(l => h('td', { lang: l }, (e.renderings || {})[l] || '')), h('td', { className: 'nowrap' }, edit, ' ', del)));
    }
  };
  search.addEventListener('input', draw);
  screen('Glossary',
    form,
    h('div', { className: 'row' }, h('div', { className: 'field' }, h('label', { for: 'glossary-search' }, 'Search terms and renderings'), search)),
    h('div', { className: 'table-wrap' }, h('table', { id: 'glossary' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Term'), h('th', {}, 'Kind'), LANGUAGES.map(l => h('th', {}, LANGUAGE_NAMES[l])), h('th', {}, 'Actions'))),
      rows)));
  draw();
}

// ---- routing ----

async function render() {
  say('');
  const s = session();
  if (!s) { signInScreen(); return; }
  document.getElementById('nav').hidden = false;
  document.getElementById('sign-out').hidden = false;
  document.getElementById('who').textContent = 'Signed in as ' + (s.name || s.who || 'editor');
  const parts = (location.hash.replace(/^#\/?/, '') || 'review').split('/').map(decodeURIComponent);
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.getAttribute('href') === '#/' + parts[0]) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  clear(main).append(h('p', {}, 'Loading…'));
  try {
    switch (parts[0]) {
      case 'articles': await articlesScreen(); break;
      case 'article': await articleScreen(parts[1]); break;
      case 'review': parts[1] ? await sideBySide(parts[1], parts[2]) : await reviewScreen(); break;
      case 'history': await historyScreen(parts[1], parts[2]); break;
      case 'glossary': await glossaryScreen(); break;
      default: screen('Not found', h('p', {}, 'No such screen. '), h('a', { href: '#/review' }, 'Open the review queue'));
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { signInScreen(new Error('your sign-in has expired: sign in again')); return; }
    screen('Something went wrong', problem(e));
  }
}

document.getElementById('sign-out').addEventListener('click', () => { signOut(); render(); });
// the skip link moves focus to the content without touching the hash the screens live in
document.querySelector('.skip').addEventListener('click', ev => { ev.preventDefault(); main.focus(); });
window.addEventListener('hashchange', render);

(async () => {
  try {
    settings = await config();
    if (settings.signIn === 'oidc') await finishOidc(settings);
  } catch (e) {
    signInScreen(e);
    return;
  }
  render();
})();
