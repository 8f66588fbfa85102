-- When Finance was mailed the review's decision and figures: once per review, a retry of the
-- step that mails finds it set and sends nothing.
alter table campaign_review add column finance_mailed_at timestamp with time zone;
