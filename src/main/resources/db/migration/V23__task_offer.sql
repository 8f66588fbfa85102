-- Issue 18: people told of their work. A user task offered to a group (candidate group, no
-- assignee) waits here until task-offer-digest has mailed the group's members; the digest
-- removes its rows in the transaction that records nothing else, and its mails leave after that
-- commit: each offer reaches a digest once.
create table task_offer (
    task_id     varchar(64) not null,
    group_id    varchar(255) not null,
    offered_at  timestamp with time zone not null,
    constraint pk_task_offer primary key (task_id, group_id)
);
create index ix_task_offer_offered_at on task_offer (offered_at);
