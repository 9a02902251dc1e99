-- Organizations (tenants), their users with roles, API keys, and server-wide settings.

create sequence organization_seq start with 50 increment by 50;

create table organization (
    id                 bigint       not null primary key,
    name               varchar(100) not null unique,
    display_name       varchar(100) not null,
    can_have_gateways  boolean      not null,
    max_device_count   integer      default 0 not null,   -- 0: no limit
    max_gateway_count  integer      default 0 not null,   -- 0: no limit
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);

create table organization_user (
    organization_id   bigint  not null references organization (id) on delete cascade,
    user_id           bigint  not null references app_user (id) on delete cascade,
    is_admin          boolean not null,
    is_device_admin   boolean not null,
    is_gateway_admin  boolean not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    primary key (organization_id, user_id)
);

create index organization_user_user on organization_user (user_id);

create table api_key (
    id               varchar(36)  not null primary key,   -- UUID, the token's api_key_id
    name             varchar(100) not null,
    is_admin         boolean      not null,
    organization_id  bigint references organization (id) on delete cascade,
    application_id   bigint,
    created_at       timestamp with time zone not null
);

create table server_setting (
    name   varchar(100)  not null primary key,
    setting_value  varchar(1000) not null
);

alter table gateway add column organization_id bigint references organization (id) on delete cascade;
create index gateway_organization on gateway (organization_id);
