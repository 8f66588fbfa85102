-- Customer Success, part 2 (issue 8): what an expansion lead needs from its account, the type
-- of a lead, and one open retention play per account enforced by the database.

-- Optional account facts: routing an expansion lead reads country and company size like any
-- lead's; the contact is who Sales talks to (the CSM's e-mail when there is none).
alter table account add column country varchar(2);
alter table account add column employees integer;
alter table account add column contact_email varchar(320);

-- NEW: a lead from marketing; EXPANSION: an account of Customer Success that outgrows its plan.
alter table lead add column lead_type varchar(20) not null default 'NEW';
alter table lead add column account_id bigint references account (id);

-- The account's id while the play is open, null once it ended: a unique column (nulls allowed
-- many times in H2 and PostgreSQL alike) so that no account ever has two open plays, even when
-- two checks run at once.
alter table retention_play add column open_account_id bigint;
alter table retention_play add constraint uq_retention_play_open unique (open_account_id);
alter table retention_play add column no_action_reason varchar(1000);
