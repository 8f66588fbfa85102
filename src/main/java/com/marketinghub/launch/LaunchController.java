package com.marketinghub.launch;

import com.marketinghub.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Launches: created by product managers, followed by everyone who signs them off. */
@RestController
class LaunchController {

  private final LaunchService launches;
  private final CurrentUser currentUser;

  LaunchController(LaunchService launches, CurrentUser currentUser) {
    this.launches = launches;
    this.currentUser = currentUser;
  }

  /** Stores the brief and starts launch-coordination; the caller is its product manager. */
  @PostMapping("/api/launches")
  ResponseEntity<LaunchView> create(@RequestBody LaunchInput input) {
    Launch launch = launches.create(input, currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(launches.view(launch.id()));
  }

  @GetMapping("/api/launches/{id}")
  LaunchView view(@PathVariable long id) {
    return launches.view(id);
  }
}
