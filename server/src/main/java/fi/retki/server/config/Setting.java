package fi.retki.server.config;

import java.util.Locale;

/** One server setting, with the names it has in each source. */
enum Setting {
  PORT("port", "8080", "the TCP port to listen on, 0 to 65535"),
  BIND("bind", "0.0.0.0", "the address to listen on"),
  DATA_DIR("dataDir", "data", "the folder for the content store and the database"),
  CACHE_BYTES("cacheBytes", "512MiB", "the asset cache size, e.g. 536870912, 512MiB or 2GiB"),
  ZERO_COPY_ABOVE("zeroCopyAbove", "8MiB", "blob size above which files are sent without the cache"),
  TLS_KEY("tlsKey", null, "a PEM private key file; HTTPS needs tlsCert too"),
  TLS_CERT("tlsCert", null, "a PEM certificate file; HTTPS needs tlsKey too");

  final String key;
  final String fallback;
  final String meaning;

  Setting(String key, String fallback, String meaning) {
    this.key = key;
    this.fallback = fallback;
    this.meaning = meaning;
  }

  /** The environment variable, e.g. {@code RETKI_DATA_DIR}. */
  String env() {
    return "RETKI_" + key.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
  }

  /** The flag, e.g. {@code --data-dir}. */
  String flag() {
    return "--" + key.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  static Setting ofKey(String key) {
    for (Setting setting : values()) {
      if (setting.key.equals(key)) {
        return setting;
      }
    }
    return null;
  }

  static Setting ofFlag(String flag) {
    for (Setting setting : values()) {
      if (setting.flag().equals(flag)) {
        return setting;
      }
    }
    return null;
  }
}
