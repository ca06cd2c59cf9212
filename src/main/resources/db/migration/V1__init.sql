create table model (id varchar(64) primary key);
