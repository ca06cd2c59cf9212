-- Reshape store, first version. Append-only: change the schema in a new V<n>__*.sql file.
--
-- Every table below the model hangs off model(id) with ON DELETE CASCADE, so replacing
-- or deleting a whole model is one delete. Money is BIGINT pence, rates and FTE are
-- exact DECIMALs. List order that the user sees (divisions, grades, scenarios, posts)
-- is kept in an ordinal column because SQL rows have none of their own.
-- There are deliberately no foreign keys from posts to grades, divisions or managers:
-- a model being edited may name a grade or manager that is not there yet, and
-- ModelValidator, not the store, is what tells the user about it.

create table model (
    id            varchar(200)   not null,
    name          varchar(1000)  not null,
    organisation  varchar(1000)  not null,
    directorate   varchar(1000)  not null,
    -- cost settings: all null when the model has none
    salary_basis  varchar(20),
    cost_year     int,
    pension_rate  decimal(9, 6),
    levy_rate     decimal(9, 6),
    on_costs      boolean,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint pk_model primary key (id),
    constraint ck_model_cost_settings check (salary_basis is null or (cost_year is not null
        and pension_rate is not null and levy_rate is not null and on_costs is not null))
);

create table ni_rule (
    model_id         varchar(200)  not null,
    start_year       int           not null,
    rate             decimal(9, 6) not null,
    threshold_pence  bigint        not null,
    constraint pk_ni_rule primary key (model_id, start_year),
    constraint fk_ni_rule_model foreign key (model_id) references model (id) on delete cascade
);

create table glossary_entry (
    model_id    varchar(200)  not null,
    term        varchar(1000) not null,
    definition  varchar(10000) not null,
    constraint pk_glossary_entry primary key (model_id, term),
    constraint fk_glossary_model foreign key (model_id) references model (id) on delete cascade
);

create table division (
    model_id  varchar(200)  not null,
    id        varchar(200)  not null,
    ordinal   int           not null,
    name      varchar(1000) not null,
    colour    varchar(20)   not null,
    renames   varchar(200)  not null default '',
    budget_pence bigint,
    constraint pk_division primary key (model_id, id),
    constraint fk_division_model foreign key (model_id) references model (id) on delete cascade
);

create table pay_scale (
    model_id         varchar(200)   not null,
    id               varchar(200)   not null,
    ordinal          int            not null,
    family           varchar(200)   not null,
    effective_from   date           not null,
    prov_source      varchar(2000)  not null,
    prov_assumption  varchar(10000) not null,
    prov_assumed     varchar(20) array not null,
    constraint pk_pay_scale primary key (model_id, id),
    constraint fk_pay_scale_model foreign key (model_id) references model (id) on delete cascade
);

create table pay_point (
    model_id      varchar(200) not null,
    scale_id      varchar(200) not null,
    point         int          not null,
    amount_pence  bigint       not null,
    constraint pk_pay_point primary key (model_id, scale_id, point),
    constraint fk_pay_point_scale foreign key (model_id, scale_id)
        references pay_scale (model_id, id) on delete cascade
);

create table pay_band (
    model_id   varchar(200) not null,
    scale_id   varchar(200) not null,
    code       varchar(200) not null,
    min_pence  bigint       not null,
    max_pence  bigint       not null,
    constraint pk_pay_band primary key (model_id, scale_id, code),
    constraint fk_pay_band_scale foreign key (model_id, scale_id)
        references pay_scale (model_id, id) on delete cascade
);

create table grade (
    model_id         varchar(200)   not null,
    id               varchar(200)   not null,
    ordinal          int            not null,
    name             varchar(1000)  not null,
    family           varchar(200)   not null,
    min_point        int            not null,
    max_point        int            not null,
    band             varchar(200)   not null,
    prov_source      varchar(2000)  not null,
    prov_assumption  varchar(10000) not null,
    prov_assumed     varchar(20) array not null,
    constraint pk_grade primary key (model_id, id),
    constraint fk_grade_model foreign key (model_id) references model (id) on delete cascade
);

create table scenario (
    model_id             varchar(200)  not null,
    id                   varchar(200)  not null,
    position             int           not null,
    name                 varchar(1000) not null,
    -- empty for a baseline; not a foreign key, a proposal may outlive its base
    base_id              varchar(200)  not null,
    implementation_date  date,
    locked               boolean       not null,
    constraint pk_scenario primary key (model_id, id),
    constraint fk_scenario_model foreign key (model_id) references model (id) on delete cascade
);

create table post (
    model_id          varchar(200)   not null,
    scenario_id       varchar(200)   not null,
    post_key          varchar(200)   not null,
    ordinal           int            not null,
    title             varchar(1000)  not null,
    division_id       varchar(200)   not null,
    manager_key       varchar(200)   not null,
    grade_id          varchar(200)   not null,
    -- a team block may be hundreds of FTE; six decimals hold any fraction a rota gives
    fte               decimal(12, 6) not null,
    headcount         int            not null,
    occupancy         varchar(20)    not null,
    holder            varchar(1000)  not null,
    fixed_term_end    date,
    responsibilities  varchar(100000) not null,
    actual_point      int,
    -- ordered key lists; arrays keep order and need no delimiter a key could contain
    replaces          varchar(200) array not null,
    mapped_from       varchar(200) array not null,
    prov_source       varchar(2000)  not null,
    prov_assumption   varchar(10000) not null,
    prov_assumed      varchar(20) array not null,
    notes             varchar(100000) not null,
    constraint pk_post primary key (model_id, scenario_id, post_key),
    constraint fk_post_scenario foreign key (model_id, scenario_id)
        references scenario (model_id, id) on delete cascade
);

-- No index on (model_id, scenario_id, ordinal): reads sort a scenario's posts in
-- memory cheaply, while the index cost every bulk insert and delete 10-15%.
