package fi.retki.server.store.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.server.store.TokenHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Replaces the pupils' resume tokens that earlier versions stored in plain text (the {@code
 * resumeToken} of every {@code pupil-joined} event) by their hashes, in Flyway's transaction. The
 * server now keeps only hashes and hashes what a pupil sends before it looks it up, so a restored
 * session still takes its pupils' old tokens: an upgrade loses no class. A body that already holds
 * a hash is left alone.
 */
public final class V2__HashResumeTokens extends BaseJavaMigration {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIELD = "resumeToken";

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (PreparedStatement query = c.prepareStatement(
            "SELECT session_id, seq, body FROM session_event WHERE type = 'pupil-joined'");
        PreparedStatement update = c.prepareStatement(
            "UPDATE session_event SET body = ? WHERE session_id = ? AND seq = ?");
        ResultSet rows = query.executeQuery()) {
      int batched = 0;
      while (rows.next()) {
        JsonNode body = JSON.readTree(rows.getString(3));
        String token = body.path(FIELD).isTextual() ? body.get(FIELD).asText() : null;
        if (token == null || TokenHash.isHash(token)) {
          continue;
        }
        ((ObjectNode) body).put(FIELD, TokenHash.of(token));
        update.setString(1, JSON.writeValueAsString(body));
        update.setString(2, rows.getString(1));
        update.setLong(3, rows.getLong(2));
        update.addBatch();
        if (++batched % 500 == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }
}
