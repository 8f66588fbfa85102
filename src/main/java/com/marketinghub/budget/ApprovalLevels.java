package com.marketinghub.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The approver groups from the rows of decision budget-approval-level: in the order of their
 * level, each group once (two rows may both add Finance).
 */
public final class ApprovalLevels {

  private ApprovalLevels() {}

  public static List<String> approverGroups(List<Map<String, Object>> rows) {
    List<Map<String, Object>> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(row -> ((Number) row.get("level")).intValue()));
    LinkedHashSet<String> groups = new LinkedHashSet<>();
    for (Map<String, Object> row : sorted) {
      Object group = row.get("approverGroup");
      if (group == null || group.toString().isBlank()) {
        throw new IllegalStateException("A row of budget-approval-level names no approver group: "
            + row);
      }
      groups.add(group.toString());
    }
    if (groups.isEmpty()) {
      throw new IllegalStateException("budget-approval-level names no approver for this request");
    }
    return List.copyOf(groups);
  }
}
