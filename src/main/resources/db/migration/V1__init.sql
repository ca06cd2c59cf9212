create table placeholder (id int primary key);
