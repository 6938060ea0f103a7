package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.server.config.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file: where it lives, who can read it, and its compaction. */
class EmbeddedDatabaseTest {
  @TempDir Path dataDir;

  @Test
  void open_embedded_createsTheFileInTheDataDirectory() {
    try (Database db = Database.open(DatabaseConfig.EMBEDDED, dataDir)) {
      assertThat(dataDir.resolve("db/retki.mv.db")).isRegularFile();
      assertThat(DatabaseTest.appliedMigrations(db)).containsExactly("1", "2", "3", "4", "5");
    }
  }

  @Test
  void open_ofAFileGrownPastTheLimit_compactsItAndKeepsTheData() throws Exception {
    Path crashed = dataDir.resolve("crashed");
    Path file = crashed.resolve("db/retki.mv.db");
    try (Database db = Database.open(dataDir)) {
      SessionStore sessions = new SessionStore(db);
      sessions.create(Fixtures.session("s1", Fixtures.teacher(db, "anna").id(), "K7PX2M", Fixtures.T0));
      for (int seq = 0; seq < 300; seq++) {
        sessions.append("s1", List.of(new StoredEvent(seq, "went-to", "{\"poi\":" + seq + "}", Fixtures.T0)));
      }
      // What a killed server leaves: the file as it is while open, which no close has compacted.
      Files.createDirectories(file.getParent());
      Files.copy(dataDir.resolve("db/retki.mv.db"), file);
    }
    long grown = Files.size(file);
    // Every commit appends its chunk (space is never reused): 300 commits leave well over 1 MB.
    assertThat(grown).isGreaterThan(1L << 20);

    try (Database db = Database.open(crashed, grown + 1)) {
      assertThat(new SessionStore(db).events("s1")).hasSize(300);
      assertThat(Files.size(file)).as("not past the limit: not compacted on open").isGreaterThanOrEqualTo(grown);
    }
    assertThat(Files.size(file)).as("compacted on close").isLessThan(grown / 4);

    Files.copy(dataDir.resolve("db/retki.mv.db"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (Database db = Database.open(crashed, 1L << 20)) {
      assertThat(Files.size(file)).as("past the limit: compacted on open").isLessThan(grown / 4);
      assertThat(new SessionStore(db).events("s1")).extracting(StoredEvent::seq).hasSize(300).endsWith(299L);
    }
  }

  @Test
  void close_compactsTheFile_soThatDeletedWorkLeavesIt() throws Exception {
    Path file = dataDir.resolve("db/retki.mv.db");
    String secret = "Aino's secret note about the sloth";
    try (Database db = Database.open(dataDir)) {
      SessionStore sessions = new SessionStore(db);
      sessions.create(Fixtures.session("s1", Fixtures.teacher(db, "anna").id(), "K7PX2M", Fixtures.T0));
      for (int seq = 1; seq <= 50; seq++) {
        sessions.append("s1", List.of(new StoredEvent(seq, "note-saved", "{\"text\":\"" + secret + "\"}", Fixtures.T0)));
      }
      sessions.append("s1", List.of(new StoredEvent(51, SessionStore.SESSION_ENDED, "{}", Fixtures.T0)));
      assertThat(sessions.delete("s1")).isTrue();
      assertThat(occurrences(file, secret)).as("deleted rows stay in the freed chunks while open").isPositive();
    }
    assertThat(occurrences(file, secret)).as("after close").isZero();
    try (Database db = Database.open(dataDir)) {
      assertThat(new SessionStore(db).byId("s1")).isEmpty();
      assertThat(new Teachers(db).any()).isTrue();
    }
  }

  @Test
  void open_unknownJdbcUrl_saysItCannotOpen() {
    assertThatThrownBy(() -> Database.open("jdbc:nosuchdb:retki", "retki", ""))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open the database at jdbc:nosuchdb:retki: ");
  }

  @Test
  void open_pathWithSemicolon_isRefused() {
    assertThatThrownBy(() -> Database.open(dataDir.resolve("a;b")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("has a ';' in its path");
  }

  @Test
  void open_makesTheDataFolderTheDatabaseFolderAndItsFilesPrivateToThisUser() throws Exception {
    Path fresh = dataDir.resolve("new-data");
    try (Database db = Database.open(fresh)) {
      Fixtures.teacher(db, "anna");
    }
    assertThat(mode(fresh)).isEqualTo("rwx------");
    assertThat(mode(fresh.resolve("db"))).isEqualTo("rwx------");
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(fresh.resolve("db"))) {
      assertThat(files.filter(java.nio.file.Files::isRegularFile).map(EmbeddedDatabaseTest::mode))
          .isNotEmpty().containsOnly("rw-------");
    }
  }

  @Test
  void open_tightensADatabaseFolderLeftReadableByEarlierVersions() throws Exception {
    try (Database db = Database.open(dataDir)) {
      Fixtures.teacher(db, "anna");
    }
    java.nio.file.Files.setPosixFilePermissions(dataDir.resolve("db"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    java.nio.file.Files.setPosixFilePermissions(dataDir.resolve("db/retki.mv.db"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    try (Database db = Database.open(dataDir)) {
      assertThat(mode(dataDir.resolve("db"))).isEqualTo("rwx------");
      assertThat(mode(dataDir.resolve("db/retki.mv.db"))).isEqualTo("rw-------");
    }
  }

  private static int occurrences(Path file, String text) throws java.io.IOException {
    String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
    int count = 0;
    for (int at = bytes.indexOf(text); at >= 0; at = bytes.indexOf(text, at + 1)) {
      count++;
    }
    return count;
  }

  private static String mode(Path path) {
    try {
      return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
