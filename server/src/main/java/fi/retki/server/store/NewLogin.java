package fi.retki.server.store;

import java.util.Objects;

/**
 * A login just made.
 *
 * @param token the secret for the browser's cookie; the store keeps only its SHA-256, so this is
 *     the one chance to see it
 * @param login what the token stands for
 */
public record NewLogin(String token, Login login) {
  public NewLogin {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(login, "login");
  }
}
