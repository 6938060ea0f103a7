// The school-yard plan seen from above: the yard itself (the server's picture of the ground, the
// court, the sand and the school, GET /api/scenes/{id}/yard), the area the palette allows, every
// placed object as a rectangle of its kind's footprint turned by its yaw, and a label for each,
// placed so that no label covers another.
//
// Ground coordinates map straight onto the SVG: x to the right, z downwards, in metres. A positive
// yaw turns an object counter-clockwise seen from above (about +y), which is clockwise-negative in
// SVG. The server draws the same plan for the saved work (fi.retki.server.yard.PlanPicture) with
// the same sizes and the same label rule (LabelLayout): keep the two alike.

import { pick } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const RINGS = 8;
const LABEL_WEIGHT = 1000;

/**
 * Draws {@code objects} on {@code svg}.
 *
 * @param palette the scene's palette ({area: {min, max}, kinds: [{id, title, footprint}]})
 * @param yard the yard from above ({view: [minX, minZ, maxX, maxZ], picture, landmarks}), or null
 */
export function drawPlan(svg, palette, objects, yard = null) {
  const [minX, minZ] = palette.area.min;
  const [maxX, maxZ] = palette.area.max;
  const width = maxX - minX;
  const depth = maxZ - minZ;
  const margin = Math.max(width, depth) * 0.02;
  const view = yard?.view || [minX - margin, minZ - margin, maxX + margin, maxZ + margin];
  const bounds = { minX: view[0], minZ: view[1], maxX: view[2], maxZ: view[3] };
  svg.setAttribute('viewBox', `${view[0]} ${view[1]} ${view[2] - view[0]} ${view[3] - view[1]}`);
  svg.replaceChildren();

  if (yard?.picture) {
    svg.append(element('image', {
      href: yard.picture, x: view[0], y: view[1], width: view[2] - view[0], height: view[3] - view[1],
      preserveAspectRatio: 'none', 'data-test': 'plan-yard',
    }));
  }
  svg.append(element('rect', {
    x: minX, y: minZ, width, height: depth, class: yard ? 'plan-area' : 'plan-area plain', 'data-test': 'plan-area',
  }));

  const kinds = new Map((palette.kinds || []).map((kind) => [kind.id, kind]));
  // As the saved picture: the view's longer side over 40; but never under 14 px on this screen.
  const shown = svg.getBoundingClientRect();
  const pixelsPerMetre = Math.min(shown.width / (view[2] - view[0]), shown.height / (view[3] - view[1]));
  const fontSize = Math.max(Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ) / 40,
    pixelsPerMetre > 0 ? 14 / pixelsPerMetre : 0);
  const items = [];
  for (const object of objects) {
    const kind = kinds.get(object.kind);
    const [w, d] = kind && Array.isArray(kind.footprint) ? kind.footprint : [1, 1];
    const label = kind ? pick(kind.title) : object.kind;
    const group = element('g', {
      class: 'plan-object',
      'data-test': 'plan-object',
      'data-object-id': object.id,
      transform: `translate(${object.x} ${object.z})`,
    });
    const title = element('title', {});
    title.textContent = label;
    group.append(title);
    group.append(element('rect', {
      x: -w / 2, y: -d / 2, width: w, height: d, transform: `rotate(${-object.yaw})`, class: 'plan-shape',
    }));
    svg.append(group);
    items.push({ id: object.id, label, anchor: turnedBox(object, w, d) });
  }
  drawLabels(svg, items, yard?.landmarks || [], bounds, fontSize);
}

/** The landmarks' names in their buildings, then each object's label where it covers least. */
function drawLabels(svg, items, landmarks, bounds, fontSize) {
  const layer = element('g', { class: 'plan-labels' });
  svg.append(layer);
  const height = fontSize * 1.35;
  const fixed = [];
  for (const landmark of landmarks) {
    const [x0, z0, x1, z1] = landmark.box;
    const text = pick(landmark.title);
    const w = measure(layer, text, fontSize, true) + fontSize * 0.6;
    const cx = (x0 + x1) / 2;
    const cz = (z0 + z1) / 2;
    const box = inside({ minX: cx - w / 2, minZ: cz - height / 2, maxX: cx + w / 2, maxZ: cz + height / 2 }, bounds);
    fixed.push(box);
    layer.append(labelElement(text, box, fontSize, { class: 'plan-label landmark', 'data-test': 'plan-landmark' }));
  }
  const sized = items.map((item) => ({ ...item, width: measure(layer, item.label, fontSize, false) + fontSize * 0.6, height }));
  const placements = place(sized, fixed, bounds);
  const leaders = element('g', { class: 'plan-leaders' });
  layer.before(leaders);
  sized.forEach((item, i) => {
    const { box, leader } = placements[i];
    if (leader) {
      const ax = (item.anchor.minX + item.anchor.maxX) / 2;
      const az = (item.anchor.minZ + item.anchor.maxZ) / 2;
      leaders.append(element('line', {
        x1: ax, y1: az, x2: clamp(ax, box.minX, box.maxX), y2: clamp(az, box.minZ, box.maxZ),
        class: 'plan-leader', 'stroke-width': fontSize / 9,
      }));
    }
    layer.append(labelElement(item.label, box, fontSize,
      { class: 'plan-label', 'data-test': 'plan-label', 'data-object-id': item.id }));
  });
}

/** Labels in order, each at the first place around its object that covers nothing (LabelLayout.place). */
export function place(items, fixed, bounds) {
  const taken = [...fixed];
  const placements = [];
  for (const item of items) {
    let best = null;
    let bestCost = Infinity;
    search:
    for (let ring = 0; ring < RINGS; ring++) {
      for (let direction = 0; direction < 8; direction++) {
        const box = inside(candidate(item, direction, ring), bounds);
        let cost = 0;
        for (const label of taken) {
          cost += LABEL_WEIGHT * overlap(box, label);
        }
        for (const other of items) {
          if (other !== item) {
            cost += overlap(box, other.anchor);
          }
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = { box, leader: ring > 0 || direction >= 4 };
        }
        if (cost === 0) {
          break search;
        }
      }
    }
    taken.push(best.box);
    placements.push(best);
  }
  return placements;
}

/** 0 above, 1 below, 2 right, 3 left, 4..7 the corners; each ring one label height further out. */
function candidate(item, direction, ring) {
  const a = item.anchor;
  const w = item.width;
  const h = item.height;
  const gap = h * (0.15 + ring);
  let left = (a.minX + a.maxX) / 2 - w / 2;
  let top = (a.minZ + a.maxZ) / 2 - h / 2;
  if (direction === 0) {
    top = a.minZ - gap - h;
  } else if (direction === 1) {
    top = a.maxZ + gap;
  } else if (direction === 2) {
    left = a.maxX + gap;
  } else if (direction === 3) {
    left = a.minX - gap - w;
  } else {
    left = direction === 4 || direction === 6 ? a.maxX + gap : a.minX - gap - w;
    top = direction === 4 || direction === 5 ? a.minZ - gap - h : a.maxZ + gap;
  }
  return { minX: left, minZ: top, maxX: left + w, maxZ: top + h };
}

function inside(box, bounds) {
  const dx = box.minX < bounds.minX ? bounds.minX - box.minX : box.maxX > bounds.maxX ? bounds.maxX - box.maxX : 0;
  const dz = box.minZ < bounds.minZ ? bounds.minZ - box.minZ : box.maxZ > bounds.maxZ ? bounds.maxZ - box.maxZ : 0;
  return { minX: box.minX + dx, minZ: box.minZ + dz, maxX: box.maxX + dx, maxZ: box.maxZ + dz };
}

function overlap(a, b) {
  const w = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  const d = Math.min(a.maxZ, b.maxZ) - Math.max(a.minZ, b.minZ);
  return w > 0 && d > 0 ? w * d : 0;
}

/** The ground an object covers, turned by its yaw, as a box. */
function turnedBox(object, w, d) {
  const yaw = (object.yaw * Math.PI) / 180;
  const cos = Math.abs(Math.cos(yaw));
  const sin = Math.abs(Math.sin(yaw));
  const hw = (w * cos + d * sin) / 2;
  const hd = (w * sin + d * cos) / 2;
  return { minX: object.x - hw, minZ: object.z - hd, maxX: object.x + hw, maxZ: object.z + hd };
}

/** The text's width in metres as the browser draws it; a guess while the map is not shown. */
function measure(layer, text, fontSize, bold) {
  const probe = element('text', { 'font-size': fontSize, class: bold ? 'plan-label-text landmark' : 'plan-label-text' });
  probe.textContent = text;
  layer.append(probe);
  const width = probe.getComputedTextLength();
  probe.remove();
  return width > 0 ? width : text.length * fontSize * 0.6;
}

function labelElement(text, box, fontSize, attributes) {
  const group = element('g', attributes);
  group.append(element('rect', {
    x: box.minX, y: box.minZ, width: box.maxX - box.minX, height: box.maxZ - box.minZ,
    rx: fontSize * 0.15, class: 'plan-label-box',
  }));
  const label = element('text', {
    x: (box.minX + box.maxX) / 2, y: (box.minZ + box.maxZ) / 2, 'font-size': fontSize,
    'dominant-baseline': 'central', class: 'plan-label-text',
  });
  label.textContent = text;
  group.append(label);
  return group;
}

function clamp(v, min, max) {
  return Math.max(min, Math.min(max, v));
}

function element(name, attributes) {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    el.setAttribute(key, String(value));
  }
  return el;
}
