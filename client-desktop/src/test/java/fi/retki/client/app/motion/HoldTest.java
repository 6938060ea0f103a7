package fi.retki.client.app.motion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HoldTest {
  @Test
  void firesOnceAfterTwoSecondsHeld() {
    Hold hold = new Hold(2);
    assertThat(hold.update(true, 1.0)).isFalse();
    assertThat(hold.fraction()).isEqualTo(0.5);
    assertThat(hold.update(true, 1.0)).isTrue();
    assertThat(hold.update(true, 1.0)).isFalse();
  }

  @Test
  void lettingGo_startsOver() {
    Hold hold = new Hold(2);
    hold.update(true, 1.5);
    hold.update(false, 0.1);
    assertThat(hold.update(true, 1.0)).isFalse();
    assertThat(hold.fraction()).isEqualTo(0.5);
  }
}
