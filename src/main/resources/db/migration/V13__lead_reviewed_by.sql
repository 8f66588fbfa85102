-- Who decided a lead's review (issue 16): the user who completed Task_ReviewLead, recorded by
-- our code at the completion (the authenticated user, else the task's assignee), never taken
-- from a process variable. The CRM handoff requires an ACCEPTED lead reviewed by a member of
-- its team or of the team's managers.
alter table lead add column reviewed_by varchar(64);
