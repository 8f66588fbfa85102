package com.marketinghub.lead;

import com.marketinghub.common.FieldErrors;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a new lead must satisfy, field by field. */
final class LeadValidation {

  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private LeadValidation() {}

  static boolean isEmail(String value) {
    return value != null && value.length() <= 320 && EMAIL.matcher(value.trim()).matches();
  }

  static boolean isCountry(String value) {
    return value != null && COUNTRIES.contains(value.trim().toUpperCase(Locale.ROOT));
  }

  static void validate(NewLead lead) {
    FieldErrors errors = new FieldErrors()
        .require("source", lead.source()).maxLength("source", lead.source(), 100)
        .maxLength("externalId", lead.externalId(), 200)
        .require("email", lead.email())
        .maxLength("firstName", lead.firstName(), 100)
        .maxLength("lastName", lead.lastName(), 100)
        .maxLength("company", lead.company(), 200)
        .maxLength("jobTitle", lead.jobTitle(), 200);
    if (lead.email() != null && !lead.email().isBlank() && !isEmail(lead.email())) {
      errors.reject("email", "is not a valid e-mail address: '" + lead.email() + "'");
    }
    if (lead.country() != null && !lead.country().isBlank() && !isCountry(lead.country())) {
      errors.reject("country", "must be an ISO 3166 alpha-2 code such as DE or US, was '"
          + lead.country() + "'");
    }
    if (lead.companySize() != null && lead.companySize() < 0) {
      errors.reject("companySize", "must be 0 or more employees, was " + lead.companySize());
    }
    errors.throwIfAny("lead");
  }
}
