package fi.retki.server.assets;

/**
 * What a request's {@code Range} header asks of a blob of known size: all of it, one part, or
 * something it cannot have.
 *
 * <p>Only a single byte range is honoured ({@code bytes=0-99}, {@code bytes=100-}, {@code
 * bytes=-50}); a list of ranges, another unit or a malformed header gets the whole blob, as RFC
 * 9110 allows a server to ignore {@code Range}.
 *
 * @param start first byte, inclusive
 * @param end last byte, inclusive
 */
record ByteRange(Kind kind, long start, long end) {
  enum Kind { WHOLE, PART, UNSATISFIABLE }

  static ByteRange parse(String header, long size) {
    ByteRange whole = new ByteRange(Kind.WHOLE, 0, size - 1);
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return whole;
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return whole;
    }
    try {
      String first = spec.substring(0, dash).trim();
      String last = spec.substring(dash + 1).trim();
      if (first.isEmpty()) {
        long suffix = Long.parseLong(last);
        if (suffix <= 0 || size == 0) {
          return new ByteRange(Kind.UNSATISFIABLE, 0, 0);
        }
        return new ByteRange(Kind.PART, Math.max(0, size - suffix), size - 1);
      }
      long start = Long.parseLong(first);
      long end = last.isEmpty() ? size - 1 : Long.parseLong(last);
      if (start < 0 || (!last.isEmpty() && end < start)) {
        return whole;
      }
      if (start >= size) {
        return new ByteRange(Kind.UNSATISFIABLE, 0, 0);
      }
      return new ByteRange(Kind.PART, start, Math.min(end, size - 1));
    } catch (NumberFormatException e) {
      return whole;
    }
  }

  long length() {
    return end - start + 1;
  }

  /** The {@code Content-Range} value for this part, or for a 416 answer. */
  String contentRange(long size) {
    return kind == Kind.UNSATISFIABLE ? "bytes */" + size : "bytes " + start + "-" + end + "/" + size;
  }
}
