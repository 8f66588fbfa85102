package com.marketinghub.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The business keys (record ids) of running process instances, one paged query for many: for
 * work that goes through a list of tasks and needs each one's record.
 */
public final class BusinessKeys {

  private static final int PAGE = 500;

  private BusinessKeys() {}

  /** Business key by process instance id; instances that ended are not in it. */
  public static Map<String, String> of(RuntimeService runtime, Collection<String> instanceIds) {
    List<String> ids = instanceIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> keys = new HashMap<>();
    for (int from = 0; from < ids.size(); from += PAGE) {
      runtime.createProcessInstanceQuery()
          .processInstanceIds(new HashSet<>(ids.subList(from, Math.min(ids.size(), from + PAGE))))
          .listPage(0, PAGE)
          .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
    }
    return keys;
  }
}
