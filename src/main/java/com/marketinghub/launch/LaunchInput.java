package com.marketinghub.launch;

import com.marketinghub.common.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A launch brief as given (API body or start form), checked into a {@link NewLaunch}: launch
 * date after today, tier T1 to T3, at least one target segment, adoption target a share above 0
 * and at most 1.
 */
public record LaunchInput(String name, String featureKey, String tier, String launchDate,
    Object targetSegments, Object adoptionTarget) {

  static final Set<String> TIERS = Set.of("T1", "T2", "T3");

  public NewLaunch toLaunch(LocalDate today) {
    FieldErrors errors = new FieldErrors()
        .require("name", name).maxLength("name", name, 200)
        .require("featureKey", featureKey).maxLength("featureKey", featureKey, 100)
        .require("tier", tier).require("launchDate", launchDate)
        .require("targetSegments", targetSegments).require("adoptionTarget", adoptionTarget);
    String normalTier = tier == null ? null : tier.trim().toUpperCase(Locale.ROOT);
    if (normalTier != null && !normalTier.isEmpty() && !TIERS.contains(normalTier)) {
      errors.reject("tier", "must be T1 (major), T2 or T3 (minor), was '" + tier + "'");
    }
    LocalDate date = null;
    if (launchDate != null && !launchDate.isBlank()) {
      try {
        date = LocalDate.parse(launchDate.trim().substring(0,
            Math.min(10, launchDate.trim().length())));
        if (!date.isAfter(today)) {
          errors.reject("launchDate", "must be in the future (after " + today + "), was "
              + date);
        }
      } catch (DateTimeParseException e) {
        errors.reject("launchDate", "must be a date like 2027-03-01");
      }
    }
    List<String> segments = segments(targetSegments);
    if (targetSegments != null && segments.isEmpty()) {
      errors.reject("targetSegments", "must name at least one segment (an account plan)");
    }
    if (String.join(",", segments).length() > 500) {
      errors.reject("targetSegments", "must be at most 500 characters together");
    }
    BigDecimal target = null;
    if (adoptionTarget != null) {
      try {
        target = new BigDecimal(adoptionTarget.toString().trim());
        if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
          errors.reject("adoptionTarget", "must be a share above 0 and at most 1 (0.3 is 30%), "
              + "was " + adoptionTarget);
        }
      } catch (NumberFormatException e) {
        errors.reject("adoptionTarget", "must be a number like 0.3");
      }
    }
    errors.throwIfAny("launch brief");
    return new NewLaunch(name.trim(), featureKey.trim(), normalTier, date, segments, target);
  }

  /** A list, or one text with segments separated by commas. */
  static List<String> segments(Object value) {
    if (value == null) {
      return List.of();
    }
    List<?> items = value instanceof List<?> list ? list
        : Arrays.asList(value.toString().split(","));
    return items.stream().filter(item -> item != null)
        .map(item -> item.toString().trim().toLowerCase(Locale.ROOT))
        .filter(item -> !item.isEmpty()).distinct().toList();
  }
}
