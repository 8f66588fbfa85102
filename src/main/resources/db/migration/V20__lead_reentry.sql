-- Issue 18: scoring that follows engagement. A lead waiting in nurture (NURTURE, RECYCLED) whose
-- score rose with a new touchpoint goes through routing again in its own lead-handoff instance:
-- how often that happened, and when last.
alter table lead add column reentries integer not null default 0;
alter table lead add column reentered_at timestamp with time zone;
