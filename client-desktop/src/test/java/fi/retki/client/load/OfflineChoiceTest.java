package fi.retki.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.bake.Tier;
import org.junit.jupiter.api.Test;

class OfflineChoiceTest {
  @Test
  void order_wantedTierFirst_thenLowerOnesNearestFirst_thenHigherOnes() {
    assertThat(OfflineChoice.order(Tier.LOW)).containsExactly(Tier.LOW, Tier.MID, Tier.HIGH);
    assertThat(OfflineChoice.order(Tier.MID)).containsExactly(Tier.MID, Tier.LOW, Tier.HIGH);
    assertThat(OfflineChoice.order(Tier.HIGH)).containsExactly(Tier.HIGH, Tier.MID, Tier.LOW);
  }
}
