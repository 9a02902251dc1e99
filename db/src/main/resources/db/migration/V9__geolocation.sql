-- Geolocation: per device profile whether devices are located and how their uplinks are
-- buffered (ChirpStack v3 geoloc_buffer_ttl, geoloc_min_buffer_size), and each device's last
-- resolved location. Portable between PostgreSQL and H2.

alter table device_profile add column geoloc_enabled boolean default false not null;
alter table device_profile add column geoloc_buffer_ttl integer default 0 not null;        -- seconds, 0: no buffer
alter table device_profile add column geoloc_min_buffer_size integer default 0 not null;   -- uplinks per solve

create table device_location (
    dev_eui        varchar(16)      not null primary key references device (dev_eui) on delete cascade,
    latitude       double precision not null,                -- degrees, WGS 84
    longitude      double precision not null,                -- degrees, WGS 84
    altitude       double precision not null,                -- metres
    accuracy       double precision not null,                -- metres, one sigma, horizontal
    source         varchar(24)      not null,                -- GEO_RESOLVER_TDOA or GEO_RESOLVER_RSSI
    gateway_count  integer          not null,
    updated_at     timestamp with time zone not null
);
