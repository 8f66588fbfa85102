package com.marketinghub.lead;

/** Contact data corrected by marketing-ops before a CRM sync is retried; blank keeps the value. */
public record ContactEdit(String email, String firstName, String lastName, String company) {}
