// The teacher's WebSocket to one session. It watches the session, hands on the welcome and every
// event in seq order, and comes back by itself when the connection drops: a new connection
// watches again and its welcome replaces the console's copy, so nothing missed stays missing.
// The server closes a watcher's connection normally (1000) only when the session has ended: that
// is the end of the link, never a lost connection, whether or not the last event was read first.

const MAX_DELAY_MS = 10000;

export class LiveLink {
  /**
   * @param sessionId the session to watch
   * @param handlers {welcome(msg), event(msg), state(name), refused(error), ended()}; state names
   *     are connecting, live, reconnecting and stopped; ended() follows a normal close by the server
   */
  constructor(sessionId, handlers) {
    this.sessionId = sessionId;
    this.handlers = handlers;
    this.socket = null;
    this.failures = 0;
    this.stopped = false;
    this.seq = null;
    this.nextRef = 1;
    this.watchRef = null;
    this.pending = new Map();
    this.timer = null;
  }

  start() {
    this.open();
    return this;
  }

  /** Closes the connection for good. */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.socket) {
      this.socket.close(1000, 'done');
    }
    this.handlers.state('stopped');
  }

  /** Sends a command; resolves on its ack, rejects with the server's {code, message} on an error. */
  send(command) {
    return new Promise((resolve, reject) => {
      if (!this.socket || this.socket.readyState !== WebSocket.OPEN || this.seq === null) {
        reject({ code: 'offline', message: 'not connected' });
        return;
      }
      const ref = `c${this.nextRef++}`;
      this.pending.set(ref, { resolve, reject });
      this.socket.send(JSON.stringify({ v: 1, ...command, ref }));
    });
  }

  open() {
    this.handlers.state(this.failures === 0 ? 'connecting' : 'reconnecting');
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + location.host + '/live');
    this.socket = socket;
    this.seq = null;
    socket.onopen = () => {
      this.watchRef = `w${this.nextRef++}`;
      socket.send(JSON.stringify({ v: 1, type: 'watch', session: this.sessionId, ref: this.watchRef }));
    };
    socket.onmessage = (message) => this.receive(message.data);
    socket.onclose = (close) => {
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      this.seq = null;
      const ended = !this.stopped && close.code === 1000;
      if (ended) {
        this.stopped = true;
      }
      for (const waiting of this.pending.values()) {
        // A link stopped on purpose (the session ended, the teacher left) has lost nothing.
        if (this.stopped) {
          waiting.resolve(null);
        } else {
          waiting.reject({ code: 'offline', message: 'the connection was lost' });
        }
      }
      this.pending.clear();
      if (ended) {
        this.handlers.state('stopped');
        this.handlers.ended?.();
      } else if (!this.stopped) {
        this.retry();
      }
    };
  }

  retry() {
    this.failures++;
    this.handlers.state('reconnecting');
    // Backoff with jitter, so that the consoles of a school do not all return in the same instant.
    const ceiling = Math.min(MAX_DELAY_MS, 500 * 2 ** Math.min(this.failures - 1, 5));
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.timer = setTimeout(() => this.open(), delay);
  }

  receive(text) {
    let msg;
    try {
      msg = JSON.parse(text);
    } catch (e) {
      return;
    }
    if (msg.type === 'welcome') {
      this.failures = 0;
      this.seq = msg.seq;
      this.handlers.state('live');
      this.handlers.welcome(msg);
      return;
    }
    if (msg.type === 'ack' || msg.type === 'error') {
      this.reply(msg);
      return;
    }
    if (typeof msg.seq !== 'number' || this.seq === null) {
      return;
    }
    if (msg.seq <= this.seq) {
      return;
    }
    if (msg.seq !== this.seq + 1) {
      // A gap: watch again and start from a fresh welcome.
      this.socket.close(4000, 'missed events');
      return;
    }
    this.seq = msg.seq;
    this.handlers.event(msg);
  }

  reply(msg) {
    if (msg.ref && msg.ref === this.watchRef && msg.type === 'error') {
      this.stopped = true;
      this.socket.close(1000, 'refused');
      this.handlers.refused(msg);
      return;
    }
    const waiting = msg.ref ? this.pending.get(msg.ref) : null;
    if (!waiting) {
      return;
    }
    this.pending.delete(msg.ref);
    if (msg.type === 'ack') {
      waiting.resolve(msg);
    } else {
      waiting.reject(msg);
    }
  }
}
