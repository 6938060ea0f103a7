package fi.retki.server.store;

import java.util.Objects;

/**
 * A teacher who can sign in to the console.
 *
 * @param id a random UUID
 * @param name the name they sign in with, unique
 */
public record Teacher(String id, String name) {
  public Teacher {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
