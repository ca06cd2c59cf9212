-- Issue 19: how a post sits in the structure beyond its line manager.
-- assistant: drawn beside its manager, not a layer, left out of spans of control.
-- dotted_managers: keys of posts it also reports to by a dotted line (ordered).
-- roles: statutory or designated roles it holds (Principal Social Worker, LADO ...).
-- je_*: its job evaluation, for new and regraded posts; all empty when none is recorded.
alter table post add column assistant boolean default false not null;
alter table post add column dotted_managers varchar(200) array default array[] not null;
alter table post add column roles varchar(1000) array default array[] not null;
alter table post add column je_scheme varchar(1000) default '' not null;
alter table post add column je_outcome varchar(1000) default '' not null;
alter table post add column je_date date;
