package com.marketinghub.lead;

/**
 * A lead's score and its parts, each 0 to 100 before weighting (see docs/lead-scoring.md).
 *
 * @param total the weighted sum, 0 to 100
 * @param fit weighted fit part (company size, country, seniority)
 * @param engagement weighted engagement part (touchpoints, recency-weighted)
 */
public record LeadScore(int total, int fit, int engagement, int companySize, int country,
    int seniority) {}
