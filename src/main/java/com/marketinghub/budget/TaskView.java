package com.marketinghub.budget;

import java.time.Instant;
import java.util.Map;

/**
 * What a user task of budget-approval or campaign-roi-review shows: its name, its due date
 * (null: none) and the task-local variables its form reads (a display snapshot).
 */
record TaskView(String name, Instant due, Map<String, Object> locals) {}
