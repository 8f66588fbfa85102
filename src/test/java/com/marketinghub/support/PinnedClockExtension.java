package com.marketinghub.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pins the one clock to {@link TestClock#pinned()} around every test class and test, registered
 * for all tests through JUnit's extension auto-detection (src/test/resources). Before the
 * application context starts (so its start timers are computed from the pinned instant), before
 * each test, and after each test, undoing what a test moved and Camunda's own
 * {@code ClockUtil.reset()} in {@code ProcessEngineExtension}. Classes marked {@link LiveClock}
 * run on the real time.
 */
public class PinnedClockExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private static final Logger log = LoggerFactory.getLogger(PinnedClockExtension.class);
  private static final AtomicBoolean announced = new AtomicBoolean();

  @Override
  public void beforeAll(ExtensionContext context) {
    if (announced.compareAndSet(false, true)) {
      log.info("Tests run at the pinned instant {} (-D{} to choose another)", TestClock.pinned(),
          TestClock.PROPERTY);
    }
    apply(context);
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
