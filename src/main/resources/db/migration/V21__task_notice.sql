-- Issue 18: every human step with a due date and an escalation. Which notice a user task got
-- (REMINDED at its due date, ESCALATED a period later) and when: once each, whatever the runs.
create table task_notice (
    task_id     varchar(64) not null,
    kind        varchar(20) not null,
    noticed_at  timestamp with time zone not null,
    constraint pk_task_notice primary key (task_id, kind),
    constraint ck_task_notice_kind check (kind in ('REMINDED', 'ESCALATED'))
);
