package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.assets.image.Images;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.SceneJson;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The saved work's ZIP is something to hand on: named after the scene and the day, one folder
 * inside, an index.html in the lesson's language with the scene's title and a readable date, and
 * for the school yard the plan as a picture of the yard (checked pixel by pixel) and as a list.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SavedWorkExportIT extends SignedInServer {
  private static final int OBJECT_FILL = 0xf78c40;
  private static final Path OUT = Path.of("target/saved-work");

  @Test
  void aSwedishSchoolYardLessonExportsThePlanAsAPictureOfTheYardAndAsAList() throws Exception {
    JsonNode session = start("school-yard", "sv");
    String id = session.path("id").asText();
    try (LiveClient guide = teacher.watch(port, id); LiveClient aino = new LiveClient(port)) {
      JsonNode welcome = aino.join(session.path("code").asText(), "Aino");
      place(aino, "o-1", "tree", -25, 20, 0);
      place(aino, "o-2", "sandbox", 20, -8, 0);
      place(aino, "o-3", "football-goal", -33, -5, 90);
      aino.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"n\",\"noteId\":\"n-1\",\"text\":\"Gungor vid grinden\"}");
      aino.next("ack");
      byte[] png = Images.encode(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), MediaType.PNG);
      assertThat(snapshot(welcome.path("token").asText(), png).statusCode()).isEqualTo(201);
      guide.send("{\"v\":1,\"type\":\"end-session\",\"ref\":\"end\"}");
      assertThat(aino.closed.get(10, TimeUnit.SECONDS)).startsWith("1000");
    }
    JsonNode work = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + id + "/work").body());
    String day = day(work);
    String name = "retki-school-yard-" + day;

    HttpResponse<byte[]> zip = teacher.get(port, "/api/sessions/" + id + "/export.zip");
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + name + ".zip\"");
    Map<String, byte[]> entries = unzip(zip.body());
    Files.createDirectories(OUT);
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      Path file = OUT.resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, entry.getValue());
    }
    assertThat(entries.keySet()).as("one folder of the ZIP's name").allMatch(entry -> entry.startsWith(name + "/"));
    assertThat(entries.keySet()).contains(name + "/index.html", name + "/plan.png", name + "/plan.csv",
        name + "/work.json");

    String html = new String(entries.get(name + "/index.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"sv\">", "<h1>Skolgården</h1>", "Gungor vid grinden", "Gårdsplanen",
        "src=\"plan.png\"", "Träd", "Sandlåda", "Fotbollsmål");
    assertThat(html).as("a readable Swedish date and time").contains(swedish(work.path("openedAt").asText()));
    assertThat(html).as("snapshots enlarge on a click, without scripts").contains("href=\"#shot-1\"", ":target")
        .doesNotContain("<script");
    String csv = new String(entries.get(name + "/plan.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines()).hasSize(4).anyMatch(line -> line.startsWith("\"tree\",\"Träd\",-25.00,20.00,0,\"Aino\""));

    BufferedImage plan = ImageIO.read(new ByteArrayInputStream(entries.get(name + "/plan.png")));
    assertThat(plan).as("plan.png is a PNG").isNotNull();
    JsonNode yard = SceneJson.mapper().readTree(teacher.get(port, "/api/scenes/school-yard/yard").body());
    JsonNode view = yard.path("view");
    assertThat(plan.getWidth()).isEqualTo((int) Math.ceil((view.get(2).asDouble() - view.get(0).asDouble()) * 10));
    for (double[] at : new double[][] {{-25, 20}, {20, -8}, {-33, -5}, {-33, -7}}) {
      assertThat(rgb(plan, view, at[0], at[1])).as("the plan shows a placed object at %s, %s", at[0], at[1])
          .isEqualTo(OBJECT_FILL);
    }
    assertThat(rgb(plan, view, -36.5, -5)).as("the goal is turned: 2 m deep across x, not 5").isNotEqualTo(OBJECT_FILL);
    int court = rgb(plan, view, -10, 0);
    assertThat(grey(court)).as("the court is dark grey asphalt: %06x", court).isTrue();
    int sand = rgb(plan, view, 30, 0);
    assertThat(sand >> 16 & 0xff).as("the sand is sand-coloured: %06x", sand).isGreaterThan(0xc0);
    assertThat(sand & 0xff).isBetween(0x70, 0xc0);
    int grass = rgb(plan, view, 0, 25);
    assertThat(grass >> 8 & 0xff).as("the grass is green: %06x", grass).isGreaterThan(grass >> 16 & 0xff);
    int roof = rgb(plan, view, -10, -38);
    assertThat(grey(roof)).as("the school's roof is drawn above the yard: %06x", roof).isTrue();
    assertThat(yard.path("landmarks").get(0).path("title").path("sv").asText()).isEqualTo("Skolbyggnaden");

    HttpResponse<byte[]> picture = teacher.get(port, work.path("planPicture").asText());
    assertThat(picture.statusCode()).isEqualTo(200);
    assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
  }

  @Test
  void aFinnishRainforestExportIsNamedAfterItsSceneAndHasNoPlan() throws Exception {
    JsonNode session = start("rainforest", "fi");
    String id = session.path("id").asText();
    try (LiveClient guide = teacher.watch(port, id)) {
      guide.send("{\"v\":1,\"type\":\"end-session\",\"ref\":\"end\"}");
      guide.next("ack");
    }
    JsonNode work = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + id + "/work").body());
    String name = "retki-rainforest-" + day(work);
    HttpResponse<byte[]> zip = teacher.get(port, "/api/sessions/" + id + "/export.zip");
    assertThat(zip.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + name + ".zip\"");
    Map<String, byte[]> entries = unzip(zip.body());
    assertThat(entries.keySet()).containsExactlyInAnyOrder(name + "/index.html", name + "/work.json");
    JsonNode scenes = SceneJson.mapper().readTree(teacher.get(port, "/api/scenes/rainforest").body());
    String html = new String(entries.get(name + "/index.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"fi\">", "<h1>" + scenes.path("title").path("fi").asText() + "</h1>",
        "Muistiinpanot", "Ei muistiinpanoja.", " klo ");
    assertThat(work.has("planPicture")).isFalse();
    assertThat(teacher.get(port, "/api/sessions/" + id + "/plan.png").statusCode()).isEqualTo(404);
    assertThat(teacher.get(port, "/api/scenes/rainforest/yard").statusCode()).isEqualTo(404);
  }

  private static JsonNode start(String scene, String language) throws Exception {
    HttpResponse<String> started = teacher.post(port, "/api/sessions",
        "{\"scene\":\"" + scene + "\",\"language\":\"" + language + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return SceneJson.mapper().readTree(started.body());
  }

  private static void place(LiveClient pupil, String objectId, String kind, double x, double z, double yaw)
      throws Exception {
    pupil.send("{\"v\":1,\"type\":\"place-object\",\"ref\":\"" + objectId + "\",\"objectId\":\"" + objectId
        + "\",\"kind\":\"" + kind + "\",\"x\":" + x + ",\"z\":" + z + ",\"yaw\":" + yaw + "}");
    JsonNode answer = pupil.next("ack");
    assertThat(answer.path("ref").asText()).isEqualTo(objectId);
  }

  /** The lesson's day in the server's time zone (the tests run in the server's JVM). */
  private static String day(JsonNode work) {
    return Instant.parse(work.path("openedAt").asText()).atZone(ZoneId.systemDefault()).toLocalDate().toString();
  }

  private static String swedish(String instant) {
    ZonedDateTime at = Instant.parse(instant).atZone(ZoneId.systemDefault());
    Locale sv = Locale.forLanguageTag("sv-FI");
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(sv).format(at) + " kl. "
        + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(sv).format(at);
  }

  private static int rgb(BufferedImage image, JsonNode view, double x, double z) {
    return image.getRGB((int) ((x - view.get(0).asDouble()) * 10), (int) ((z - view.get(1).asDouble()) * 10)) & 0xffffff;
  }

  private static boolean grey(int rgb) {
    int r = rgb >> 16 & 0xff;
    int g = rgb >> 8 & 0xff;
    int b = rgb & 0xff;
    return Math.max(r, Math.max(g, b)) < 0x80 && Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 0x18;
  }

  private static HttpResponse<String> snapshot(String token, byte[] body) throws Exception {
    return LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/live/snapshots"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
