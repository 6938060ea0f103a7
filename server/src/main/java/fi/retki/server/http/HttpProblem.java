package fi.retki.server.http;

/**
 * An expected failure of a request, answered as {@code application/problem+json} with its status,
 * a short title and a detail for people. Thrown from a handler or passed to {@code ctx.fail}.
 */
public final class HttpProblem extends RuntimeException {
  private final int status;
  private final String title;

  public HttpProblem(int status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  public static HttpProblem badRequest(String detail) {
    return new HttpProblem(400, "Bad request", detail);
  }

  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "Not found", detail);
  }

  public static HttpProblem unauthorized(String detail) {
    return new HttpProblem(401, "Unauthorized", detail);
  }

  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "Forbidden", detail);
  }

  public static HttpProblem tooManyRequests(String detail) {
    return new HttpProblem(429, "Too many requests", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }
}
