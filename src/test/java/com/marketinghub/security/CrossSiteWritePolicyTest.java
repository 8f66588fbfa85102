package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CrossSiteWritePolicyTest {

  private static final String OWN = "http://localhost:8080";

  private final CrossSiteWritePolicy policy =
      new CrossSiteWritePolicy(List.of("https://Partner.example:443/"));

  @Test
  void shouldNormalizeOriginsAsBrowsersCompareThem() {
    assertThat(CrossSiteWritePolicy.normalize("HTTPS://Hub.Example.com:443"))
        .hasValue("https://hub.example.com");
    assertThat(CrossSiteWritePolicy.normalize("http://hub.example.com:80/"))
        .hasValue("http://hub.example.com");
    assertThat(CrossSiteWritePolicy.normalize("http://hub.example.com:8443"))
        .hasValue("http://hub.example.com:8443");
    assertThat(CrossSiteWritePolicy.normalize("http://[::1]:8080")).hasValue("http://[::1]:8080");
    assertThat(CrossSiteWritePolicy.origin("HTTP", "LocalHost", 80)).isEqualTo("http://localhost");
    assertThat(CrossSiteWritePolicy.origin("https", "hub.example.com", 8443))
        .isEqualTo("https://hub.example.com:8443");
  }

  @Test
  void shouldTakeNothingButSchemeHostAndPortForAnOrigin() {
    assertThat(CrossSiteWritePolicy.normalize("null")).isEmpty();
    assertThat(CrossSiteWritePolicy.normalize("")).isEmpty();
    assertThat(CrossSiteWritePolicy.normalize("localhost:8080")).isEmpty();
    assertThat(CrossSiteWritePolicy.normalize("http://localhost:8080/api")).isEmpty();
    assertThat(CrossSiteWritePolicy.normalize("http://localhost:8080?x=1")).isEmpty();
    assertThat(CrossSiteWritePolicy.normalize("http://user@localhost:8080")).isEmpty();
    assertThat(CrossSiteWritePolicy.normalize("http://local host")).isEmpty();
  }

  @Test
  void shouldPassWritesFromTheOwnOriginOrAnAllowedOne() {
    assertThat(policy.refusal("http://LOCALHOST:8080", "same-origin", OWN)).isEmpty();
    assertThat(policy.refusal("https://partner.example", "cross-site", OWN)).isEmpty();
  }

  @Test
  void shouldPassWritesThatNoBrowserSent() {
    assertThat(policy.refusal(null, null, OWN)).isEmpty();
    assertThat(policy.refusal(null, "same-origin", OWN)).isEmpty();
    assertThat(policy.refusal(null, "none", OWN)).isEmpty();
  }

  @Test
  void shouldRefuseEveryOtherOrigin() {
    assertThat(policy.refusal("https://evil.example", null, OWN)).hasValueSatisfying(reason ->
        assertThat(reason).startsWith("cross-site write refused: Origin https://evil.example"));
    assertThat(policy.refusal("null", "cross-site", OWN)).isPresent();
    assertThat(policy.refusal("https://localhost:8080", "same-site", OWN)).isPresent();
    assertThat(policy.refusal("http://localhost:8081", "same-site", OWN)).isPresent();
    assertThat(policy.refusal("http://localhost:8080.evil.example", null, OWN)).isPresent();
    assertThat(policy.refusal("http://partner.example", null, OWN)).isPresent();
  }

  @Test
  void shouldRefuseCrossSiteAndSameSiteFetchesWithoutOrigin() {
    assertThat(policy.refusal(null, "cross-site", OWN))
        .hasValue("cross-site write refused: Sec-Fetch-Site cross-site and no Origin of this "
            + "application");
    assertThat(policy.refusal(null, "Same-Site", OWN)).isPresent();
  }

  @Test
  void shouldRefuseToStartWithAnAllowedOriginThatIsNoOrigin() {
    assertThatThrownBy(() -> new CrossSiteWritePolicy(List.of("hub.example.com")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("marketing-hub.security.allowed-origins: 'hub.example.com' is no origin");
  }

  @Test
  void shouldBindAllowedOriginsFromOneCommaSeparatedValue() {
    assertThat(bind("https://a.example,https://b.example:8443").allowedOrigins())
        .containsExactly("https://a.example", "https://b.example:8443");
    assertThat(bind("").allowedOrigins()).isEmpty();
  }

  private static CrossSiteProperties bind(String value) {
    var source = new MapConfigurationPropertySource(
        Map.of("marketing-hub.security.allowed-origins", value));
    return new Binder(source).bindOrCreate("marketing-hub.security", CrossSiteProperties.class);
  }
}
