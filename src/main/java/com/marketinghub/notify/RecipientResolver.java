package com.marketinghub.notify;

import com.marketinghub.process.AsApplication;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** E-mail addresses of Camunda users and of every member of Camunda groups. */
@Component
public class RecipientResolver {

  private static final Logger log = LoggerFactory.getLogger(RecipientResolver.class);

  private final IdentityService identityService;

  RecipientResolver(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * Distinct addresses, users first; users without an address are logged and left out. Looked
   * up as the application: a mail that a person's request causes reaches its recipients whether
   * or not that person may read their user records.
   */
  public List<String> emails(Collection<String> userIds, Collection<String> groupIds) {
    return AsApplication.call(identityService, () -> lookUp(userIds, groupIds));
  }

  private List<String> lookUp(Collection<String> userIds, Collection<String> groupIds) {
    Set<String> addresses = new LinkedHashSet<>();
    userIds.stream().filter(Objects::nonNull).forEach(id -> {
      User user = identityService.createUserQuery().userId(id).singleResult();
      add(addresses, user, id);
    });
    groupIds.stream().filter(Objects::nonNull).forEach(group ->
        identityService.createUserQuery().memberOfGroup(group).list()
            .forEach(user -> add(addresses, user, user.getId())));
    return List.copyOf(addresses);
  }

  private static void add(Set<String> addresses, User user, String id) {
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      log.warn("User {} has no e-mail address; not mailed", id);
      return;
    }
    addresses.add(user.getEmail());
  }
}
