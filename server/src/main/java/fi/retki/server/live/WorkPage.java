package fi.retki.server.live;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.Language;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.Scene;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * The ZIP's {@code index.html}: a page to hand to a parent or a principal, opened from disk. In
 * the lesson's language: the scene's title, when the lesson was (in the server's time zone), who
 * took part, the notes, the snapshots (a click enlarges one: CSS {@code :target}, no script) and
 * the yard plan with the list of what was placed.
 */
final class WorkPage {
  private static final String STYLE = String.join("\n",
      ":root{--ink:#1d2429;--muted:#5a6570;--soft:#e7edf1;--accent:#1f6f5c}",
      "*{box-sizing:border-box}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',sans-serif;color:var(--ink);"
          + "margin:0;line-height:1.5;background:#fafbfc}",
      "header{background:var(--accent);color:#fff;padding:1.5rem max(1.5rem,calc(50% - 32rem))}",
      "header h1{margin:0;font-size:2.2rem;line-height:1.2}header p{margin:.3rem 0 0;font-size:1.15rem}",
      "main{max-width:64rem;margin:0 auto;padding:0 1.5rem 2rem}",
      "h2{margin:2rem 0 .6rem;font-size:1.4rem;border-bottom:2px solid var(--soft);padding-bottom:.2rem}",
      ".pupils{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:0}",
      ".pupils li{background:var(--soft);border-radius:1rem;padding:.1rem .8rem}",
      "blockquote{background:#fff;border-left:5px solid var(--accent);margin:.8rem 0;padding:.6rem 1rem;"
          + "border-radius:0 .4rem .4rem 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}",
      "blockquote p{margin:0;white-space:pre-wrap;font-size:1.1rem}blockquote footer{color:var(--muted);margin-top:.3rem}",
      ".shots{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:1rem;list-style:none;padding:0}",
      "figure{margin:0;background:#fff;border-radius:.4rem;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.12)}",
      "figure img{display:block;width:100%;height:auto}figcaption{padding:.4rem .7rem;color:var(--muted)}",
      ".plan img{display:block;width:100%;height:auto;border-radius:.4rem}",
      "table{border-collapse:collapse;width:100%;margin-top:1rem;background:#fff}",
      "th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--soft)}th{background:var(--soft)}",
      "td.num{font-variant-numeric:tabular-nums;white-space:nowrap}",
      ".hint,.empty,footer.page{color:var(--muted)}footer.page{text-align:center;padding:1rem}",
      ".big{display:none;position:fixed;inset:0;background:rgba(10,14,18,.9);z-index:1;align-items:center;"
          + "justify-content:center;padding:1rem}",
      ".big:target{display:flex}.big img{width:100%;height:100%;object-fit:contain}",
      "@media print{.big,.hint{display:none!important}header{background:none;color:var(--ink)}}");

  private WorkPage() {}

  static String html(JsonNode work, Scene scene, boolean planPicture, Set<String> shown, ZoneId zone) {
    Language language = Language.ofCode(work.path("language").asText("fi"));
    language = language == null ? Language.FI : language;
    WorkWords words = WorkWords.of(language);
    String title = scene == null ? work.path("scene").asText() : scene.title().get(language);
    String when = words.dateTime(at(work.path("openedAt").asText(), zone));
    StringBuilder html = new StringBuilder(8192).append("<!doctype html>\n<html lang=\"").append(language.code())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append(" · ").append(escape(when)).append("</title>\n<style>\n")
        .append(STYLE).append("\n</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<p data-test=\"when\">").append(escape(when)).append("</p>\n</header>\n<main>\n");
    pupils(html, work, words);
    notes(html, work, words, zone);
    snapshots(html, work, words, shown, zone);
    if (scene != null && scene.palette() != null) {
      plan(html, work, words, scene, language, planPicture);
    }
    return html.append("</main>\n<footer class=\"page\">").append(escape(words.savedWith()))
        .append("</footer>\n</body>\n</html>\n").toString();
  }

  private static void pupils(StringBuilder html, JsonNode work, WorkWords words) {
    html.append("<h2>").append(escape(String.format(words.locale(), words.pupils(), work.path("pupils").size())))
        .append("</h2>\n<p>").append(escape(words.code())).append(": ").append(escape(work.path("code").asText()))
        .append("</p>\n<ul class=\"pupils\">\n");
    work.path("pupils").forEach(p -> html.append("<li>").append(escape(p.path("nickname").asText())).append("</li>\n"));
    html.append("</ul>\n");
  }

  private static void notes(StringBuilder html, JsonNode work, WorkWords words, ZoneId zone) {
    html.append("<h2>").append(escape(words.notes())).append("</h2>\n");
    if (work.path("notes").isEmpty()) {
      html.append("<p class=\"empty\">").append(escape(words.noNotes())).append("</p>\n");
    }
    work.path("notes").forEach(note -> html.append("<blockquote><p>").append(escape(note.path("text").asText()))
        .append("</p><footer>").append(escape(note.path("nickname").asText())).append(" · ")
        .append(escape(words.time(at(note.path("at").asText(), zone)))).append("</footer></blockquote>\n"));
  }

  private static void snapshots(StringBuilder html, JsonNode work, WorkWords words, Set<String> shown, ZoneId zone) {
    html.append("<h2 id=\"snapshots\">").append(escape(words.snapshots())).append("</h2>\n");
    StringBuilder big = new StringBuilder();
    StringBuilder list = new StringBuilder();
    int n = 0;
    for (JsonNode shot : work.path("snapshots")) {
      String id = shot.path("id").asText();
      if (!shown.contains(id)) {
        continue;
      }
      n++;
      String src = "snapshots/" + escape(id) + ".png";
      String alt = escape(String.format(words.locale(), words.snapshotBy(), shot.path("nickname").asText()));
      list.append("<li><figure><a href=\"#shot-").append(n).append("\"><img src=\"").append(src).append("\" alt=\"")
          .append(alt).append("\" loading=\"lazy\"></a><figcaption>").append(escape(shot.path("nickname").asText()))
          .append(" · ").append(escape(words.time(at(shot.path("at").asText(), zone)))).append("</figcaption></figure></li>\n");
      big.append("<a class=\"big\" id=\"shot-").append(n).append("\" href=\"#snapshots\"><img src=\"").append(src)
          .append("\" alt=\"").append(alt).append("\"></a>\n");
    }
    if (n == 0) {
      html.append("<p class=\"empty\">").append(escape(words.noSnapshots())).append("</p>\n");
    } else {
      html.append("<p class=\"hint\">").append(escape(words.enlarge())).append("</p>\n<ul class=\"shots\">\n")
          .append(list).append("</ul>\n").append(big);
    }
  }

  private static void plan(StringBuilder html, JsonNode work, WorkWords words, Scene scene, Language language,
      boolean picture) {
    html.append("<h2 id=\"plan\">").append(escape(words.plan())).append("</h2>\n");
    if (picture) {
      html.append("<div class=\"plan\"><a href=\"#plan-big\"><img src=\"plan.png\" alt=\"")
          .append(escape(words.planPicture())).append("\" data-test=\"plan-picture\"></a></div>\n")
          .append("<a class=\"big\" id=\"plan-big\" href=\"#plan\"><img src=\"plan.png\" alt=\"")
          .append(escape(words.planPicture())).append("\"></a>\n");
    }
    if (work.path("plan").isEmpty()) {
      html.append("<p class=\"empty\">").append(escape(words.noPlan())).append("</p>\n");
      return;
    }
    html.append("<table>\n<caption hidden>").append(escape(words.placed())).append("</caption>\n<thead><tr><th>")
        .append(escape(words.object())).append("</th><th>").append(escape(words.placedBy())).append("</th><th>")
        .append(escape(words.where())).append("</th></tr></thead>\n<tbody>\n");
    for (JsonNode object : work.path("plan")) {
      html.append("<tr data-test=\"plan-item\"><td>").append(escape(kindTitle(scene, object.path("kind").asText(), language)))
          .append("</td><td>").append(escape(nickname(work, object.path("owner").asText()))).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.1f, %.1f", object.path("x").asDouble(), object.path("z").asDouble()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  static String kindTitle(Scene scene, String kindId, Language language) {
    PaletteKind kind = scene.palette().kind(kindId);
    return kind == null ? kindId : kind.title().get(language);
  }

  static String nickname(JsonNode work, String pupilId) {
    for (JsonNode pupil : work.path("pupils")) {
      if (pupil.path("id").asText().equals(pupilId)) {
        return pupil.path("nickname").asText();
      }
    }
    return "?";
  }

  static ZonedDateTime at(String instant, ZoneId zone) {
    return Instant.parse(instant).atZone(zone);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
