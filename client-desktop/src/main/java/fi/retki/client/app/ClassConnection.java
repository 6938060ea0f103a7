package fi.retki.client.app;

import com.jme3.app.Application;
import fi.retki.client.live.LiveLink;
import fi.retki.client.live.LocalSession;
import fi.retki.scenes.live.SessionState.Note;
import fi.retki.scenes.live.SessionState.PlacedObject;
import fi.retki.scenes.wire.Reply;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The pupil's class session as the app states see it: the core's {@link LiveLink} (on its own
 * thread) feeds the core's {@link LocalSession} on the render thread, whose changes go to the
 * states that listen. Every listener is called on the render thread.
 */
public final class ClassConnection implements LiveLink.Listener {
  private final Application app;
  private final LocalSession session;
  private final LiveLink link;
  private final List<LocalSession.Changes> listeners = new CopyOnWriteArrayList<>();
  private final Consumer<Reply.Welcome> onWelcome;
  private final BiConsumer<String, String> onRefused;
  private final List<Consumer<LiveLink.ConnectionState>> connectionListeners = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  /**
   * @param onWelcome told every welcome (the first one starts the lobby)
   * @param onRefused told a refusal's code and message (wrong code, locked class, …)
   */
  public ClassConnection(Application app, URI server, Consumer<Reply.Welcome> onWelcome,
      BiConsumer<String, String> onRefused) {
    this.app = app;
    this.onWelcome = onWelcome;
    this.onRefused = onRefused;
    this.session = new LocalSession(new Fanout());
    this.link = new LiveLink(server, this);
  }

  public void join(String code, String nickname) {
    link.join(code, nickname);
  }

  public void joinByPictures(List<String> pictures, String nickname) {
    link.joinByPictures(pictures, nickname);
  }

  public LiveLink link() {
    return link;
  }

  /** The client's copy of the session; render thread only. */
  public LocalSession session() {
    return session;
  }

  public void listen(LocalSession.Changes listener) {
    listeners.add(listener);
  }

  public void unlisten(LocalSession.Changes listener) {
    listeners.remove(listener);
  }

  public void listenConnection(Consumer<LiveLink.ConnectionState> listener) {
    connectionListeners.add(listener);
  }

  /** Closes the link for good; nothing it says afterwards reaches the flow or the states. */
  public void close() {
    closed = true;
    listeners.clear();
    connectionListeners.clear();
    link.close();
  }

  // LiveLink.Listener: on the link's thread, handed to the render thread.

  @Override
  public void welcome(Reply.Welcome welcome) {
    app.enqueue(() -> {
      if (!closed) {
        session.welcome(welcome);
        onWelcome.accept(welcome);
      }
    });
  }

  @Override
  public void event(Reply.Happened event) {
    app.enqueue(() -> {
      if (!closed) {
        session.apply(event);
      }
    });
  }

  @Override
  public void connection(LiveLink.ConnectionState state) {
    app.enqueue(() -> {
      if (!closed) {
        connectionListeners.forEach(l -> l.accept(state));
      }
    });
  }

  @Override
  public void refused(String code, String message) {
    app.enqueue(() -> {
      if (!closed) {
        onRefused.accept(code, message);
      }
    });
  }

  /** Hands the session's changes to every listening state. */
  private final class Fanout implements LocalSession.Changes {
    @Override
    public void objectChanged(String id, PlacedObject nowOrNull) {
      listeners.forEach(l -> l.objectChanged(id, nowOrNull));
    }

    @Override
    public void guided(String poiOrNull) {
      listeners.forEach(l -> l.guided(poiOrNull));
    }

    @Override
    public void paused(boolean paused) {
      listeners.forEach(l -> l.paused(paused));
    }

    @Override
    public void rosterChanged() {
      listeners.forEach(LocalSession.Changes::rosterChanged);
    }

    @Override
    public void noteSaved(Note note) {
      listeners.forEach(l -> l.noteSaved(note));
    }

    @Override
    public void ended() {
      listeners.forEach(LocalSession.Changes::ended);
    }
  }
}
