package fi.retki.server.live;

import fi.retki.server.http.HttpProblem;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code DELETE /api/sessions/{id}}: a teacher deletes one of their ended sessions and everything
 * saved in it (roster, notes, plan, snapshots) now, instead of waiting for the retention time.
 */
final class RetentionRoutes {
  private final Retention retention;
  private final WorkerExecutor db;

  RetentionRoutes(Retention retention, WorkerExecutor db) {
    this.retention = retention;
    this.db = db;
  }

  /** Adds the route behind {@code auth} (signed in, with the CSRF token). */
  void mount(Router router, TeacherAuth auth) {
    router.delete("/api/sessions/:id").handler(auth::requireTeacher).handler(this::delete);
  }

  private void delete(RoutingContext ctx) {
    String sessionId = ctx.pathParam("id");
    String teacherId = TeacherAuth.teacher(ctx).teacherId();
    db.executeBlocking(() -> retention.delete(teacherId, sessionId), false).onComplete(done -> {
      if (done.failed()) {
        ctx.fail(done.cause());
      } else if (done.result() == Retention.Deletion.NOT_FOUND) {
        ctx.fail(HttpProblem.notFound("you have no session " + sessionId));
      } else if (done.result() == Retention.Deletion.STILL_OPEN) {
        ctx.fail(new HttpProblem(409, "Session still open",
            "session " + sessionId + " is still open: end it first, then delete its saved work"));
      } else {
        ctx.response().setStatusCode(204).end();
      }
    });
  }
}
