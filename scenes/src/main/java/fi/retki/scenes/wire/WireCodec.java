package fi.retki.scenes.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Event;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one codec of the live protocol: requests, replies, and session events as they are stored.
 *
 * <p>Every message is a flat JSON object whose {@code type} names a record registered below; its
 * other properties are the record's components. {@code v} is the protocol version and {@code ref}
 * a client's optional reference, echoed in the {@code ack} or {@code error}. Requests are read
 * strictly (every component present, nothing unknown): they come from the network. Replies are
 * read leniently, so an older client survives a newer server's additions. Strictly also means
 * strict types: {@code "noteId": 1} is refused, not read as the string "1".
 */
public final class WireCodec {
  /** The protocol version this codec speaks. */
  public static final int VERSION = 1;
  /** The largest frame a server reads, in bytes of UTF-8. */
  public static final int MAX_FRAME = 64 * 1024;
  /** The longest list a request may carry (a picture code has 4). */
  private static final int MAX_LIST = 16;

  private static final Map<String, Class<? extends Command>> COMMANDS = names(
      "progress", Command.ReportProgress.class,
      "go-to", Command.GoTo.class,
      "release", Command.Release.class,
      "pause", Command.Pause.class,
      "resume", Command.Resume.class,
      "lock-joining", Command.LockJoining.class,
      "unlock-joining", Command.UnlockJoining.class,
      "rename-pupil", Command.RenamePupil.class,
      "remove-pupil", Command.RemovePupil.class,
      "place-object", Command.PlaceObject.class,
      "move-object", Command.MoveObject.class,
      "rotate-object", Command.RotateObject.class,
      "remove-object", Command.RemoveObject.class,
      "save-note", Command.SaveNote.class,
      "leave", Command.Leave.class,
      "end-session", Command.EndSession.class);

  private static final Map<String, Class<? extends Request>> REQUESTS = names(
      "join", Request.Join.class,
      "join-pictures", Request.JoinByPictures.class,
      "rejoin", Request.Rejoin.class,
      "watch", Request.Watch.class);

  private static final Map<String, Class<? extends Event>> EVENTS = names(
      "session-opened", Event.SessionOpened.class,
      "pupil-joined", Event.PupilJoined.class,
      "pupil-rejoined", Event.PupilRejoined.class,
      "pupil-disconnected", Event.PupilDisconnected.class,
      "pupil-left", Event.PupilLeft.class,
      "progress-reported", Event.ProgressReported.class,
      "went-to", Event.WentTo.class,
      "released", Event.Released.class,
      "paused", Event.Paused.class,
      "resumed", Event.Resumed.class,
      "joining-locked", Event.JoiningLocked.class,
      "joining-unlocked", Event.JoiningUnlocked.class,
      "pupil-renamed", Event.PupilRenamed.class,
      "pupil-removed", Event.PupilRemoved.class,
      "object-placed", Event.ObjectPlaced.class,
      "object-moved", Event.ObjectMoved.class,
      "object-rotated", Event.ObjectRotated.class,
      "object-removed", Event.ObjectRemoved.class,
      "note-saved", Event.NoteSaved.class,
      "snapshot-attached", Event.SnapshotAttached.class,
      "session-ended", Event.SessionEnded.class);

  private static final Map<String, Class<? extends Reply>> REPLIES = names(
      "welcome", Reply.Welcome.class,
      "ack", Reply.Ack.class,
      "error", Reply.Failure.class);

  /** Sent to every member; the rest are for the session's teacher and the pupil concerned. */
  private static final Set<String> SECRET_FIELDS = Set.of("resumeToken");

  private static final ObjectMapper MAPPER = SceneJson.mapper();
  private static final ObjectWriter WRITER = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectReader STRICT = MAPPER.reader()
      .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .with(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
  private static final ObjectReader LENIENT = MAPPER.reader()
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private WireCodec() {}

  /** The type names of the session commands a client may send. */
  public static Set<String> commandTypes() {
    return COMMANDS.keySet();
  }

  /** The type names of the requests that say who is asking. */
  public static Set<String> requestTypes() {
    return REQUESTS.keySet();
  }

  /** The type names of session events. */
  public static Set<String> eventTypes() {
    return EVENTS.keySet();
  }

  /** The type names of replies other than events. */
  public static Set<String> replyTypes() {
    return REPLIES.keySet();
  }

  /** The type name of an event, as stored and sent. */
  public static String typeOf(Event event) {
    return nameOf(EVENTS, event.getClass());
  }

  // ---- requests (client to server)

  /** Reads a client frame, or says in a {@link WireException} what is wrong with it. */
  public static Inbound decodeRequest(String frame) throws WireException {
    if (frame.length() > MAX_FRAME) {
      throw new WireException("too-large", "a frame may be at most " + MAX_FRAME / 1024 + " KiB", null);
    }
    ObjectNode node = object(frame);
    String ref = text(node, "ref", null);
    String type = header(node, ref);
    node.remove("ref");
    try {
      Class<? extends Request> request = REQUESTS.get(type);
      if (request != null) {
        checkTypes(node, request, type, ref);
        return new Inbound(ref, STRICT.treeToValue(node, request));
      }
      Class<? extends Command> command = COMMANDS.get(type);
      if (command != null) {
        checkTypes(node, command, type, ref);
        return new Inbound(ref, new Request.Act(STRICT.treeToValue(node, command)));
      }
    } catch (JsonProcessingException e) {
      throw new WireException("bad-field", "\"" + type + "\": " + where(e) + " " + explain(e), ref);
    }
    throw new WireException("unknown-type", "unknown message type \"" + type + "\"; a client may send "
        + String.join(", ", REQUESTS.keySet()) + ", " + String.join(", ", COMMANDS.keySet()), ref);
  }

  /** Writes a client frame. */
  public static String encodeRequest(String ref, Request request) {
    ObjectNode node;
    if (request instanceof Request.Act act) {
      node = envelope(nameOf(COMMANDS, act.command().getClass()), act.command());
    } else {
      node = envelope(nameOf(REQUESTS, request.getClass()), request);
    }
    if (ref != null) {
      node.put("ref", ref);
    }
    return write(node);
  }

  // ---- replies (server to client)

  /** Writes a server frame; events leave out resume tokens. */
  public static String encodeReply(Reply reply) {
    if (reply instanceof Reply.Happened happened) {
      ObjectNode node = envelope(typeOf(happened.event()), happened.event());
      node.remove(SECRET_FIELDS);
      node.put("seq", happened.seq());
      return write(node);
    }
    return write(envelope(nameOf(REPLIES, reply.getClass()), reply));
  }

  /** Reads a server frame. */
  public static Reply decodeReply(String frame) throws WireException {
    ObjectNode node = object(frame);
    String type = header(node, null);
    try {
      Class<? extends Reply> reply = REPLIES.get(type);
      if (reply != null) {
        return LENIENT.treeToValue(node, reply);
      }
      Class<? extends Event> event = EVENTS.get(type);
      if (event != null) {
        long seq = node.path("seq").asLong();
        node.remove("seq");
        return new Reply.Happened(seq, LENIENT.treeToValue(node, event));
      }
    } catch (JsonProcessingException e) {
      throw new WireException("bad-field", "\"" + type + "\": " + where(e) + " " + explain(e), null);
    }
    throw new WireException("unknown-type", "unknown message type \"" + type + "\"", null);
  }

  // ---- stored events

  /** An event as stored: every field, resume tokens included. */
  public static String storeEvent(Event event) {
    ObjectNode node = MAPPER.valueToTree(event);
    return write(node);
  }

  /** An event read back from the store. */
  public static Event readEvent(String type, String body) {
    Class<? extends Event> event = EVENTS.get(type);
    if (event == null) {
      throw new IllegalArgumentException("no event type \"" + type + "\"");
    }
    try {
      return LENIENT.readValue(body, event);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the envelope

  private static ObjectNode envelope(String type, Object body) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("v", VERSION);
    node.put("type", type);
    node.setAll((ObjectNode) MAPPER.valueToTree(body));
    return node;
  }

  private static ObjectNode object(String frame) throws WireException {
    JsonNode node;
    try {
      node = MAPPER.readTree(frame);
    } catch (JsonProcessingException e) {
      throw new WireException("malformed", "not JSON: " + e.getOriginalMessage(), null);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || !node.isObject()) {
      throw new WireException("malformed", "a frame is one JSON object with a \"type\"", null);
    }
    return (ObjectNode) node;
  }

  /** Checks and removes {@code v}, {@code type} and {@code ref}; returns the type. */
  private static String header(ObjectNode node, String ref) throws WireException {
    JsonNode version = node.remove("v");
    if (version == null || !version.isInt() || version.intValue() != VERSION) {
      throw new WireException("bad-version", "this server speaks protocol version " + VERSION
          + "; put \"v\": " + VERSION + " in every frame" + (version == null ? "" : ", not " + version), ref);
    }
    String type = text(node, "type", ref);
    node.remove("type");
    if (type == null || type.isEmpty()) {
      throw new WireException("malformed", "a frame needs a \"type\"", ref);
    }
    return type;
  }

  private static String text(ObjectNode node, String field, String ref) throws WireException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.textValue().length() > 64) {
      throw new WireException("malformed", "\"" + field + "\" is a string of at most 64 characters", ref);
    }
    return value.textValue();
  }

  /**
   * Each field has the JSON type of its component, before Jackson may coerce it: a string is a
   * JSON string (never a number or true), a number a finite JSON number (never "1.5").
   */
  private static void checkTypes(ObjectNode node, Class<?> message, String type, String ref) throws WireException {
    for (RecordComponent component : message.getRecordComponents()) {
      JsonNode value = node.get(component.getName());
      if (value == null || value.isNull()) {
        continue;
      }
      Class<?> expected = component.getType();
      String problem = null;
      if (expected == String.class && !value.isTextual()) {
        problem = "must be a string";
      } else if ((expected == double.class || expected == float.class)
          && (!value.isNumber() || !Double.isFinite(value.doubleValue()))) {
        problem = "must be a number";
      } else if ((expected == long.class || expected == int.class) && !value.isIntegralNumber()) {
        problem = "must be a whole number";
      } else if (expected == boolean.class && !value.isBoolean()) {
        problem = "must be true or false";
      } else if (expected == java.util.List.class && !isShortListOfStrings(value)) {
        problem = "must be a list of at most " + MAX_LIST + " strings";
      }
      if (problem != null) {
        throw new WireException("bad-field", "\"" + type + "\": $." + component.getName() + " " + problem, ref);
      }
    }
  }

  private static boolean isShortListOfStrings(JsonNode value) {
    if (!value.isArray() || value.size() > MAX_LIST) {
      return false;
    }
    for (JsonNode element : value) {
      if (!element.isTextual() || element.textValue().length() > 64) {
        return false;
      }
    }
    return true;
  }

  private static String where(JsonProcessingException e) {
    StringBuilder path = new StringBuilder("$");
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.append('.').append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
    }
    return path.toString();
  }

  /** Jackson's message, in words for the person writing a client. */
  private static String explain(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message.startsWith("Missing creator property") || message.startsWith("Null value for creator property")) {
      return "is missing";
    }
    if (message.startsWith("Unrecognized field")) {
      return "is not a field of this message";
    }
    if (message.startsWith("Cannot deserialize value of type `double`")
        || message.startsWith("Cannot deserialize value of type `long`")) {
      return "must be a number";
    }
    if (message.startsWith("Cannot deserialize value of type `java.lang.String`")) {
      return "must be a string";
    }
    int end = message.indexOf('\n');
    return "is wrong: " + (end < 0 ? message : message.substring(0, end));
  }

  private static String write(ObjectNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> String nameOf(Map<String, Class<? extends T>> names, Class<?> type) {
    for (Map.Entry<String, Class<? extends T>> entry : names.entrySet()) {
      if (entry.getValue() == type) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException(type.getName() + " has no name in the live protocol");
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, Class<? extends T>> names(Object... pairs) {
    Map<String, Class<? extends T>> names = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      names.put((String) pairs[i], (Class<? extends T>) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(names);
  }
}
