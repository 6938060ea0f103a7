package fi.retki.server.store;

import java.net.URI;
import java.sql.SQLException;

/** Why a database could not be opened, in words for the person who set its URL, user and password. */
final class OpenFailure {
  /*
   * By SQLSTATE, which H2 and PostgreSQL share for these: 28P01 a password refused, 28000 a user
   * the server does not know or does not let in, 3D000 no such database, 08004 a connection the
   * server turned down (a password it asked for and was not given). No connection at all (a server
   * down, a wrong host or port) shows as a java.net exception among the causes. The server's or
   * driver's own words follow; they name the user, database or address. The URL is shown without its query, where a password
   * might be.
   */
  private OpenFailure() {}

  static String describe(Throwable failure, String jdbcUrl, String user) {
    SQLException sql = sqlCause(failure);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String reason = sql == null ? Database.rootMessage(failure) : sql.getMessage();
    String where = shown(jdbcUrl);
    switch (state) {
      case "28P01":
        return "the database at " + where + " refused the password of user " + user + ": " + reason;
      case "28000":
        return "the database at " + where + " does not let user " + user + " in: " + reason;
      case "3D000":
        return "cannot open the database at " + where + ": " + reason + "; create it first (e.g. createdb --owner="
            + user + " " + databaseName(jdbcUrl) + ")";
      case "08004":
        return "the database at " + where + " turned user " + user + " away: " + reason;
      default:
        if (unreachable(failure)) {
          return "cannot reach the database at " + where + ": " + reason;
        }
        return "cannot open the database at " + where + ": " + reason;
    }
  }

  private static SQLException sqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static boolean unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.SocketException || t instanceof java.net.UnknownHostException
          || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The URL without its query or H2 settings. */
  static String shown(String jdbcUrl) {
    int end = jdbcUrl.length();
    for (char c : new char[] {'?', ';'}) {
      int at = jdbcUrl.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return jdbcUrl.substring(0, end);
  }

  /** The database's name in {@code jdbc:postgresql://host:port/NAME}. */
  private static String databaseName(String jdbcUrl) {
    try {
      String path = URI.create(shown(jdbcUrl).substring("jdbc:".length())).getPath();
      return path == null || path.length() < 2 ? "retki" : path.substring(1);
    } catch (IllegalArgumentException e) {
      return "retki";
    }
  }
}
