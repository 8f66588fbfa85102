package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewDecisionTest {

  @Test
  void shouldAcceptCompleteDecisions() {
    assertThat(ReviewDecision.problem("accept", null, null)).isNull();
    assertThat(ReviewDecision.problem("recycle", null, null)).isNull();
    assertThat(ReviewDecision.problem("reject", "no_budget", null)).isNull();
    assertThat(ReviewDecision.problem("reject", "other", "wrong region")).isNull();
  }

  @Test
  void shouldNameWhatIsMissing() {
    assertThat(ReviewDecision.problem(null, null, null)).startsWith("decision must be one of");
    assertThat(ReviewDecision.problem("maybe", null, null)).endsWith("was maybe");
    assertThat(ReviewDecision.problem("reject", null, null))
        .startsWith("a rejection needs rejectReason");
    assertThat(ReviewDecision.problem("reject", "bored", null)).endsWith("was bored");
    assertThat(ReviewDecision.problem("reject", "other", " "))
        .isEqualTo("rejectReason 'other' needs a rejectComment saying why");
  }
}
