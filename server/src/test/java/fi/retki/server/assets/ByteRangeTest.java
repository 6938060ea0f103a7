package fi.retki.server.assets;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.assets.ByteRange.Kind;
import org.junit.jupiter.api.Test;

class ByteRangeTest {
  @Test
  void noHeaderOrAnIgnoredOneMeansTheWholeBlob() {
    assertThat(ByteRange.parse(null, 100)).isEqualTo(new ByteRange(Kind.WHOLE, 0, 99));
    assertThat(ByteRange.parse("bytes=0-9,20-29", 100).kind()).isEqualTo(Kind.WHOLE);
    assertThat(ByteRange.parse("lines=1-2", 100).kind()).isEqualTo(Kind.WHOLE);
    assertThat(ByteRange.parse("bytes=abc", 100).kind()).isEqualTo(Kind.WHOLE);
    assertThat(ByteRange.parse("bytes=9-3", 100).kind()).isEqualTo(Kind.WHOLE);
  }

  @Test
  void oneRangeIsClampedToTheBlob() {
    ByteRange part = ByteRange.parse("bytes=10-19", 100);
    assertThat(part).isEqualTo(new ByteRange(Kind.PART, 10, 19));
    assertThat(part.length()).isEqualTo(10);
    assertThat(part.contentRange(100)).isEqualTo("bytes 10-19/100");
    assertThat(ByteRange.parse("bytes=90-", 100)).isEqualTo(new ByteRange(Kind.PART, 90, 99));
    assertThat(ByteRange.parse("bytes=90-500", 100)).isEqualTo(new ByteRange(Kind.PART, 90, 99));
    assertThat(ByteRange.parse("bytes=-30", 100)).isEqualTo(new ByteRange(Kind.PART, 70, 99));
    assertThat(ByteRange.parse("bytes=-300", 100)).isEqualTo(new ByteRange(Kind.PART, 0, 99));
  }

  @Test
  void aRangeBeyondTheEndCannotBeSatisfied() {
    ByteRange none = ByteRange.parse("bytes=100-", 100);
    assertThat(none.kind()).isEqualTo(Kind.UNSATISFIABLE);
    assertThat(none.contentRange(100)).isEqualTo("bytes */100");
    assertThat(ByteRange.parse("bytes=-0", 100).kind()).isEqualTo(Kind.UNSATISFIABLE);
  }
}
