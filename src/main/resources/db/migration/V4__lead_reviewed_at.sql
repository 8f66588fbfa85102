-- When the rep decided (accept, reject, recycle): the weekly report's time to accept.
alter table lead add column reviewed_at timestamp with time zone;
