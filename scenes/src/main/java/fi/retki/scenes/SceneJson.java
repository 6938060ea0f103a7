package fi.retki.scenes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The one Jackson configuration for Retki's JSON, and the canonical writer of scenes.
 *
 * <p>Reading a {@code scene.json} goes through {@link SceneReader}, which reports every problem
 * with its JSON path; this mapper is for writing and for trusted data (manifests, the wire).
 */
public final class SceneJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .addModule(instants())
      .build();

  private SceneJson() {}

  /** Instants as ISO-8601 text ({@code 2026-11-25T09:00:00Z}), without pulling in a module. */
  private static SimpleModule instants() {
    SimpleModule module = new SimpleModule("instants");
    module.addSerializer(Instant.class, new ToStringSerializer(Instant.class));
    module.addDeserializer(Instant.class, new FromStringDeserializer<>(Instant.class) {
      @Override
      protected Instant _deserialize(String value, DeserializationContext context) {
        return Instant.parse(value);
      }
    });
    return module;
  }

  /** The shared mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The scene as canonical, indented UTF-8 JSON with a final newline. */
  public static byte[] write(Scene scene) {
    try {
      String json = MAPPER.writeValueAsString(scene);
      return (json + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
