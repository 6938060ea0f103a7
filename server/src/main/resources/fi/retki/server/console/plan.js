// The school-yard plan seen from above: the area the palette allows, and every placed object as a
// rectangle of its kind's footprint, turned by its yaw and labelled with its kind's name.
//
// Ground coordinates map straight onto the SVG: x to the right, z downwards. A positive yaw turns
// an object counter-clockwise seen from above (about +y), which is clockwise-negative in SVG.

import { pick } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Draws {@code objects} on {@code svg}.
 *
 * @param palette the scene's palette ({area: {min, max}, kinds: [{id, title, footprint}]})
 */
export function drawPlan(svg, palette, objects) {
  const [minX, minZ] = palette.area.min;
  const [maxX, maxZ] = palette.area.max;
  const width = maxX - minX;
  const depth = maxZ - minZ;
  const margin = Math.max(width, depth) * 0.02;
  svg.setAttribute('viewBox', `${minX - margin} ${minZ - margin} ${width + 2 * margin} ${depth + 2 * margin}`);
  svg.replaceChildren();

  const area = element('rect', {
    x: minX, y: minZ, width, height: depth, class: 'plan-area', 'data-test': 'plan-area',
  });
  svg.append(area);

  const kinds = new Map((palette.kinds || []).map((kind) => [kind.id, kind]));
  const fontSize = Math.max(width, depth) / 32;
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
    const text = element('text', { y: -Math.max(w, d) / 2 - fontSize * 0.4, 'font-size': fontSize, class: 'plan-label' });
    text.textContent = label;
    group.append(text);
    svg.append(group);
  }
}

function element(name, attributes) {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    el.setAttribute(key, String(value));
  }
  return el;
}
