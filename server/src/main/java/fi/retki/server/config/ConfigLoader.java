package fi.retki.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link ServerConfig} from defaults, a JSON file ({@code --config} or {@code
 * RETKI_CONFIG}), environment variables ({@code RETKI_PORT}, ...) and flags ({@code --port 8080} or
 * {@code --port=8080}), each overriding the one before. Every bad setting is reported, naming the
 * setting, where its value came from and what would be right.
 */
public final class ConfigLoader {
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(|ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|B|KiB|MiB|GiB|KB|MB|GB|k|m|g)");

  private ConfigLoader() {}

  /** Where a value came from and what it is. */
  private record Value(String text, String source) {}

  public static ServerConfig load(String[] args, Map<String, String> env) throws ConfigException {
    List<String> problems = new ArrayList<>();
    Map<Setting, Value> values = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      if (setting.fallback != null) {
        values.put(setting, new Value(setting.fallback, setting.key + " (default)"));
      }
    }
    Map<Setting, Value> flags = new EnumMap<>(Setting.class);
    String configFile = env.get("RETKI_CONFIG");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      Setting setting = Setting.ofFlag(name);
      if (setting == null && !name.equals("--config")) {
        problems.add(
            (name.startsWith("--") ? "unknown flag " : "unexpected argument ")
                + name + "; known flags: --config, " + knownFlags());
        if (name.startsWith("--") && value == null && i + 1 < args.length && !args[i + 1].startsWith("--")) {
          i++;
        }
        continue;
      }
      if (value == null && setting != null && setting.isSwitch()
          && (i + 1 >= args.length || args[i + 1].startsWith("--"))) {
        value = "true";
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          problems.add("flag " + name + " needs a value");
          continue;
        }
        value = args[++i];
      }
      if (setting == null) {
        configFile = value;
      } else {
        flags.put(setting, new Value(value, setting.key + " (flag " + name + ")"));
      }
    }
    if (configFile != null) {
      readFile(Path.of(configFile), values, problems);
    }
    for (Setting setting : Setting.values()) {
      String fromEnv = env.get(setting.env());
      if (fromEnv != null) {
        values.put(setting, new Value(fromEnv, setting.key + " (environment variable " + setting.env() + ")"));
      }
    }
    values.putAll(flags);
    ServerConfig config = build(values, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return config;
  }

  private static String knownFlags() {
    List<String> flags = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      if (!setting.secret) {
        flags.add(setting.flag());
      }
    }
    return String.join(", ", flags);
  }

  private static void readFile(Path file, Map<Setting, Value> values, List<String> problems) {
    JsonNode root;
    try {
      root = SceneJson.mapper().readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      problems.add("configuration file " + file + ": not valid JSON: " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      problems.add("configuration file " + file + ": cannot be read: " + e.getMessage());
      return;
    }
    if (root == null || !root.isObject()) {
      problems.add("configuration file " + file + ": must hold a JSON object of settings");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Setting setting = Setting.ofKey(field.getKey());
      String source = field.getKey() + " (configuration file " + file + ")";
      if (setting == null) {
        problems.add(source + ": unknown setting; known settings: " + knownKeys());
      } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
        values.put(setting, new Value(field.getValue().asText(), source));
      } else {
        problems.add(source + ": must be a string or a number");
      }
    }
  }

  private static String knownKeys() {
    List<String> keys = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      keys.add(setting.key);
    }
    return String.join(", ", keys);
  }

  private static ServerConfig build(Map<Setting, Value> values, List<String> problems) {
    int port = (int) number(values.get(Setting.PORT), 0, 65535, problems);
    String bind = text(values.get(Setting.BIND), problems);
    String dataDir = text(values.get(Setting.DATA_DIR), problems);
    long cache = size(values.get(Setting.CACHE_BYTES), problems);
    long zeroCopy = size(values.get(Setting.ZERO_COPY_ABOVE), problems);
    Path key = readableFile(values.get(Setting.TLS_KEY), problems);
    Path cert = readableFile(values.get(Setting.TLS_CERT), problems);
    if ((values.get(Setting.TLS_KEY) == null) != (values.get(Setting.TLS_CERT) == null)) {
      problems.add("tlsKey and tlsCert go together: give both for HTTPS, or neither for HTTP");
    }
    int maxConnections = (int) number(values.get(Setting.MAX_CONNECTIONS), 1, 1_000_000, problems);
    Duration idle = duration(values.get(Setting.IDLE_TIMEOUT), problems);
    Duration header = duration(values.get(Setting.HEADER_TIMEOUT), problems);
    Duration request = duration(values.get(Setting.REQUEST_TIMEOUT), problems);
    int maxPupils = (int) number(values.get(Setting.MAX_PUPILS), 1, 1000, problems);
    int retention = (int) number(values.get(Setting.RETENTION_DAYS), 1, 36_500, problems);
    Duration sessionIdle = duration(values.get(Setting.SESSION_IDLE_LIMIT), problems);
    Value token = values.get(Setting.METRICS_TOKEN);
    String metricsToken = token == null ? null : token.text.trim();
    if (metricsToken != null && metricsToken.length() < 16) {
      problems.add(token.source + ": a metrics token has at least 16 characters, so that it cannot be guessed");
    }
    DatabaseConfig database = database(values, problems);
    ClusterConfig cluster = cluster(values, database, problems);
    boolean proxyProtocol = yesOrNo(values.get(Setting.PROXY_PROTOCOL), problems);
    if (!problems.isEmpty()) {
      return null;
    }
    Limits limits = new Limits(maxConnections, idle, header, request, maxPupils, retention, sessionIdle, metricsToken);
    return new ServerConfig(port, bind, Path.of(dataDir), cache, zeroCopy, key, cert, limits, database, cluster,
        proxyProtocol);
  }

  private static boolean yesOrNo(Value value, List<String> problems) {
    String text = value.text.trim().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      problems.add(value.source + ": \"" + value.text + "\" is neither true nor false");
    }
    return text.equals("true");
  }

  private static DatabaseConfig database(Map<Setting, Value> values, List<String> problems) {
    Value url = values.get(Setting.DATABASE_URL);
    Value password = values.get(Setting.DATABASE_PASSWORD);
    Value passwordFile = values.get(Setting.DATABASE_PASSWORD_FILE);
    if (url == null) {
      if (password != null || passwordFile != null) {
        problems.add("a database password needs databaseUrl (the embedded database has none)");
      }
      return DatabaseConfig.EMBEDDED;
    }
    String jdbc = url.text.trim();
    if (!jdbc.startsWith("jdbc:postgresql://")) {
      problems.add(url.source + ": \"" + jdbc + "\" is not a PostgreSQL JDBC URL; use e.g. "
          + "jdbc:postgresql://127.0.0.1:5432/retki");
    }
    if (password != null && passwordFile != null) {
      problems.add("the database password comes from RETKI_DATABASE_PASSWORD or databasePasswordFile, not both");
    }
    String secret = password == null ? null : password.text;
    if (passwordFile != null) {
      Path file = readableFile(passwordFile, problems);
      try {
        if (Files.isReadable(file)) {
          secret = Files.readString(file).strip();
        }
      } catch (IOException e) {
        problems.add(passwordFile.source + ": cannot be read: " + e.getMessage());
      }
    }
    return new DatabaseConfig(jdbc, text(values.get(Setting.DATABASE_USER), problems), secret);
  }

  private static ClusterConfig cluster(Map<Setting, Value> values, DatabaseConfig database, List<String> problems) {
    Value on = values.get(Setting.CLUSTER);
    String flag = on.text.trim().toLowerCase(Locale.ROOT);
    if (!flag.equals("true") && !flag.equals("false")) {
      problems.add(on.source + ": \"" + on.text + "\" is neither true nor false");
      return ClusterConfig.OFF;
    }
    String host = text(values.get(Setting.CLUSTER_HOST), problems);
    int port = (int) number(values.get(Setting.CLUSTER_PORT), 1, 65535, problems);
    Value membersValue = values.get(Setting.CLUSTER_MEMBERS);
    List<String> members = new ArrayList<>();
    if (membersValue != null) {
      for (String member : membersValue.text.split(",")) {
        String m = member.trim();
        if (m.isEmpty()) {
          continue;
        }
        if (!m.matches("[A-Za-z0-9.\\-]+:\\d{1,5}") || Integer.parseInt(m.substring(m.lastIndexOf(':') + 1)) > 65535) {
          problems.add(membersValue.source + ": \"" + m + "\" is not host:port; use e.g. 127.0.0.1:5701");
        } else {
          members.add(m);
        }
      }
    }
    if (!flag.equals("true")) {
      return ClusterConfig.OFF;
    }
    if (database.embedded()) {
      problems.add(on.source + ": a clustered node needs the database the nodes share: set databaseUrl "
          + "(e.g. jdbc:postgresql://127.0.0.1:5432/retki); the embedded database belongs to one server");
    }
    if (members.isEmpty()) {
      members.add(host + ":" + port);
    }
    return port == 0 ? ClusterConfig.OFF : ClusterConfig.of(members, host, port);
  }

  /** A positive duration: a number with a unit (ms, s, m, h, d), or plain seconds. */
  static Duration duration(Value value, List<String> problems) {
    Matcher m = DURATION.matcher(value.text.trim());
    if (m.matches()) {
      try {
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "", "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
        if (!d.isZero()) {
          return d;
        }
      } catch (ArithmeticException | NumberFormatException e) {
        // reported below
      }
    }
    problems.add(value.source + ": \"" + value.text + "\" is not a duration above 0; use e.g. 500ms, 60s, 10m, 24h or 7d");
    return Duration.ofSeconds(1);
  }

  private static long number(Value value, long min, long max, List<String> problems) {
    try {
      long n = Long.parseLong(value.text.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(value.source + ": \"" + value.text + "\" is not a whole number from "
        + min + " to " + max + "; use e.g. 8080");
    return 0;
  }

  private static String text(Value value, List<String> problems) {
    if (value.text.isBlank()) {
      problems.add(value.source + ": must not be empty");
    }
    return value.text.trim();
  }

  /** A size in bytes: a plain number, or with a unit (KiB, MiB, GiB, or KB, MB, GB). */
  static long size(Value value, List<String> problems) {
    Matcher m = SIZE.matcher(value.text.trim());
    if (m.matches()) {
      try {
        long n = Long.parseLong(m.group(1));
        return Math.multiplyExact(n, unit(m.group(2)));
      } catch (ArithmeticException | NumberFormatException e) {
        // reported below
      }
    }
    problems.add(value.source + ": \"" + value.text + "\" is not a size; use bytes, e.g. 536870912, or 512MiB, 2GiB");
    return 0;
  }

  private static long unit(String unit) {
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "kib":
      case "k":
        return 1L << 10;
      case "mib":
      case "m":
        return 1L << 20;
      case "gib":
      case "g":
        return 1L << 30;
      case "kb":
        return 1_000L;
      case "mb":
        return 1_000_000L;
      case "gb":
        return 1_000_000_000L;
      default:
        return 1;
    }
  }

  private static Path readableFile(Value value, List<String> problems) {
    if (value == null) {
      return null;
    }
    Path path = Path.of(value.text.trim());
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      problems.add(value.source + ": \"" + value.text + "\" is not a readable file");
    }
    return path;
  }
}
