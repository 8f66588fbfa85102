-- Exchange rates Finance imports (kind fx-rates): one unit of from_currency is worth rate units
-- of to_currency on rate_date. Campaign ROI converts deals in another currency with them.
create table fx_rate (
    rate_date     date          not null,
    from_currency varchar(3)    not null,
    to_currency   varchar(3)    not null,
    rate          numeric(24, 10) not null,
    imported_at   timestamp with time zone not null,
    primary key (rate_date, from_currency, to_currency),
    constraint ck_fx_rate_positive check (rate > 0),
    constraint ck_fx_rate_pair check (from_currency <> to_currency)
);
