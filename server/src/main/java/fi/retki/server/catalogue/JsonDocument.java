package fi.retki.server.catalogue;

import fi.retki.scenes.SceneJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A JSON answer computed once: its bytes and a strong entity tag over them. */
record JsonDocument(byte[] body, String etag) {
  static JsonDocument of(Object value) {
    try {
      return ofBytes(SceneJson.mapper().writeValueAsBytes(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  static JsonDocument ofBytes(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
      return new JsonDocument(body, '"' + tag + '"');
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
