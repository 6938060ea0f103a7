package fi.retki.server.catalogue;

import fi.retki.server.assets.AssetHandler;
import fi.retki.server.http.HttpProblem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/**
 * {@code GET /api/scenes}, {@code /api/scenes/{id}} and {@code /api/scenes/{id}/manifest?tier=}.
 * Each answer is a precomputed document; a matching {@code If-None-Match} gets 304.
 */
public final class CatalogueRoutes {
  private final Supplier<Catalogue> catalogue;

  private CatalogueRoutes(Supplier<Catalogue> catalogue) {
    this.catalogue = catalogue;
  }

  /** Adds the catalogue routes; {@code catalogue} gives the current catalogue. */
  public static void mount(Router router, Supplier<Catalogue> catalogue) {
    CatalogueRoutes routes = new CatalogueRoutes(catalogue);
    router.get("/api/scenes").handler(routes::list);
    router.get("/api/scenes/:id").handler(routes::detail);
    router.get("/api/scenes/:id/manifest").handler(routes::manifest);
  }

  private void list(RoutingContext ctx) {
    send(ctx, catalogue.get().list());
  }

  private void detail(RoutingContext ctx) {
    send(ctx, scene(ctx).detail());
  }

  private void manifest(RoutingContext ctx) {
    Catalogue.SceneDocuments scene = scene(ctx);
    String tier = ctx.queryParams().get("tier");
    if (tier == null || fi.retki.assets.bake.Tier.ofId(tier) == null) {
      throw HttpProblem.badRequest(
          (tier == null ? "tier is missing" : "\"" + tier + "\" is not a tier")
              + "; use ?tier=low, ?tier=mid or ?tier=high");
    }
    JsonDocument manifest = scene.manifests().get(tier);
    if (manifest == null) {
      throw HttpProblem.notFound("scene " + ctx.pathParam("id") + " has no " + tier + " tier in this store");
    }
    send(ctx, manifest);
  }

  private Catalogue.SceneDocuments scene(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Catalogue.SceneDocuments scene = catalogue.get().scene(id);
    if (scene == null) {
      throw HttpProblem.notFound("there is no scene \"" + id + "\"; GET /api/scenes lists them");
    }
    return scene;
  }

  private static void send(RoutingContext ctx, JsonDocument document) {
    HttpServerResponse response = ctx.response();
    response.putHeader(HttpHeaders.ETAG, document.etag()).putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    if (AssetHandler.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), document.etag())) {
      response.setStatusCode(304).end();
      return;
    }
    response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(io.vertx.core.buffer.Buffer.buffer(document.body()));
  }
}
