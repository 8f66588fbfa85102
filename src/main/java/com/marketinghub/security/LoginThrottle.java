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
