-- The application server's management domain, as ChirpStack v3 models it: the built-in network
-- server (one row, kept for API compatibility), service profiles, gateway profiles, applications,
-- and what devices, device profiles and gateways carry for the API and console. Every new column has
-- a default, so rows written before this version stay valid. Maps (tags, variables, metadata) are
-- JSON objects of strings.

create sequence network_server_seq start with 50 increment by 50;

create table network_server (
    id          bigint       not null primary key,
    name        varchar(100) not null,
    server      varchar(255) not null,                    -- hostname:port, informational
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

create table service_profile (
    id                          uuid         not null primary key,
    name                        varchar(100) not null,
    organization_id             bigint       not null references organization (id) on delete cascade,
    network_server_id           bigint       not null references network_server (id),
    ul_rate                     integer      default 0 not null,
    ul_bucket_size              integer      default 0 not null,
    ul_rate_policy              varchar(4)   default 'DROP' not null,   -- DROP or MARK
    dl_rate                     integer      default 0 not null,
    dl_bucket_size              integer      default 0 not null,
    dl_rate_policy              varchar(4)   default 'DROP' not null,
    add_gw_meta_data            boolean      default true not null,
    dev_status_req_freq         integer      default 0 not null,
    report_dev_status_battery   boolean      default false not null,
    report_dev_status_margin    boolean      default false not null,
    dr_min                      integer      default 0 not null,
    dr_max                      integer      default 15 not null,
    channel_mask                varchar(64)  default '' not null,       -- hex
    pr_allowed                  boolean      default false not null,
    hr_allowed                  boolean      default false not null,
    ra_allowed                  boolean      default false not null,
    nwk_geo_loc                 boolean      default false not null,
    target_per                  integer      default 0 not null,
    min_gw_diversity            integer      default 0 not null,
    gws_private                 boolean      default false not null,
    created_at                  timestamp with time zone not null,
    updated_at                  timestamp with time zone not null
);

create index service_profile_organization on service_profile (organization_id);

create table gateway_profile (
    id                 uuid         not null primary key,
    name               varchar(100) not null,
    network_server_id  bigint       not null references network_server (id),
    channels           varchar(200) default '' not null,    -- comma-separated channel indexes
    extra_channels     varchar(8000) default '[]' not null, -- JSON array of extra channels
    stats_interval     integer      default 30 not null,    -- seconds
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);

create sequence application_seq start with 50 increment by 50;

create table application (
    id                      bigint       not null primary key,
    name                    varchar(100) not null,
    description             varchar(500) default '' not null,
    organization_id         bigint       not null references organization (id) on delete cascade,
    service_profile_id      uuid         not null references service_profile (id),
    payload_codec           varchar(20)  default '' not null,     -- deprecated: the profile's wins
    payload_encoder_script  varchar(100000) default '' not null,
    payload_decoder_script  varchar(100000) default '' not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint application_name_unique unique (organization_id, name)
);

create index application_organization on application (organization_id);

alter table device_profile add column organization_id bigint references organization (id) on delete cascade;
alter table device_profile add column network_server_id bigint references network_server (id);
alter table device_profile add column ping_slot_dr integer default 0 not null;
alter table device_profile add column ping_slot_freq bigint default 0 not null;     -- Hz, 0: region default
alter table device_profile add column factory_preset_freqs varchar(1000) default '' not null; -- comma-separated Hz
alter table device_profile add column max_duty_cycle integer default 0 not null;
alter table device_profile add column supports_32bit_fcnt boolean default true not null;
alter table device_profile add column payload_codec varchar(20) default '' not null;  -- '', CAYENNE_LPP, CUSTOM_JS
alter table device_profile add column payload_encoder_script varchar(100000) default '' not null;
alter table device_profile add column payload_decoder_script varchar(100000) default '' not null;
alter table device_profile add column tags varchar(8000) default '{}' not null;
create index device_profile_organization on device_profile (organization_id);

alter table device add column description varchar(500) default '' not null;
alter table device add column reference_altitude double precision default 0 not null;
alter table device add column tags varchar(8000) default '{}' not null;
alter table device add column variables varchar(8000) default '{}' not null;
alter table device add column device_status_battery integer;        -- 0..255 as DevStatusAns sends it
alter table device add column device_status_margin integer;         -- dB, -32..31
alter table device add column device_status_external_power boolean default false not null;
alter table device add column dr integer;                           -- data rate of the last uplink

alter table gateway add column network_server_id bigint references network_server (id);
alter table gateway add column gateway_profile_id uuid references gateway_profile (id) on delete set null;
alter table gateway add column service_profile_id uuid references service_profile (id) on delete set null;
alter table gateway add column discovery_enabled boolean default false not null;
alter table gateway add column location_accuracy integer default 0 not null;
alter table gateway add column boards varchar(4000) default '[]' not null;   -- JSON: fpgaID, fineTimestampKey
alter table gateway add column tags varchar(8000) default '{}' not null;
alter table gateway add column metadata varchar(8000) default '{}' not null;

-- The built-in network server: Longwave is one, shown as a resource for compatibility.
insert into network_server (id, name, server, created_at, updated_at)
    values (1, 'longwave', 'built-in', current_timestamp, current_timestamp);
