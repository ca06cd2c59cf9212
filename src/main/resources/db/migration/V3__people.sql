-- People beside posts (issue 14). Personal data: names, dates of birth, pay and
-- equality fields live only here and in the model file, never in a public output.
-- Every table hangs off model(id) with ON DELETE CASCADE, as in V1.

create table person (
    model_id         varchar(200)  not null,
    id               varchar(200)  not null,
    ordinal          int           not null,
    name             varchar(1000) not null,
    employee_number  varchar(200)  not null,
    contract         varchar(20)   not null,
    salary_pence     bigint,
    spinal_point     int,
    service_start    date,
    date_of_birth    date,
    notice_weeks     int           not null,
    contract_end     date,
    family_leave     varchar(30)   not null,
    sex              varchar(100)  not null,
    ethnicity        varchar(100)  not null,
    disability       varchar(100)  not null,
    constraint pk_person primary key (model_id, id),
    constraint fk_person_model foreign key (model_id) references model (id) on delete cascade
);

-- A person holding a post of the current structure (the baseline); no foreign key to
-- post, for the reason V1 gives: ModelValidator, not the store, tells the user.
create table holding (
    model_id   varchar(200)   not null,
    person_id  varchar(200)   not null,
    post_key   varchar(200)   not null,
    ordinal    int            not null,
    fte        decimal(12, 6) not null,
    constraint pk_holding primary key (model_id, person_id, post_key),
    constraint fk_holding_person foreign key (model_id, person_id) references person (model_id, id) on delete cascade
);

-- A confirmed match of a person to a post of a proposal.
create table person_match (
    model_id     varchar(200) not null,
    scenario_id  varchar(200) not null,
    person_id    varchar(200) not null,
    post_key     varchar(200) not null,
    ordinal      int          not null,
    kind         varchar(20)  not null,
    constraint pk_person_match primary key (model_id, scenario_id, person_id, post_key),
    constraint fk_person_match_person foreign key (model_id, person_id) references person (model_id, id) on delete cascade
);

create table duty_share (
    model_id     varchar(200) not null,
    scenario_id  varchar(200) not null,
    from_key     varchar(200) not null,
    to_key       varchar(200) not null,
    share_percent int         not null,
    constraint pk_duty_share primary key (model_id, scenario_id, from_key, to_key),
    constraint fk_duty_share_model foreign key (model_id) references model (id) on delete cascade
);

create table consultation (
    model_id             varchar(200) not null,
    scenario_id          varchar(200) not null,
    start_date           date,
    other_redundancies   int          not null,
    policy_minimum_days  int          not null,
    constraint pk_consultation primary key (model_id, scenario_id),
    constraint fk_consultation_model foreign key (model_id) references model (id) on delete cascade
);

create table people_policy (
    model_id             varchar(200) not null,
    slot_in_percent      int          not null,
    slot_in_grade_steps  int          not null,
    suppress_below       int          not null,
    margin_percent       int          not null,
    constraint pk_people_policy primary key (model_id),
    constraint fk_people_policy_model foreign key (model_id) references model (id) on delete cascade
);
