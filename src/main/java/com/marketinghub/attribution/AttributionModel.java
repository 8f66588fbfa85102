package com.marketinghub.attribution;

import java.util.Locale;

/** How credit for a lead is shared among the campaigns that touched it. */
public enum AttributionModel {
  FIRST_TOUCH, LAST_TOUCH, LINEAR, U_SHAPED, TIME_DECAY,
  /** Shares entered by the person confirming, summing to 100%. */
  CUSTOM;

  /** The form's value: {@code first_touch}, {@code u_shaped}, ... */
  public String formValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AttributionModel fromFormValue(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown attribution model '" + value + "'; one of "
          + java.util.Arrays.stream(values()).map(AttributionModel::formValue).toList());
    }
  }
}
