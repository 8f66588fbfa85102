package com.marketinghub.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The custom shares a marketer types, and the rounding that keeps every sum at exactly 1. */
class AttributionServiceTest {

  @Test
  void shouldReadCustomSharesInPercent() {
    Map<Long, BigDecimal> shares =
        AttributionService.parseCustom("12=60\n13: 40%", Set.of(12L, 13L));

    assertThat(shares).containsEntry(12L, new BigDecimal("0.600000"))
        .containsEntry(13L, new BigDecimal("0.400000"));
  }

  @Test
  void shouldRefuseSharesNotSummingTo100() {
    assertThatThrownBy(() -> AttributionService.parseCustom("12=60, 13=30", Set.of(12L, 13L)))
        .hasMessage("Custom shares must sum to 100%, they sum to 90%");
  }

  @Test
  void shouldRefuseCampaignThatDidNotTouchLead() {
    assertThatThrownBy(() -> AttributionService.parseCustom("99=100", Set.of(12L)))
        .hasMessageContaining("Campaign 99 did not touch this lead");
  }

  @Test
  void shouldRefuseUnreadableLineAndEmptyShares() {
    assertThatThrownBy(() -> AttributionService.parseCustom("twelve=100", Set.of(12L)))
        .hasMessageContaining("Cannot read custom share 'twelve=100'");
    assertThatThrownBy(() -> AttributionService.parseCustom(" ", Set.of(12L)))
        .hasMessageContaining("needs shares");
  }

  @Test
  void shouldRoundThirdsSoThatTheySumToExactlyOne() {
    Map<Long, Double> thirds = new LinkedHashMap<>();
    thirds.put(1L, 1.0 / 3);
    thirds.put(2L, 1.0 / 3);
    thirds.put(3L, 1.0 / 3);

    Map<Long, BigDecimal> shares = AttributionService.toDecimal(thirds);

    assertThat(shares.values()).containsExactly(new BigDecimal("0.333333"),
        new BigDecimal("0.333333"), new BigDecimal("0.333334"));
    assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(BigDecimal.ONE);
  }

  @Test
  void shouldKnowModelsByFormValue() {
    assertThat(AttributionModel.fromFormValue("u_shaped")).isEqualTo(AttributionModel.U_SHAPED);
    assertThatThrownBy(() -> AttributionModel.fromFormValue("w_shaped"))
        .hasMessageContaining("Unknown attribution model 'w_shaped'");
    assertThatThrownBy(() -> AttributionModel.fromFormValue(null))
        .hasMessageContaining("Unknown attribution model 'null'");
  }
}
