-- Who decided a lead's review and what (issue 16): the user who completed Task_ReviewLead
-- (the authenticated user, else the task's assignee) and the decision (accept, reject,
-- recycle) as the completed form's value was validated at that completion, recorded by our
-- code, never taken from a process variable later. Task_RecordReviewDecision gives the lead
-- the status of this decision; the CRM handoff requires an ACCEPTED lead whose recorded
-- decision is accept, by a member of its team or of the team's managers. Cleared when the lead
-- is assigned for a review.
alter table lead add column reviewed_by varchar(64);
alter table lead add column review_decision varchar(20);
