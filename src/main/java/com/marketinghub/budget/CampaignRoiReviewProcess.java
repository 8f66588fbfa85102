package com.marketinghub.budget;

/** Ids of bpmn/campaign-roi-review.bpmn, its decision and form, and its variables. */
public final class CampaignRoiReviewProcess {

  public static final String KEY = "campaign-roi-review";
  public static final String DECISION_ROI_REVIEW = "roi-review";
  public static final String EVENT_CAMPAIGN_ENDED = "Event_CampaignEnded";
  public static final String TASK_COMPUTE_ROI = "Task_ComputeRoi";
  public static final String TASK_EVALUATE_ROI = "Task_EvaluateRoi";
  public static final String GATEWAY_BELOW_TARGET = "Gateway_BelowTarget";
  public static final String TASK_REVIEW_CAMPAIGN_PERFORMANCE = "Task_ReviewCampaignPerformance";
  public static final String TASK_RELEASE_UNSPENT = "Task_ReleaseUnspent";
  public static final String EVENT_ROI_REVIEWED = "Event_RoiReviewed";
  /** Task_ReviewCampaignPerformance's candidate group: only its members decide. */
  public static final String GROUP_REVIEWERS = "marketing-managers";
  public static final String FORM_DECIDE = "campaign-roi-review-decide";

  /** The campaign_review row of this run. */
  public static final String VAR_REVIEW_ID = "reviewId";
  /** Decision inputs: the ROI (null without spend) and the channel. */
  public static final String VAR_ROI = "roi";
  public static final String VAR_CHANNEL = "channel";
  /** Decision outputs. */
  public static final String VAR_TARGET_ROI = "targetRoi";
  public static final String VAR_BELOW_TARGET = "belowTarget";
  /** Form field: KEEP, REDUCE or STOP. */
  public static final String VAR_REVIEW_DECISION = "reviewDecision";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";

  private CampaignRoiReviewProcess() {}
}
