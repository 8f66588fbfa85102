package com.marketinghub.lead;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a lead-handoff user task shows: its name, its due date (null: the task keeps the one it
 * has) and the task-local variables its form reads, a snapshot for display.
 */
record TaskView(String name, OffsetDateTime due, Map<String, Object> locals) {}
