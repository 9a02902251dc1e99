-- Users of the API and console; the first start creates the admin.

create sequence app_user_seq start with 50 increment by 50;

create table app_user (
    id             bigint       not null primary key,
    email          varchar(255) not null unique,
    password_hash  varchar(512) not null,
    is_admin       boolean      not null,
    is_active      boolean      not null,
    session_ttl    integer      default 0 not null,
    note           varchar(1000) default '' not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
