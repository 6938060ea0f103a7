package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.assets.image.Images;
import fi.retki.assets.image.PngCheck;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.SceneJson;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Snapshots are stored, served and exported only as checked, freshly encoded PNGs. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SnapshotCheckIT extends SignedInServer {
  @Test
  void onlyCheckedPngsAreStoredServedWithNosniffAndExported() throws Exception {
    JsonNode session = teacher.start(port, "school-yard");
    String id = session.path("id").asText();
    try (LiveClient aino = new LiveClient(port)) {
      String token = aino.join(session.path("code").asText(), "Aino").path("token").asText();

      byte[] signature = Arrays.copyOf(png(2, 2), 8);
      HttpResponse<String> html = upload(token, concat(signature,
          "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
      assertThat(html.statusCode()).as(html.body()).isEqualTo(422);
      assertThat(html.body()).contains("the snapshot was refused");
      assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

      long started = System.nanoTime();
      HttpResponse<String> bomb = upload(token, declaring(20_000, 20_000, 400_000));
      assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(422);
      assertThat(bomb.body()).contains("20000x20000");
      assertThat((System.nanoTime() - started) / 1_000_000).as("refused from its header, millis").isLessThan(1_000);

      byte[] good = png(40, 30);
      byte[] text = chunk("tEXt", "Comment\0<html><script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1));
      byte[] withHtml = concat(Arrays.copyOf(good, 33), text, Arrays.copyOfRange(good, 33, good.length));
      HttpResponse<String> stored = upload(token, withHtml);
      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }

    JsonNode work = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + id + "/work").body());
    assertThat(work.path("snapshots")).as("only the good PNG was stored").hasSize(1);
    HttpResponse<byte[]> served = teacher.get(port, work.path("snapshots").get(0).path("href").asText());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(PngCheck.check(served.body())).isInstanceOf(PngCheck.Valid.class);
    assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).as("re-encoded").doesNotContain("script");

    Map<String, byte[]> zip = unzip(teacher.get(port, "/api/sessions/" + id + "/export.zip").body());
    assertThat(zip.keySet().stream().filter(name -> name.contains("/snapshots/"))).hasSize(1);
    zip.forEach((name, bytes) -> {
      if (name.contains("/snapshots/")) {
        assertThat(PngCheck.check(bytes)).as(name).isInstanceOf(PngCheck.Valid.class);
        assertThat(bytes).as(name).isEqualTo(served.body());
      }
    });
  }

  private static HttpResponse<String> upload(String token, byte[] body) throws Exception {
    return LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/live/snapshots"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(width - 1, height - 1, 0xff8800);
    return Images.encode(image, MediaType.PNG);
  }

  /** A small, well-formed PNG whose header declares a huge image (its pixel data: zeros, deflated). */
  private static byte[] declaring(int width, int height, int zeros) {
    Deflater deflater = new Deflater(9);
    deflater.setInput(new byte[zeros]);
    deflater.finish();
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      idat.write(buffer, 0, deflater.deflate(buffer));
    }
    byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
        .put((byte) 0).put((byte) 0).put((byte) 0).array();
    return concat(Arrays.copyOf(png(1, 1), 8), chunk("IHDR", ihdr), chunk("IDAT", idat.toByteArray()),
        chunk("IEND", new byte[0]));
  }

  private static byte[] chunk(String type, byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
    crc.update(body);
    return ByteBuffer.allocate(12 + body.length).putInt(body.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
        .put(body).putInt((int) crc.getValue()).array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
