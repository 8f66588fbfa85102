-- Issue 18: retention plays keep what the CSM writes. notes: every note of the play, oldest
-- first, each headed with its day and author; follow_up_on: the day the play's task comes back
-- (snooze), null when none is set.
alter table retention_play add column notes varchar;
alter table retention_play add column follow_up_on date;
