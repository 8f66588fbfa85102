package com.marketinghub.report;

/**
 * One line of the report.
 *
 * @param dimension {@code total}, {@code source} or {@code campaign} (the lead's first touch)
 * @param key the source or campaign name; {@code all} for the total, {@code (none)} for leads
 *     without touchpoints
 */
public record FunnelRow(String dimension, String key, FunnelFigures figures) {}
