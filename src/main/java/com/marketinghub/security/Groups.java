package com.marketinghub.security;

/** Group ids the code refers to; the full list with grants is in identity.yaml. */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String MARKETING = "marketing";
  public static final String MARKETING_OPS = "marketing-ops";
  public static final String SALES = "sales";
  public static final String SALES_MANAGERS = "sales-managers";
  public static final String MARKETING_MANAGERS = "marketing-managers";
  public static final String FINANCE = "finance";
  public static final String CUSTOMER_SUCCESS = "customer-success";
  public static final String CUSTOMER_SUCCESS_MANAGERS = "customer-success-managers";
  public static final String PRODUCT = "product";

  private Groups() {}
}
