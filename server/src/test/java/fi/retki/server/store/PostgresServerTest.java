package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test PostgreSQL is found where Debian installs it, or the tests say how to install it. */
class PostgresServerTest {
  @TempDir Path versions;

  @Test
  void binaries_noneInstalled_sayToRunTheInstall() {
    assertThatThrownBy(() -> PostgresServer.binaries(versions))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PostgreSQL is not installed (no " + versions + "/<version>/bin/initdb): run ./test.sh "
            + "--install-only, which installs Debian's postgresql package");
  }

  @Test
  void binaries_ofSeveralVersions_areTheNewest() throws Exception {
    for (String version : new String[] {"9", "15", "13"}) {
      Path initdb = Files.createDirectories(versions.resolve(version).resolve("bin")).resolve("initdb");
      Files.createFile(initdb, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    Files.createDirectories(versions.resolve("16/bin")); // a version folder without initdb: another package
    assertThat(PostgresServer.binaries(versions)).isEqualTo(versions.resolve("15/bin"));
  }
}
