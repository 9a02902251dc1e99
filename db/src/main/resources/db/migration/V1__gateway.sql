-- Gateways registered in Longwave, and the statistics they report.
-- Portable between PostgreSQL and H2 (the embedded default).

create table gateway (
    gateway_id        varchar(16)  not null primary key,  -- 16 lower-case hex digits
    name              varchar(100) not null,
    description       varchar(500) default '' not null,
    latitude          double precision,
    longitude         double precision,
    altitude          double precision,
    location_source   varchar(24),
    first_seen_at     timestamp with time zone,
    last_seen_at      timestamp with time zone,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create sequence gateway_stats_seq start with 50 increment by 50;

create table gateway_stats (
    id                     bigint not null primary key,
    gateway_id             varchar(16) not null references gateway (gateway_id) on delete cascade,
    received_at            timestamp with time zone not null,
    rx_packets_received    bigint not null,
    rx_packets_received_ok bigint not null,
    tx_packets_received    bigint not null,
    tx_packets_emitted     bigint not null
);

create index gateway_stats_gateway_time on gateway_stats (gateway_id, received_at);
