// The teacher console: sign in, choose a scene, run the live session, look at the saved work.
// Screens follow the address's fragment (#/, #/live/ID, #/saved/ID), so a reload or the back
// button lands where the teacher was. A console opened at its plain address (a second tab, a
// bookmark, the projector's browser restarted) goes straight to the teacher's running session,
// if there is one. Everything shown is rendered from `app` again after each change, including a
// change of language.

import { initialLanguage, language, onLanguageChange, pick, setLanguage, t } from './i18n.js';
import { listOf, problemText, request, setCsrf } from './api.js';
import { LiveLink } from './live.js';
import { apply, fromWelcome } from './session.js';
import { drawPlan } from './plan.js';
import { showPictures } from './pictures.js';

const $ = (id) => document.getElementById(id);
const SCREENS = ['sign-in', 'picker', 'live', 'work'];
const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const app = {
  me: null,
  screen: null,
  scenes: [],
  sessions: [],
  chosen: null,
  sceneInfo: new Map(),
  live: null,
  work: null,
  signInError: null,
  waitTimer: null,
  // True until the first screen after signing in is shown: only then does #/ mean "where I was".
  arriving: false,
  pupilsLanguageChosen: false,
};

setLanguage(initialLanguage(), false);
wire();
renderAll();
boot();

function wire() {
  document.querySelectorAll('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  });
  onLanguageChange(renderAll);
  // A new session's pupils' language is the console's own, until the teacher picks one in the form.
  $('session-language').addEventListener('change', () => { app.pupilsLanguageChosen = true; });
  onLanguageChange((lang) => {
    if (!app.pupilsLanguageChosen) {
      $('session-language').value = lang;
    }
  });
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  $('start-form').addEventListener('submit', startSession);
  $('pause-toggle').addEventListener('click', () => command({ type: app.live?.session?.paused ? 'resume' : 'pause' }));
  $('release').addEventListener('click', () => command({ type: 'release' }));
  $('lock-toggle').addEventListener('click', () =>
    command({ type: app.live?.session?.joiningLocked ? 'unlock-joining' : 'lock-joining' }));
  $('end-session').addEventListener('click', endSession);
  $('work-back').addEventListener('click', () => go('#/'));
  $('delete-work').addEventListener('click', deleteWork);
  $('dialog-input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      $('dialog').close('ok');
    }
  });
  window.addEventListener('hashchange', route);
}

async function boot() {
  const me = await call('GET', '/api/me');
  if (me.ok && me.data) {
    signedIn(me.data);
  } else {
    showSignIn();
  }
}

// ---- HTTP, notices and screens

async function call(method, path, body) {
  try {
    const result = await request(method, path, body);
    if (result.status === 401 && app.me && path !== '/api/login') {
      signedOut(t('error.signedOut'));
    }
    return result;
  } catch (e) {
    notice(t('error.network'));
    return { status: 0, ok: false, data: null, headers: new Headers() };
  }
}

function notice(text) {
  const el = $('notice');
  el.textContent = text || '';
  el.hidden = !text;
}

function showScreen(name) {
  if (app.screen !== name) {
    notice('');
  }
  app.screen = name;
  for (const screen of SCREENS) {
    $(`screen-${screen}`).hidden = screen !== name;
  }
  document.body.dataset.screen = name;
  const heading = $(`screen-${name}`).querySelector('h1');
  if (heading && !document.activeElement?.closest?.(`#screen-${name}`)) {
    heading.focus({ preventScroll: true });
  }
}

function go(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function route() {
  if (!app.me) {
    showSignIn();
    return;
  }
  const [, screen, id] = (location.hash || '#/').split('/');
  const arriving = app.arriving;
  app.arriving = false;
  if (screen === 'live' && id) {
    showLive(decodeURIComponent(id));
  } else if (screen === 'saved' && id) {
    showWork(decodeURIComponent(id));
  } else if (arriving) {
    resumeOrPick();
  } else {
    showPicker();
  }
}

/** The running session, if the teacher has one (the latest started), else the scene picker. */
async function resumeOrPick() {
  const sessions = await call('GET', '/api/sessions');
  const running = openSessions(listOf(sessions.data, 'sessions'));
  const stillHome = (location.hash || '#/') === '#/';
  if (!app.me || !stillHome) {
    return; // signed out, or gone elsewhere while the list was on its way: that screen is shown
  }
  if (running.length) {
    history.replaceState(null, '', `#/live/${encodeURIComponent(running[0].id)}`);
    route();
  } else {
    showPicker();
  }
}

/** The open sessions among {@code sessions}, the latest started first. */
function openSessions(sessions) {
  return sessions.filter(isOpen)
    .sort((a, b) => String(b.openedAt || '').localeCompare(String(a.openedAt || '')));
}

function isOpen(session) {
  return typeof session.open === 'boolean' ? session.open : session.status !== 'ended';
}

function renderAll() {
  document.querySelectorAll('[data-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
  });
  renderWho();
  renderSignInError();
  if (app.screen === 'picker') {
    renderPicker();
  } else if (app.screen === 'live') {
    renderLive();
  } else if (app.screen === 'work') {
    renderWork();
  }
}

// ---- signing in and out

function showSignIn() {
  stopLive();
  showScreen('sign-in');
  renderWho();
  $('sign-in-name').focus();
}

async function signIn(event) {
  event.preventDefault();
  const name = $('sign-in-name').value.trim();
  const password = $('sign-in-password').value;
  if (!name || !password) {
    return;
  }
  $('sign-in-submit').disabled = true;
  const result = await call('POST', '/api/login', { name, password });
  $('sign-in-submit').disabled = false;
  if (result.ok && result.data) {
    $('sign-in-password').value = '';
    app.signInError = null;
    renderSignInError();
    signedIn(result.data);
  } else if (result.status === 429) {
    waitBeforeRetry(Number.parseInt(result.headers.get('Retry-After'), 10) || 60);
  } else if (result.status === 401) {
    app.signInError = { key: 'signIn.wrong' };
    renderSignInError();
    $('sign-in-password').select();
  } else if (result.status !== 0) {
    app.signInError = { key: 'error.generic', vars: { message: problemText(result) } };
    renderSignInError();
  }
}

function waitBeforeRetry(seconds) {
  clearInterval(app.waitTimer);
  let left = seconds;
  const tick = () => {
    app.signInError = left > 0 ? { key: 'signIn.wait', vars: { seconds: left } } : null;
    $('sign-in-submit').disabled = left > 0;
    renderSignInError();
    if (left-- <= 0) {
      clearInterval(app.waitTimer);
    }
  };
  tick();
  app.waitTimer = setInterval(tick, 1000);
}

function renderSignInError() {
  const el = $('sign-in-error');
  el.hidden = !app.signInError;
  el.textContent = app.signInError ? t(app.signInError.key, app.signInError.vars) : '';
}

function signedIn(me) {
  app.me = { id: me.id, name: me.name };
  setCsrf(me.csrf);
  renderWho();
  app.arriving = true;
  route();
}

function signedOut(message) {
  app.me = null;
  setCsrf(null);
  showSignIn();
  notice(message);
}

async function signOut() {
  await call('POST', '/api/logout');
  signedOut('');
}

function renderWho() {
  $('who').textContent = app.me ? t('app.signedInAs', { name: app.me.name }) : '';
  $('sign-out').hidden = !app.me;
}

// ---- choosing a scene and starting

async function showPicker() {
  stopLive();
  showScreen('picker');
  const [scenes, sessions] = await Promise.all([call('GET', '/api/scenes'), call('GET', '/api/sessions')]);
  app.scenes = listOf(scenes.data, 'scenes');
  app.sessions = listOf(sessions.data, 'sessions');
  if (!app.chosen || !app.scenes.some((s) => s.id === app.chosen)) {
    app.chosen = app.scenes.length ? app.scenes[0].id : null;
  }
  $('session-language').value = language();
  app.pupilsLanguageChosen = false;
  renderPicker();
}

function renderPicker() {
  const list = $('scene-list');
  list.replaceChildren();
  if (!app.scenes.length) {
    list.append(el('li', { class: 'empty' }, t('picker.none')));
  }
  for (const scene of app.scenes) {
    const chosen = scene.id === app.chosen;
    const card = el('button', {
      type: 'button', class: 'scene-card', 'data-test': 'scene-card', 'data-scene': scene.id,
      'aria-pressed': String(chosen),
    });
    if (scene.thumbnail?.href) {
      card.append(el('img', { src: scene.thumbnail.href, alt: '', width: '320', height: '180', loading: 'lazy' }));
    }
    card.append(
      el('span', { class: 'scene-title' }, pick(scene.title)),
      el('span', { class: 'scene-kind' }, label(`picker.kind.${scene.kind}`, scene.kind || '')),
      el('span', { class: 'scene-summary' }, pick(scene.summary)));
    card.addEventListener('click', () => {
      app.chosen = scene.id;
      renderPicker();
      $('preset-select').focus();
    });
    list.append(el('li', {}, card));
  }
  const chosen = app.scenes.find((s) => s.id === app.chosen);
  $('chosen-scene').textContent = chosen ? pick(chosen.title) : '';
  renderPresets();
  renderRunning();
  renderEarlier();
}

/** A running session is offered first, above the scenes: the teacher may have come here by mistake. */
function renderRunning() {
  const box = $('running');
  const running = openSessions(app.sessions);
  box.hidden = running.length === 0;
  box.replaceChildren(...running.slice(0, 3).map((session) => {
    const scene = app.scenes.find((s) => s.id === session.scene);
    const back = el('button', { type: 'button', class: 'primary', 'data-test': 'running-resume' }, t('earlier.resume'));
    back.addEventListener('click', () => go(`#/live/${encodeURIComponent(session.id)}`));
    return el('div', { class: 'running-session', 'data-session': session.id },
      el('p', {}, t('picker.running', { scene: scene ? pick(scene.title) : session.scene, code: session.code })), back);
  }));
}

function renderPresets() {
  const select = $('preset-select');
  const before = select.value;
  const scene = app.scenes.find((s) => s.id === app.chosen);
  select.replaceChildren();
  for (const preset of scene?.presets || []) {
    select.append(el('option', { value: preset.id }, presetName(preset.id)));
  }
  if ([...select.options].some((o) => o.value === before)) {
    select.value = before;
  }
  $('start-session').disabled = !scene;
}

function presetName(id) {
  return label(`preset.${id}`, id);
}

function renderEarlier() {
  const list = $('earlier-list');
  list.replaceChildren();
  if (!app.sessions.length) {
    list.append(el('li', { class: 'empty' }, t('earlier.none')));
  }
  for (const session of app.sessions) {
    const open = isOpen(session);
    const scene = app.scenes.find((s) => s.id === session.scene);
    const item = el('li', { 'data-test': 'earlier-session', 'data-session': session.id });
    const when = formatTime(session.openedAt || session.createdAt || session.startedAt || session.at);
    item.append(el('span', { class: 'earlier-what' },
      [scene ? pick(scene.title) : session.scene, session.code, when].filter(Boolean).join(' · ')));
    item.append(el('span', { class: `badge ${open ? 'on' : 'off'}` }, t(open ? 'earlier.open' : 'earlier.ended')));
    if (open) {
      const resume = el('button', { type: 'button', 'data-test': 'resume-session' }, t('earlier.resume'));
      resume.addEventListener('click', () => go(`#/live/${encodeURIComponent(session.id)}`));
      item.append(resume);
    }
    const work = el('button', { type: 'button', 'data-test': 'open-work' }, t('earlier.work'));
    work.addEventListener('click', () => go(`#/saved/${encodeURIComponent(session.id)}`));
    item.append(work);
    list.append(item);
  }
}

async function startSession(event) {
  event.preventDefault();
  if (!app.chosen) {
    notice(t('picker.chooseFirst'));
    return;
  }
  $('start-session').disabled = true;
  const result = await call('POST', '/api/sessions',
    { scene: app.chosen, preset: $('preset-select').value, language: $('session-language').value });
  $('start-session').disabled = false;
  if (result.ok && result.data?.id) {
    go(`#/live/${encodeURIComponent(result.data.id)}`);
  } else if (result.status !== 0 && result.status !== 401) {
    notice(t('error.generic', { message: problemText(result) }));
  }
}

// ---- what the console knows of a scene: points of interest, and the palette of a plan

function sceneInfo(sceneId) {
  if (!app.sceneInfo.has(sceneId)) {
    app.sceneInfo.set(sceneId, loadSceneInfo(sceneId));
  }
  return app.sceneInfo.get(sceneId);
}

async function loadSceneInfo(sceneId) {
  const id = encodeURIComponent(sceneId);
  const detail = await call('GET', `/api/scenes/${id}`);
  if (!detail.ok || !detail.data) {
    app.sceneInfo.delete(sceneId);
    return { detail: null, palette: null };
  }
  let palette = null;
  let yard = null;
  if (detail.data.kind === 'planning') {
    // The yard from above (the ground, the court, the school), drawn by the server.
    const drawn = await call('GET', `/api/scenes/${id}/yard`);
    yard = drawn.ok ? drawn.data : null;
    // The catalogue does not list the palette; the scene's own scene.json (first in every
    // manifest) has it.
    const manifest = await call('GET', `/api/scenes/${id}/manifest?tier=low`);
    const file = (manifest.data?.assets || []).find((a) => a.path === 'scene.json');
    if (file) {
      const scene = await call('GET', `/assets/${file.sha256}`);
      palette = scene.data?.palette || null;
    }
  }
  return { detail: detail.data, palette, yard };
}

// ---- the live session

function showLive(sessionId) {
  showScreen('live');
  if (app.live?.sessionId === sessionId) {
    renderLive();
    return;
  }
  stopLive();
  const live = { sessionId, session: null, info: null, linkState: 'connecting', refused: null };
  app.live = live;
  renderLive();
  live.link = new LiveLink(sessionId, {
    welcome: (msg) => {
      live.session = fromWelcome(msg.session);
      sceneInfo(live.session.scene).then((info) => {
        live.info = info;
        renderLive();
      });
      renderLive();
      if (live.session.status === 'ended') {
        finished(live);
      }
    },
    event: (msg) => {
      if (!live.session) {
        return;
      }
      apply(live.session, msg);
      renderLive();
      if (msg.type === 'session-ended') {
        finished(live);
      }
    },
    state: (name) => {
      live.linkState = name;
      // While the link is down nobody knows who is connected (the roster says so), and no
      // command could be sent: the buttons wait for the link.
      if (live.session && app.live === live && app.screen === 'live') {
        renderLive();
      } else {
        renderLinkState();
      }
    },
    // The server closed the link because the session ended (its last event may not have come).
    ended: () => finished(live),
    refused: (error) => {
      if (error.code === 'not-signed-in') {
        signedOut(t('error.signedOut'));
      } else if (error.code === 'unknown-session') {
        // No open session by that id: it has ended, and its saved work is what is left.
        finished(live);
      } else {
        notice(t('link.refused', { message: error.message || error.code }));
      }
    },
  }).start();
}

function finished(live) {
  live.link.stop();
  if (app.live === live) {
    app.live = null;
    go(`#/saved/${encodeURIComponent(live.sessionId)}`);
  }
}

function stopLive() {
  if (app.live) {
    app.live.link?.stop();
    app.live = null;
  }
  $('join-code').textContent = '';
}

function command(cmd) {
  if (!app.live?.link) {
    return Promise.resolve(null);
  }
  return app.live.link.send(cmd).catch((error) => {
    notice(t('error.generic', { message: error.message || error.code }));
    return null;
  });
}

async function endSession() {
  if (await ask({ text: t('live.endConfirm'), confirm: t('live.end') })) {
    command({ type: 'end-session' });
  }
}

function renderLive() {
  const live = app.live;
  if (!live || app.screen !== 'live') {
    return;
  }
  const s = live.session;
  renderWhat();
  $('join-code').textContent = s ? s.code : '';
  $('join-code').classList.toggle('locked', Boolean(s?.joiningLocked));
  showPictures($('join-pictures'), s ? s.pictures : [], language());
  const ready = canCommand();
  for (const id of ['pause-toggle', 'release', 'lock-toggle', 'end-session']) {
    $(id).disabled = !ready;
  }
  $('pause-toggle').textContent = t(s?.paused ? 'live.resume' : 'live.pause');
  $('pause-toggle').setAttribute('aria-pressed', String(Boolean(s?.paused)));
  $('lock-toggle').textContent = t(s?.joiningLocked ? 'live.unlock' : 'live.lock');
  $('lock-toggle').setAttribute('aria-pressed', String(Boolean(s?.joiningLocked)));
  $('release').disabled = !ready || !s.focus;
  renderStatus();
  renderLinkState();
  renderRoster();
  renderPoints();
  renderPlan();
  renderLiveNotes();
}

/** What is running: the scene's title, its preset and the pupils' language. */
function renderWhat() {
  const s = app.live.session;
  const scene = s ? app.scenes.find((x) => x.id === s.scene) || app.live.info?.detail : null;
  $('live-title').textContent = s ? (scene ? pick(scene.title) : s.scene) : t('common.loading');
  $('live-what').textContent = s ? t('live.what', {
    preset: presetName(s.preset), language: label(`lang.${s.language}`, s.language || ''),
  }) : '';
}

function renderStatus() {
  const s = app.live.session;
  if (!s) {
    $('live-status').textContent = '';
    return;
  }
  const parts = [];
  if (s.paused) {
    parts.push(t('live.statusPaused'));
  }
  parts.push(s.focus ? t('live.statusFocus', { title: poiTitle(s.focus) }) : t('live.statusFree'));
  parts.push(t(s.joiningLocked ? 'live.statusLocked' : 'live.statusOpen'));
  $('live-status').textContent = parts.join(' · ');
}

function renderLinkState() {
  const live = app.live;
  if (!live || app.screen !== 'live') {
    return;
  }
  const key = { connecting: 'link.connecting', live: 'link.live', reconnecting: 'link.reconnecting' }[live.linkState];
  $('link-state').textContent = key ? t(key) : '';
  $('link-state').dataset.state = live.linkState;
}

function renderRoster() {
  const pupils = app.live.session?.pupils || [];
  const list = $('roster');
  const rows = new Map([...list.children].map((row) => [row.dataset.pupilId, row]));
  pupils.forEach((pupil, index) => {
    const row = rows.get(pupil.id) || pupilRow(pupil.id);
    rows.delete(pupil.id);
    updatePupilRow(row, pupil);
    if (list.children[index] !== row) {
      list.insertBefore(row, list.children[index] || null);
    }
  });
  rows.forEach((row) => row.remove());
  $('roster-empty').hidden = pupils.length > 0;
  const on = pupils.filter((p) => p.connected).length;
  $('roster-count').textContent = !pupils.length ? ''
    : t(linkKnows() ? 'live.count' : 'live.countUnknown', { on, all: pupils.length });
}

/** Whether the console's own link is up, so that the roster's connected badges are true now. */
function linkKnows() {
  return app.live?.linkState === 'live';
}

/** Whether a command can be sent now: the session is open and the link is up. */
function canCommand() {
  const s = app.live?.session;
  return Boolean(s) && s.status !== 'ended' && linkKnows();
}

function pupilRow(pupilId) {
  const row = el('li', { class: 'pupil', 'data-test': 'pupil', 'data-pupil-id': pupilId });
  const rename = el('button', { type: 'button', class: 'quiet', 'data-test': 'rename-pupil' });
  const remove = el('button', { type: 'button', class: 'quiet', 'data-test': 'remove-pupil' });
  row.append(
    el('span', { class: 'pupil-name', 'data-test': 'pupil-name' }),
    el('span', { class: 'badge', 'data-test': 'pupil-connection' }),
    el('span', { class: 'pupil-progress' },
      el('progress', { max: '100', 'data-test': 'pupil-progress-bar' }),
      el('span', { class: 'percent', 'data-test': 'pupil-progress' })),
    el('span', { class: 'pupil-actions' }, rename, remove));
  rename.addEventListener('click', () => renamePupil(pupilId));
  remove.addEventListener('click', () => removePupil(pupilId));
  return row;
}

function updatePupilRow(row, pupil) {
  const percent = Math.round(Math.max(0, Math.min(1, pupil.progress || 0)) * 100);
  const connection = !linkKnows() ? 'unknown' : pupil.connected ? 'connected' : 'disconnected';
  row.dataset.connected = String(pupil.connected);
  row.dataset.connection = connection;
  row.dataset.ready = String(percent >= 100);
  row.querySelector('.pupil-name').textContent = pupil.nickname;
  const badge = row.querySelector('.badge');
  badge.textContent = t({ unknown: 'live.unknown', connected: 'live.connected', disconnected: 'live.disconnected' }[connection]);
  badge.className = `badge ${{ unknown: 'unknown', connected: 'on', disconnected: 'off' }[connection]}`;
  const bar = row.querySelector('progress');
  bar.value = percent;
  bar.setAttribute('aria-label', `${t('live.loading')}: ${pupil.nickname}`);
  row.querySelector('.percent').textContent = `${percent} %`;
  const [rename, remove] = row.querySelectorAll('.pupil-actions button');
  rename.textContent = t('live.rename');
  rename.setAttribute('aria-label', t('live.renameOf', { name: pupil.nickname }));
  remove.textContent = t('live.remove');
  remove.setAttribute('aria-label', t('live.removeOf', { name: pupil.nickname }));
  rename.disabled = !canCommand();
  remove.disabled = !canCommand();
}

function pupilById(pupilId) {
  return app.live?.session?.pupils.find((p) => p.id === pupilId);
}

async function renamePupil(pupilId) {
  const pupil = pupilById(pupilId);
  if (!pupil) {
    return;
  }
  const nickname = await ask({ text: t('live.renameTitle', { name: pupil.nickname }), value: pupil.nickname,
    confirm: t('live.rename') });
  if (nickname && nickname !== pupil.nickname) {
    command({ type: 'rename-pupil', pupilId, nickname });
  }
}

async function removePupil(pupilId) {
  const pupil = pupilById(pupilId);
  if (pupil && await ask({ text: t('live.removeConfirm', { name: pupil.nickname }), confirm: t('live.remove') })) {
    command({ type: 'remove-pupil', pupilId });
  }
}

function poiTitle(poiId) {
  const poi = (app.live?.info?.detail?.pointsOfInterest || []).find((p) => p.id === poiId);
  return poi ? pick(poi.title) : poiId;
}

function renderPoints() {
  const list = $('points');
  const s = app.live.session;
  const points = app.live.info?.detail?.pointsOfInterest;
  const focused = document.activeElement?.dataset?.poi;
  list.replaceChildren();
  if (!points) {
    list.append(el('li', { class: 'empty' }, t('common.loading')));
    return;
  }
  for (const poi of points) {
    const here = s?.focus === poi.id;
    const title = pick(poi.title);
    const button = el('button', {
      type: 'button', 'data-test': 'go-to', 'data-poi': poi.id, 'aria-label': t('live.goToOf', { title }),
    }, t('live.goTo'));
    button.disabled = !canCommand();
    button.addEventListener('click', () => command({ type: 'go-to', poi: poi.id }));
    const name = el('span', { class: 'poi-name' }, el('span', { class: 'poi-title' }, title));
    const item = el('li', { class: here ? 'poi here' : 'poi', 'data-test': 'poi', 'data-poi': poi.id }, name, button);
    if (here) {
      item.setAttribute('aria-current', 'location');
      name.append(el('span', { class: 'badge on' }, t('live.here')));
    }
    list.append(item);
    if (focused === poi.id) {
      button.focus();
    }
  }
}

function renderPlan() {
  const palette = app.live.info?.palette;
  $('plan-panel').hidden = !palette;
  if (!palette || !app.live.session) {
    return;
  }
  drawPlan($('plan'), palette, app.live.session.objects, app.live.info.yard);
  $('plan-empty').hidden = app.live.session.objects.length > 0;
}

function renderLiveNotes() {
  const s = app.live.session;
  const notes = s?.notes || [];
  const names = new Map((s?.pupils || []).map((p) => [p.id, p.nickname]));
  $('live-notes-empty').hidden = notes.length > 0;
  $('live-notes').replaceChildren(...notes.slice().reverse().map((note) =>
    noteItem(note, names, 'live-note')));
}

function noteItem(note, names, test) {
  return el('li', { 'data-test': test, 'data-note-id': note.noteId || note.id || '' },
    el('span', { class: 'note-who' }, note.nickname || names.get(note.pupilId) || t('work.unknownPupil')),
    el('span', { class: 'note-text' }, note.text),
    el('time', { datetime: note.at || '' }, formatTime(note.at)));
}

// ---- saved work

async function showWork(sessionId) {
  stopLive();
  showScreen('work');
  app.work = { sessionId, data: null };
  renderWork();
  const [result] = await Promise.all([
    call('GET', `/api/sessions/${encodeURIComponent(sessionId)}/work`),
    app.scenes.length ? null : call('GET', '/api/scenes').then((r) => { app.scenes = listOf(r.data, 'scenes'); }),
  ]);
  if (app.work?.sessionId !== sessionId) {
    return;
  }
  if (result.ok) {
    app.work.data = result.data || {};
  } else if (result.status !== 0 && result.status !== 401) {
    notice(t('error.generic', { message: problemText(result) }));
  }
  renderWork();
}

function renderWork() {
  const work = app.work;
  if (!work || app.screen !== 'work') {
    return;
  }
  const id = encodeURIComponent(work.sessionId);
  $('download-zip').href = `/api/sessions/${id}/export.zip`;
  const data = work.data;
  // Only an ended session's work can be deleted: the pupils of an open one may still be writing.
  $('delete-work').hidden = !data || (data.session || data).status !== 'ended';
  renderWorkPlan(data);
  if (!data) {
    $('work-session').textContent = t('common.loading');
    $('work-notes').replaceChildren();
    $('work-snapshots').replaceChildren();
    return;
  }
  const session = data.session || data;
  const scene = app.scenes.find((s) => s.id === session.scene);
  $('work-session').textContent = t('work.session', {
    code: session.code || '',
    scene: scene ? pick(scene.title) : session.scene || '',
    date: formatTime(session.openedAt || session.createdAt || session.startedAt || session.at),
  });
  const pupils = listOf(data.pupils || data.roster || session.pupils, 'pupils');
  const names = new Map(pupils.map((p) => [p.id || p.pupilId, p.nickname || p.name]));
  const notes = listOf(data.notes || session.notes, 'notes');
  $('work-notes').replaceChildren(...(notes.length ? notes.map((note) => noteItem(note, names, 'work-note'))
    : [el('li', { class: 'empty' }, t('work.noNotes'))]));
  const snapshots = listOf(data.snapshots || session.snapshots, 'snapshots');
  $('work-snapshots').replaceChildren(...(snapshots.length ? snapshots.map((shot) => {
    const name = shot.nickname || names.get(shot.pupilId) || t('work.unknownPupil');
    const src = shot.href || `/api/sessions/${id}/snapshots/${encodeURIComponent(shot.snapshotId || shot.id)}`;
    return el('li', { 'data-test': 'work-snapshot' },
      el('figure', {},
        el('a', { href: src, target: '_blank', rel: 'noopener' },
          el('img', { src, alt: t('work.snapshotOf', { name }), loading: 'lazy' })),
        el('figcaption', {}, `${name} · ${formatTime(shot.at)}`)));
  }) : [el('li', { class: 'empty' }, t('work.noSnapshots'))]));
}

/** The final school-yard plan as the server draws it (the same picture as in the ZIP). */
function renderWorkPlan(data) {
  const href = data?.planPicture;
  $('work-plan').hidden = !href;
  const picture = $('work-plan-picture');
  if (href && picture.getAttribute('src') !== href) {
    picture.src = href;
    $('work-plan-link').href = href;
  }
  picture.alt = t('live.plan');
}

/** Deletes the shown session's saved work for good, once the teacher has confirmed it. */
async function deleteWork() {
  const work = app.work;
  const session = work?.data ? (work.data.session || work.data) : null;
  if (!session || !await ask({ text: t('work.deleteConfirm', { code: session.code || '' }),
    confirm: t('work.delete'), danger: true })) {
    return;
  }
  const result = await call('DELETE', `/api/sessions/${encodeURIComponent(work.sessionId)}`);
  if (result.ok) {
    // pushState fires no hashchange: the picker is shown here, and then the notice stays.
    history.pushState(null, '', '#/');
    await showPicker();
    notice(t('work.deleted', { code: session.code || '' }));
  } else if (result.status === 409) {
    notice(t('work.deleteOpen'));
  } else if (result.status !== 0 && result.status !== 401) {
    notice(t('error.generic', { message: problemText(result) }));
  }
}

// ---- small helpers

/** Asks a question in the page's own dialog; resolves to true (or the typed text) or null. */
function ask({ text, value = null, confirm, danger = false }) {
  const dialog = $('dialog');
  const input = $('dialog-input');
  $('dialog-text').textContent = text;
  $('dialog-input-wrap').hidden = value === null;
  input.value = value ?? '';
  $('dialog-confirm').textContent = confirm || t('common.ok');
  $('dialog-confirm').classList.toggle('danger', danger);
  $('dialog-confirm').classList.toggle('primary', !danger);
  dialog.returnValue = '';
  dialog.showModal();
  if (value !== null) {
    input.select();
  } else {
    $('dialog-confirm').focus();
  }
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const ok = dialog.returnValue === 'ok';
      resolve(ok ? (value === null ? true : input.value.trim()) : null);
    }, { once: true });
  });
}

/** The text for {@code key}, or {@code fallback} when no language has one. */
function label(key, fallback) {
  const text = t(key);
  return text === key ? fallback : text;
}

function formatTime(at) {
  if (!at) {
    return '';
  }
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) {
    return String(at);
  }
  return date.toLocaleString(LOCALES[language()], { dateStyle: 'medium', timeStyle: 'short' });
}

/** An element with attributes and children (strings become text). */
function el(name, attributes = {}, ...children) {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      element.append(child);
    }
  }
  return element;
}
