-- The customer-success manager's decision on an account still at risk after a play (issue 16):
-- ANOTHER_PLAY or ACCEPT_RISK, who took it (the user who completed Task_ManagerReview, recorded
-- by our code at the completion) and when. A play ends RISK_ACCEPTED only when this row says so,
-- decided by a member of customer-success-managers; a new choice of play clears it.
alter table retention_play add column manager_decision varchar(20);
alter table retention_play add column decided_by varchar(64);
alter table retention_play add column decided_at timestamp with time zone;
