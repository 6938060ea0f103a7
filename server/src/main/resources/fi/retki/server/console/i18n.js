// Every word of the console in Finnish, Swedish and English. The language is the first of the
// browser's languages that the console speaks, or the one the teacher chose last on this device.

export const LANGUAGES = ['fi', 'sv', 'en'];

const STORE_KEY = 'retki.console.language';

const STRINGS = {
  fi: {
    'app.title': 'Retki – opettajan näkymä',
    'app.language': 'Kieli',
    'app.signOut': 'Kirjaudu ulos',
    'app.signedInAs': 'Kirjautunut: {name}',
    'app.skip': 'Siirry sisältöön',
    'signIn.title': 'Kirjaudu sisään',
    'signIn.intro': 'Kirjaudu opettajan tunnuksella aloittaaksesi tunnin.',
    'signIn.name': 'Käyttäjätunnus',
    'signIn.password': 'Salasana',
    'signIn.submit': 'Kirjaudu',
    'signIn.wrong': 'Väärä käyttäjätunnus tai salasana.',
    'signIn.wait': 'Liian monta yritystä. Odota {seconds} s ja yritä uudelleen.',
    'picker.title': 'Valitse kohde',
    'picker.none': 'Palvelimella ei ole yhtään kohdetta.',
    'picker.kind.field-trip': 'Retki',
    'picker.kind.planning': 'Suunnittelu',
    'picker.chosen': 'Valittu',
    'picker.settings': 'Tunnin asetukset',
    'picker.preset': 'Tapa',
    'picker.sessionLanguage': 'Oppilaiden kieli',
    'picker.start': 'Aloita tunti',
    'picker.chooseFirst': 'Valitse ensin kohde.',
    'preset.standard': 'Tavallinen tunti',
    'preset.guided': 'Opettaja ohjaa',
    'preset.daycare': 'Päiväkoti',
    'preset.lesson': 'Oppitunti (45 min)',
    'earlier.title': 'Aiemmat tunnit',
    'earlier.none': 'Ei aiempia tunteja.',
    'earlier.work': 'Tallennetut työt',
    'earlier.resume': 'Palaa tunnille',
    'earlier.open': 'käynnissä',
    'earlier.ended': 'päättynyt',
    'live.code': 'Liittymiskoodi',
    'live.codeHint': 'Avaa Retki ja kirjoita tämä koodi',
    // picture codes
    'live.pictures': 'Kuvakoodi: klikkaa kuvat järjestyksessä',
    'live.roster': 'Oppilaat',
    'live.rosterEmpty': 'Kukaan ei ole vielä liittynyt.',
    'live.connected': 'yhteydessä',
    'live.disconnected': 'ei yhteyttä',
    'live.loading': 'Lataus',
    'live.rename': 'Nimeä',
    'live.renameOf': 'Nimeä {name} uudelleen',
    'live.remove': 'Poista',
    'live.removeOf': 'Poista {name}',
    'live.renameTitle': 'Uusi nimi oppilaalle {name}',
    'live.removeConfirm': 'Poistetaanko {name} tunnilta?',
    'live.points': 'Kiinnostavat paikat',
    'live.goTo': 'Tuo kaikki tänne',
    'live.goToOf': 'Tuo kaikki paikkaan {title}',
    'live.here': 'kaikki täällä',
    'live.controls': 'Tunnin ohjaus',
    'live.pause': 'Katse minuun',
    'live.resume': 'Jatketaan',
    'live.release': 'Vapaa tutkiminen',
    'live.lock': 'Lukitse liittyminen',
    'live.unlock': 'Avaa liittyminen',
    'live.end': 'Lopeta tunti',
    'live.endConfirm': 'Lopetetaanko tunti kaikilta? Oppilaiden työt tallentuvat.',
    'live.statusPaused': 'Tauko: katseet opettajaan',
    'live.statusFocus': 'Kaikki paikassa: {title}',
    'live.statusFree': 'Oppilaat tutkivat vapaasti',
    'live.statusLocked': 'Liittyminen lukittu',
    'live.statusOpen': 'Liittyminen auki',
    'live.plan': 'Pihan suunnitelma',
    'live.planEmpty': 'Suunnitelmassa ei ole vielä mitään.',
    'live.notes': 'Muistiinpanot',
    'live.notesEmpty': 'Ei muistiinpanoja vielä.',
    'link.connecting': 'Yhdistetään…',
    'link.live': 'Yhteys toimii',
    'link.reconnecting': 'Yhteys katkesi, yhdistetään uudelleen…',
    'link.refused': 'Tuntia ei voi seurata: {message}',
    'work.title': 'Tallennetut työt',
    'work.session': 'Tunti {code} · {scene} · {date}',
    'work.notes': 'Muistiinpanot',
    'work.snapshots': 'Kuvat',
    'work.noNotes': 'Ei muistiinpanoja.',
    'work.noSnapshots': 'Ei kuvia.',
    'work.snapshotOf': 'Kuva: {name}',
    'work.download': 'Lataa ZIP',
    'work.back': 'Takaisin kohteisiin',
    'work.unknownPupil': 'oppilas',
    'work.deleteOpen': 'Tunti on vielä käynnissä: lopeta se ensin, sitten voit poistaa sen työt.',
    'work.delete': 'Poista tallennetut työt',
    'work.deleteConfirm': 'Poistetaanko tunnin {code} muistiinpanot, kuvat ja suunnitelma pysyvästi? Niitä ei voi palauttaa.',
    'work.deleted': 'Tunnin {code} tallennetut työt on poistettu.',
    'common.ok': 'OK',
    'common.cancel': 'Peruuta',
    'common.loading': 'Ladataan…',
    'error.generic': 'Jokin meni vikaan: {message}',
    'error.network': 'Palvelimeen ei saada yhteyttä. Yritä hetken päästä uudelleen.',
    'error.signedOut': 'Kirjautuminen on vanhentunut. Kirjaudu uudelleen.',
    // what is running, and who is there
    'picker.running': 'Tunti on käynnissä: {scene} · koodi {code}',
    'live.what': '{preset} · Oppilaiden kieli: {language}',
    'live.count': '{on}/{all} yhteydessä',
    'live.countUnknown': '{all} listalla',
    'live.unknown': 'ei tiedossa',
    'lang.fi': 'suomi',
    'lang.sv': 'ruotsi',
    'lang.en': 'englanti',
  },
  sv: {
    'app.title': 'Retki – lärarvyn',
    'app.language': 'Språk',
    'app.signOut': 'Logga ut',
    'app.signedInAs': 'Inloggad: {name}',
    'app.skip': 'Hoppa till innehållet',
    'signIn.title': 'Logga in',
    'signIn.intro': 'Logga in med ditt lärarkonto för att starta en lektion.',
    'signIn.name': 'Användarnamn',
    'signIn.password': 'Lösenord',
    'signIn.submit': 'Logga in',
    'signIn.wrong': 'Fel användarnamn eller lösenord.',
    'signIn.wait': 'För många försök. Vänta {seconds} s och försök igen.',
    'picker.title': 'Välj ett mål',
    'picker.none': 'Servern har inga mål.',
    'picker.kind.field-trip': 'Utflykt',
    'picker.kind.planning': 'Planering',
    'picker.chosen': 'Valt',
    'picker.settings': 'Lektionens inställningar',
    'picker.preset': 'Upplägg',
    'picker.sessionLanguage': 'Elevernas språk',
    'picker.start': 'Starta lektionen',
    'picker.chooseFirst': 'Välj ett mål först.',
    'preset.standard': 'Vanlig lektion',
    'preset.guided': 'Läraren leder',
    'preset.daycare': 'Daghem',
    'preset.lesson': 'Lektion (45 min)',
    'earlier.title': 'Tidigare lektioner',
    'earlier.none': 'Inga tidigare lektioner.',
    'earlier.work': 'Sparat arbete',
    'earlier.resume': 'Tillbaka till lektionen',
    'earlier.open': 'pågår',
    'earlier.ended': 'avslutad',
    'live.code': 'Anslutningskod',
    'live.codeHint': 'Öppna Retki och skriv den här koden',
    // picture codes
    'live.pictures': 'Bildkod: klicka på bilderna i ordning',
    'live.roster': 'Elever',
    'live.rosterEmpty': 'Ingen har anslutit ännu.',
    'live.connected': 'ansluten',
    'live.disconnected': 'frånkopplad',
    'live.loading': 'Laddning',
    'live.rename': 'Byt namn',
    'live.renameOf': 'Byt namn på {name}',
    'live.remove': 'Ta bort',
    'live.removeOf': 'Ta bort {name}',
    'live.renameTitle': 'Nytt namn för {name}',
    'live.removeConfirm': 'Ta bort {name} från lektionen?',
    'live.points': 'Intressanta platser',
    'live.goTo': 'Samla alla här',
    'live.goToOf': 'Samla alla vid {title}',
    'live.here': 'alla är här',
    'live.controls': 'Styr lektionen',
    'live.pause': 'Titta på mig',
    'live.resume': 'Fortsätt',
    'live.release': 'Fritt utforskande',
    'live.lock': 'Lås anslutningen',
    'live.unlock': 'Öppna anslutningen',
    'live.end': 'Avsluta lektionen',
    'live.endConfirm': 'Avsluta lektionen för alla? Elevernas arbete sparas.',
    'live.statusPaused': 'Paus: blicken på läraren',
    'live.statusFocus': 'Alla är vid: {title}',
    'live.statusFree': 'Eleverna utforskar fritt',
    'live.statusLocked': 'Anslutningen är låst',
    'live.statusOpen': 'Anslutningen är öppen',
    'live.plan': 'Planen för skolgården',
    'live.planEmpty': 'Planen är ännu tom.',
    'live.notes': 'Anteckningar',
    'live.notesEmpty': 'Inga anteckningar ännu.',
    'link.connecting': 'Ansluter…',
    'link.live': 'Anslutningen fungerar',
    'link.reconnecting': 'Anslutningen bröts, ansluter igen…',
    'link.refused': 'Lektionen kan inte följas: {message}',
    'work.title': 'Sparat arbete',
    'work.session': 'Lektion {code} · {scene} · {date}',
    'work.notes': 'Anteckningar',
    'work.snapshots': 'Bilder',
    'work.noNotes': 'Inga anteckningar.',
    'work.noSnapshots': 'Inga bilder.',
    'work.snapshotOf': 'Bild: {name}',
    'work.download': 'Ladda ner ZIP',
    'work.back': 'Tillbaka till målen',
    'work.unknownPupil': 'elev',
    'work.deleteOpen': 'Lektionen pågår ännu: avsluta den först, sedan kan du radera dess arbete.',
    'work.delete': 'Radera sparat arbete',
    'work.deleteConfirm': 'Radera lektionens {code} anteckningar, bilder och plan för gott? De kan inte återställas.',
    'work.deleted': 'Lektionens {code} sparade arbete har raderats.',
    'common.ok': 'OK',
    'common.cancel': 'Avbryt',
    'common.loading': 'Laddar…',
    'error.generic': 'Något gick fel: {message}',
    'error.network': 'Servern kan inte nås. Försök igen om en stund.',
    'error.signedOut': 'Inloggningen har gått ut. Logga in igen.',
    // what is running, and who is there
    'picker.running': 'En lektion pågår: {scene} · kod {code}',
    'live.what': '{preset} · Elevernas språk: {language}',
    'live.count': '{on} av {all} anslutna',
    'live.countUnknown': '{all} på listan',
    'live.unknown': 'okänt',
    'lang.fi': 'finska',
    'lang.sv': 'svenska',
    'lang.en': 'engelska',
  },
  en: {
    'app.title': 'Retki – teacher console',
    'app.language': 'Language',
    'app.signOut': 'Sign out',
    'app.signedInAs': 'Signed in: {name}',
    'app.skip': 'Skip to content',
    'signIn.title': 'Sign in',
    'signIn.intro': 'Sign in with your teacher account to start a class session.',
    'signIn.name': 'User name',
    'signIn.password': 'Password',
    'signIn.submit': 'Sign in',
    'signIn.wrong': 'Wrong user name or password.',
    'signIn.wait': 'Too many attempts. Wait {seconds} s and try again.',
    'picker.title': 'Choose a scene',
    'picker.none': 'The server has no scenes.',
    'picker.kind.field-trip': 'Field trip',
    'picker.kind.planning': 'Planning',
    'picker.chosen': 'Chosen',
    'picker.settings': 'Session settings',
    'picker.preset': 'Preset',
    'picker.sessionLanguage': 'Pupils’ language',
    'picker.start': 'Start session',
    'picker.chooseFirst': 'Choose a scene first.',
    'preset.standard': 'Standard class',
    'preset.guided': 'Teacher guides',
    'preset.daycare': 'Daycare',
    'preset.lesson': 'Lesson (45 min)',
    'earlier.title': 'Earlier sessions',
    'earlier.none': 'No earlier sessions.',
    'earlier.work': 'Saved work',
    'earlier.resume': 'Back to the session',
    'earlier.open': 'running',
    'earlier.ended': 'ended',
    'live.code': 'Join code',
    'live.codeHint': 'Open Retki and type this code',
    // picture codes
    'live.pictures': 'Picture code: click the pictures in order',
    'live.roster': 'Pupils',
    'live.rosterEmpty': 'No one has joined yet.',
    'live.connected': 'connected',
    'live.disconnected': 'disconnected',
    'live.loading': 'Loading',
    'live.rename': 'Rename',
    'live.renameOf': 'Rename {name}',
    'live.remove': 'Remove',
    'live.removeOf': 'Remove {name}',
    'live.renameTitle': 'New name for {name}',
    'live.removeConfirm': 'Remove {name} from the session?',
    'live.points': 'Points of interest',
    'live.goTo': 'Bring everyone here',
    'live.goToOf': 'Bring everyone to {title}',
    'live.here': 'everyone is here',
    'live.controls': 'Run the session',
    'live.pause': 'Eyes on me',
    'live.resume': 'Carry on',
    'live.release': 'Explore freely',
    'live.lock': 'Lock joining',
    'live.unlock': 'Open joining',
    'live.end': 'End session',
    'live.endConfirm': 'End the session for everyone? The pupils’ work is saved.',
    'live.statusPaused': 'Paused: eyes on the teacher',
    'live.statusFocus': 'Everyone is at: {title}',
    'live.statusFree': 'Pupils explore freely',
    'live.statusLocked': 'Joining is locked',
    'live.statusOpen': 'Joining is open',
    'live.plan': 'School-yard plan',
    'live.planEmpty': 'Nothing in the plan yet.',
    'live.notes': 'Notes',
    'live.notesEmpty': 'No notes yet.',
    'link.connecting': 'Connecting…',
    'link.live': 'Connected',
    'link.reconnecting': 'Connection lost, reconnecting…',
    'link.refused': 'This session cannot be watched: {message}',
    'work.title': 'Saved work',
    'work.session': 'Session {code} · {scene} · {date}',
    'work.notes': 'Notes',
    'work.snapshots': 'Snapshots',
    'work.noNotes': 'No notes.',
    'work.noSnapshots': 'No snapshots.',
    'work.snapshotOf': 'Snapshot by {name}',
    'work.download': 'Download ZIP',
    'work.back': 'Back to the scenes',
    'work.unknownPupil': 'pupil',
    'work.deleteOpen': 'The session is still open: end it first, then you can delete its work.',
    'work.delete': 'Delete saved work',
    'work.deleteConfirm': 'Delete the notes, snapshots and plan of session {code} for good? They cannot be brought back.',
    'work.deleted': 'The saved work of session {code} has been deleted.',
    'common.ok': 'OK',
    'common.cancel': 'Cancel',
    'common.loading': 'Loading…',
    'error.generic': 'Something went wrong: {message}',
    'error.network': 'The server cannot be reached. Try again in a moment.',
    'error.signedOut': 'Your sign-in has expired. Sign in again.',
    // what is running, and who is there
    'picker.running': 'A session is running: {scene} · code {code}',
    'live.what': '{preset} · Pupils’ language: {language}',
    'live.count': '{on} of {all} connected',
    'live.countUnknown': '{all} on the list',
    'live.unknown': 'unknown',
    'lang.fi': 'Finnish',
    'lang.sv': 'Swedish',
    'lang.en': 'English',
  },
};

let current = 'en';
const listeners = [];

/** The language to start in: the one chosen before on this device, else the browser's first we speak. */
export function initialLanguage() {
  const stored = readStored();
  if (LANGUAGES.includes(stored)) {
    return stored;
  }
  for (const tag of navigator.languages || [navigator.language || '']) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(primary)) {
      return primary;
    }
  }
  return 'en';
}

/** The console's current language: fi, sv or en. */
export function language() {
  return current;
}

/** Switches the whole page to {@code lang} and remembers the choice on this device. */
export function setLanguage(lang, remember = true) {
  if (!LANGUAGES.includes(lang)) {
    return;
  }
  current = lang;
  if (remember) {
    try {
      localStorage.setItem(STORE_KEY, lang);
    } catch (e) {
      // Storage can be off (private windows); the choice then lasts until the page is closed.
    }
  }
  document.documentElement.lang = lang;
  translate(document);
  listeners.forEach((listener) => listener(lang));
}

/** Calls {@code listener} after every change of language. */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** The text for {@code key}, with {name} placeholders filled from {@code vars}. */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** A localized text of the catalogue ({fi, sv, en}) in the current language. */
export function pick(localized) {
  if (!localized || typeof localized !== 'object') {
    return localized == null ? '' : String(localized);
  }
  return localized[current] ?? localized.en ?? Object.values(localized)[0] ?? '';
}

/** Fills every element under {@code root} that names a key in data-i18n (text) or data-i18n-label (aria-label). */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  });
  if (root === document) {
    document.title = t('app.title');
  }
}

function readStored() {
  try {
    return localStorage.getItem(STORE_KEY);
  } catch (e) {
    return null;
  }
}
