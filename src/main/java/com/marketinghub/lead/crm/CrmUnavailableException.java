package com.marketinghub.lead.crm;

/** The CRM could not be asked (network, timeout, 5xx): worth retrying. */
public class CrmUnavailableException extends RuntimeException {

  public CrmUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public CrmUnavailableException(String message) {
    super(message);
  }
}
