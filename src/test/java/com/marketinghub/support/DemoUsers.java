package com.marketinghub.support;

/**
 * Demo users of identity.yaml as tests log in. Camunda delays a user's next login after a wrong
 * password, so tests that send a wrong password use {@link #LOCKOUT_TARGET}, whom no test logs in
 * as successfully.
 */
public final class DemoUsers {

  public static final String PASSWORD = "demo";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin";
  public static final String MARKETING = "mia";
  public static final String MARKETING_OPS = "otto";
  public static final String SALES = "sam";
  public static final String SALES_MANAGER = "sarah";
  public static final String FINANCE = "fiona";
  public static final String CUSTOMER_SUCCESS = "carl";
  public static final String CUSTOMER_SUCCESS_MANAGER = "cara";
  public static final String PRODUCT = "paula";
  public static final String LOCKOUT_TARGET = CUSTOMER_SUCCESS;

  private DemoUsers() {}
}
