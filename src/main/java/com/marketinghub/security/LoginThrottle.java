package com.marketinghub.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per client address in a sliding window. Camunda locks a user for good after 10
 * failed logins, so without this anyone who reaches the port could lock out the admin; an
 * address that failed too often waits before its next attempt reaches the password check. Kept
 * in memory, per node.
 */
class LoginThrottle {

  private static final int MAX_ADDRESSES = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> reportedUntil = new ConcurrentHashMap<>();

  LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** How long the address must wait, zero when it may try. */
  Duration waitFor(String address) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return Duration.ZERO;
    }
    synchronized (recent) {
      Instant now = clock.instant();
      recent.removeIf(at -> !at.isAfter(now.minus(window)));
      if (recent.size() < maxFailures) {
        return Duration.ZERO;
      }
      return Duration.between(now, recent.peekFirst().plus(window));
    }
  }

  /**
   * Whether a refusal of the address, which must wait {@code wait}, is the first of its wait:
   * the audit records one row per address and wait, not one per refused attempt, so a flood of
   * attempts cannot fill the audit log.
   */
  boolean firstRefusal(String address, Duration wait) {
    if (reportedUntil.size() >= MAX_ADDRESSES) {
      reportedUntil.clear();
    }
    Instant now = clock.instant();
    Instant until = now.plus(wait);
    Instant before = reportedUntil.get(address);
    if (before != null && before.isAfter(now)) {
      return false;
    }
    reportedUntil.put(address, until);
    return true;
  }

  void failed(String address) {
    if (failures.size() >= MAX_ADDRESSES) {
      // A flood of addresses: forget the old ones rather than grow without end.
      failures.clear();
    }
    Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(clock.instant());
    }
  }
}
