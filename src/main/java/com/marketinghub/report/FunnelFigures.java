package com.marketinghub.report;

import java.util.Map;

/**
 * The funnel of the leads received in one week (in one group: all, a source, a campaign).
 *
 * @param mql leads qualified for Sales (whatever happened next)
 * @param rejectedByReason rejections per reason
 * @param medianHoursToAccept from receipt to the rep's acceptance, null without acceptances
 * @param mqlRate mql / received, null when nothing was received
 * @param acceptRate accepted / mql, null without MQLs
 */
public record FunnelFigures(
    int received,
    int mql,
    int accepted,
    int rejected,
    Map<String, Integer> rejectedByReason,
    int recycled,
    int slaBreaches,
    Double medianHoursToAccept,
    Double mqlRate,
    Double acceptRate) {}
