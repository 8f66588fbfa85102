package com.marketinghub.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start, in the demo profile, that its users' passwords are public and where it
 * listens: on this machine only unless SERVER_ADDRESS opens it.
 */
@Component
@Profile("demo")
class DemoProfileNotice {

  private static final Logger log = LoggerFactory.getLogger(DemoProfileNotice.class);

  private final String address;

  DemoProfileNotice(@Value("${server.address:}") String address) {
    this.address = address;
  }

  @EventListener(ApplicationReadyEvent.class)
  void tell() {
    if (address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address)) {
      log.warn("Demo profile on every network interface: its users' passwords are public "
          + "(README). Use it on a network you trust, or leave SERVER_ADDRESS unset");
    } else {
      log.warn("Demo profile: listening on {} only, because its users' passwords are public "
          + "(README); SERVER_ADDRESS=0.0.0.0 opens it to the network", address);
    }
  }
}
