-- Issue 18, part 2: leads matched to accounts (docs/lead-handoff.md, "Matching a lead to its
-- account"). An account's e-mail domains (the accounts CSV's domains column), its owning Sales
-- team (ownerTeam) and its name as matched (name_key: lower case, punctuation and legal form
-- gone; filled by the import, and for accounts imported before this version at start-up).
alter table account add column owner_team varchar(64);
alter table account add column name_key varchar(200);
create index ix_account_name_key on account (name_key);

create table account_domain (
    account_id  bigint       not null references account (id),
    domain      varchar(253) not null,
    constraint pk_account_domain primary key (domain, account_id)
);
create index ix_account_domain_account on account_domain (account_id);

-- The lead's account (lead.account_id, so far set for expansion leads only), how it was found
-- (DOMAIN, PARENT_DOMAIN, COMPANY_NAME, CHOSEN by marketing-ops, AMBIGUOUS while waiting for
-- them, NONE) and how sure the rule is (0 to 1).
alter table lead add column account_match_rule varchar(20);
alter table lead add column account_match_confidence numeric(3, 2);
