// The picture code on the live page: four pictures in order, big enough for the back of a
// classroom, for the children who join by clicking pictures instead of typing letters. The
// pictures are drawn by the server (one drawing for the console and the pupils' client).

const VERSION = 1;

// What each picture shows, for alt text: the same names as the server's Picture enum.
const NAMES = {
  apple: ['omena', 'äpple', 'apple'],
  banana: ['banaani', 'banan', 'banana'],
  pear: ['päärynä', 'päron', 'pear'],
  grapes: ['viinirypäleet', 'vindruvor', 'grapes'],
  watermelon: ['vesimeloni', 'vattenmelon', 'watermelon'],
  carrot: ['porkkana', 'morot', 'carrot'],
  mushroom: ['sieni', 'svamp', 'mushroom'],
  sun: ['aurinko', 'sol', 'sun'],
  cat: ['kissa', 'katt', 'cat'],
  dog: ['koira', 'hund', 'dog'],
  fish: ['kala', 'fisk', 'fish'],
  penguin: ['pingviini', 'pingvin', 'penguin'],
  frog: ['sammakko', 'groda', 'frog'],
  pig: ['possu', 'gris', 'pig'],
  snail: ['etana', 'snigel', 'snail'],
  butterfly: ['perhonen', 'fjäril', 'butterfly'],
};

const LANGUAGE_INDEX = { fi: 0, sv: 1, en: 2 };

/** The URL of one picture. */
export function pictureUrl(name) {
  return `/console/pictures/v${VERSION}/${encodeURIComponent(name)}.png`;
}

/** The picture's name in {@code lang} (fi, sv, en), or the wire name when it has none. */
export function pictureName(name, lang) {
  const names = NAMES[name];
  return names ? names[LANGUAGE_INDEX[lang] ?? 2] : name;
}

/**
 * Shows {@code names} (the picture code, in order) in the list {@code list}: each picture with its
 * place (1 to 4) under it. Does nothing when the same code in the same language is shown already.
 */
export function showPictures(list, names, lang) {
  const key = `${lang}:${(names || []).join('-')}`;
  if (list.dataset.shown === key) {
    return;
  }
  list.dataset.shown = key;
  list.replaceChildren(...(names || []).map((name, i) => {
    const item = document.createElement('li');
    const img = document.createElement('img');
    img.src = pictureUrl(name);
    img.alt = pictureName(name, lang);
    img.width = 320;
    img.height = 320;
    img.dataset.picture = name;
    const place = document.createElement('span');
    place.className = 'picture-place';
    place.textContent = String(i + 1);
    place.setAttribute('aria-hidden', 'true');
    item.append(img, place);
    return item;
  }));
  list.closest('.pictures-block')?.toggleAttribute('hidden', !(names && names.length));
}
