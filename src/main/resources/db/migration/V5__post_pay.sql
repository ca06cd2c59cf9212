-- Issue 11: how a post is paid beyond its grade.
-- acting_for: for an acting post, the key of the substantive post of the person acting up ('' when none).
-- backfilled: the vacated substantive post is covered, at its full cost.
-- honorarium_*: a sum a year or a fraction of salary, from and to dates (all empty when none).
-- basis: the post's own salary basis (BOTTOM, MIDPOINT, TOP, ACTUAL), '' for the costing policy's.
-- actual_salary: the holder's actual salary a year at 1 FTE where entered.
alter table post add column acting_for varchar(200) default '' not null;
alter table post add column backfilled boolean default false not null;
alter table post add column honorarium_amount decimal(15, 2);
alter table post add column honorarium_percent decimal(9, 6);
alter table post add column honorarium_from date;
alter table post add column honorarium_to date;
alter table post add column basis varchar(20) default '' not null;
alter table post add column actual_salary decimal(15, 2);
