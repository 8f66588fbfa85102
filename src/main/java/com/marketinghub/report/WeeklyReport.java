package com.marketinghub.report;

import java.util.List;

/** The funnel of one ISO week (YYYY-Www) beside the week before. */
public record WeeklyReport(String week, String previousWeek, List<FunnelRow> thisWeek,
    List<FunnelRow> weekBefore) {}
