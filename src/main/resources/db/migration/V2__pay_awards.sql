-- Pay awards (published or assumed) per pay scale family, part of the cost settings.
-- An award derives the next version of its family from the one in force the day before.
create table pay_award (
    model_id         varchar(200)   not null,
    ordinal          int            not null,
    family           varchar(200)   not null,
    effective_from   date           not null,
    -- a fraction: 0.032 is 3.2%
    percent          decimal(9, 6)  not null,
    -- a flat sum on points up to flat_to_point (the NJC way), or null
    flat_pence       bigint,
    flat_to_point    int            not null,
    prov_source      varchar(2000)  not null,
    prov_assumption  varchar(10000) not null,
    prov_assumed     varchar(20) array not null,
    constraint pk_pay_award primary key (model_id, family, effective_from),
    constraint fk_pay_award_model foreign key (model_id) references model (id) on delete cascade
);
