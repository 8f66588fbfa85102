package com.marketinghub.support;

import com.marketinghub.common.BusinessZone;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pins the one clock to {@link TestClock#pinned()} around every test class and test, registered
 * for all tests through JUnit's extension auto-detection (src/test/resources): before the test
 * instance and the application context are made (so start timers are computed from the pinned
 * instant), before each test, and after each test, undoing what a test moved and Camunda's own
 * {@code ClockUtil.reset()} in {@code ProcessEngineExtension}. Classes marked {@link LiveClock}
 * run on the real time.
 */
public class PinnedClockExtension implements TestInstancePreConstructCallback, BeforeAllCallback,
    BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private static final Logger log = LoggerFactory.getLogger(PinnedClockExtension.class);
  private static final AtomicBoolean announced = new AtomicBoolean();

  /** A per-class test instance (and so the Spring context) is made before beforeAll. */
  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factory,
      ExtensionContext context) {
    announce();
    apply(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    announce();
    apply(context);
  }

  /**
   * Once per JVM, before any test computes a day: a business zone set for the run
   * (MARKETING_HUB_TIME_ZONE) becomes the JVM's zone at once, as the application would make it
   * when its context starts, so that tests before and after that agree on "today".
   */
  private static void announce() {
    if (announced.compareAndSet(false, true)) {
      String zone = System.getProperty(BusinessZone.PROPERTY,
          System.getenv("MARKETING_HUB_TIME_ZONE"));
      if (zone != null && !zone.isBlank()) {
        TimeZone.setDefault(TimeZone.getTimeZone(BusinessZone.of(zone)));
      }
      log.info("Tests run at the pinned instant {} (-D{} to choose another), zone {}",
          TestClock.pinned(), TestClock.PROPERTY, TestClock.zone());
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    apply(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    apply(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    apply(context);
  }

  private static void apply(ExtensionContext context) {
    boolean live = context.getTestClass()
        .map(type -> AnnotationSupport.isAnnotated(type, LiveClock.class)).orElse(false);
    if (live) {
      ClockUtil.reset();
    } else {
      TestClock.pin();
    }
  }
}
