// The console's own copy of a live session: the welcome's view, with every later event applied in
// seq order. The rules mirror SessionCore.evolve on the server: each event's effect, nothing else.

/** A copy of a welcome's session view to apply events to. */
export function fromWelcome(view) {
  return {
    id: view.id,
    code: view.code,
    scene: view.scene,
    preset: view.preset,
    language: view.language,
    status: view.status,
    joiningLocked: Boolean(view.joiningLocked),
    paused: Boolean(view.paused),
    focus: view.focus ?? null,
    pupils: (view.pupils || []).map((p) => ({ ...p })),
    objects: (view.objects || []).map((o) => ({ ...o })),
    notes: (view.notes || []).map((n) => ({ ...n })),
    snapshots: (view.snapshots || []).map((s) => ({ ...s })),
    pictures: [...(view.pictures || [])],
  };
}

/** Applies one event to {@code s} in place; returns false for an event type this console does not know. */
export function apply(s, e) {
  const pupil = s.pupils.find((p) => p.id === e.pupilId);
  const object = s.objects.find((o) => o.id === e.objectId);
  switch (e.type) {
    case 'pupil-joined':
      s.pupils = s.pupils.filter((p) => p.id !== e.pupilId);
      s.pupils.push({ id: e.pupilId, nickname: e.nickname, connected: true, progress: 0 });
      return true;
    case 'pupil-rejoined':
      if (pupil) pupil.connected = true;
      return true;
    case 'pupil-disconnected':
      if (pupil) pupil.connected = false;
      return true;
    case 'progress-reported':
      if (pupil) pupil.progress = e.fraction;
      return true;
    case 'pupil-renamed':
      if (pupil) pupil.nickname = e.nickname;
      return true;
    case 'pupil-left':
    case 'pupil-removed':
      s.pupils = s.pupils.filter((p) => p.id !== e.pupilId);
      return true;
    case 'went-to':
      s.focus = e.poi;
      return true;
    case 'released':
      s.focus = null;
      return true;
    case 'paused':
      s.paused = true;
      return true;
    case 'resumed':
      s.paused = false;
      return true;
    case 'joining-locked':
      s.joiningLocked = true;
      return true;
    case 'joining-unlocked':
      s.joiningLocked = false;
      return true;
    case 'object-placed':
      s.objects = s.objects.filter((o) => o.id !== e.objectId);
      s.objects.push({ id: e.objectId, kind: e.kind, x: e.x, z: e.z, yaw: e.yaw, owner: e.owner });
      return true;
    case 'object-moved':
      if (object) {
        object.x = e.x;
        object.z = e.z;
      }
      return true;
    case 'object-rotated':
      if (object) object.yaw = e.yaw;
      return true;
    case 'object-removed':
      s.objects = s.objects.filter((o) => o.id !== e.objectId);
      return true;
    case 'note-saved':
      s.notes.push({ pupilId: e.pupilId, noteId: e.noteId, text: e.text, at: e.at });
      return true;
    case 'snapshot-attached':
      s.snapshots.push({ pupilId: e.pupilId, snapshotId: e.snapshotId, bytes: e.bytes, at: e.at });
      return true;
    case 'session-ended':
      s.status = 'ended';
      s.joiningLocked = true;
      s.paused = false;
      s.focus = null;
      return true;
    default:
      return false;
  }
}
