-- The network server's state: device profiles, devices and their root keys, used DevNonces,
-- device sessions (optimistic version) and downlink queues. Names follow ChirpStack v3.
-- Portable between PostgreSQL and H2. EUIs are 16 lower-case hex digits, DevAddrs 8 and AES-128
-- keys 32.

create table device_profile (
    id                           uuid         not null primary key,
    name                         varchar(100) not null,
    region                       varchar(10)  not null,   -- RegionId name, e.g. EU868, AS923_2
    mac_version                  varchar(10)  not null,   -- e.g. 1.0.3, 1.1.0
    reg_params_revision          varchar(20)  not null,   -- e.g. A, B, RP002-1.0.3
    supports_join                boolean      not null,   -- OTAA (true) or ABP
    supports_class_b             boolean      not null,
    supports_class_c             boolean      not null,
    class_b_timeout              integer      not null,   -- seconds
    ping_slot_period             integer      not null,   -- periodicity 0..7: pingNb = 2^(7 - p)
    class_c_timeout              integer      not null,   -- seconds
    rx_delay_1                   integer      not null,   -- ABP: seconds, 0 means 1
    rx_dr_offset_1               integer      not null,   -- ABP
    rx_datarate_2                integer      not null,   -- ABP
    rx_freq_2                    bigint       not null,   -- ABP: Hz
    max_eirp                     integer      not null,   -- dBm
    adr_algorithm_id             varchar(100) not null,
    uplink_interval              integer      not null,   -- seconds
    device_status_req_frequency  integer      not null,   -- per day, 0 = never
    flush_queue_on_activate      boolean      not null,
    created_at                   timestamp with time zone not null,
    updated_at                   timestamp with time zone not null
);

create table device (
    dev_eui            varchar(16)  not null primary key,
    name               varchar(100) not null,
    application_id     bigint       not null,
    device_profile_id  uuid         not null references device_profile (id),
    join_eui           varchar(16),                       -- null for ABP
    skip_fcnt_check    boolean      not null,
    is_disabled        boolean      not null,
    join_nonce         integer      not null,             -- last JoinNonce sent
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    last_seen_at       timestamp with time zone
);

create index device_device_profile on device (device_profile_id);
create index device_application on device (application_id);

create table device_keys (
    dev_eui     varchar(16) not null primary key references device (dev_eui) on delete cascade,
    nwk_key     varchar(32) not null,                     -- NwkKey (1.1) or AppKey (1.0.x)
    app_key     varchar(32),                              -- AppKey of a 1.1 device
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

-- A DevNonce is used once per device, JoinEUI and request type (0xff join, 0..2 rejoin).
create table device_nonce (
    dev_eui            varchar(16) not null references device (dev_eui) on delete cascade,
    join_eui           varchar(16) not null,
    dev_nonce          integer     not null,
    join_request_type  integer     not null,
    created_at         timestamp with time zone not null,
    constraint device_nonce_unique unique (dev_eui, join_eui, dev_nonce, join_request_type)
);

create table device_session (
    dev_eui          varchar(16) not null primary key references device (dev_eui) on delete cascade,
    dev_addr         varchar(8)  not null,
    mac_version      varchar(10) not null,
    region           varchar(10) not null,
    f_nwk_s_int_key  varchar(32) not null,                -- 1.0.x: the NwkSKey
    s_nwk_s_int_key  varchar(32) not null,
    nwk_s_enc_key    varchar(32) not null,
    app_s_key        varchar(32) not null,
    f_cnt_up         bigint      not null,                -- next expected, unsigned 32 bits
    n_f_cnt_down     bigint      not null,
    a_f_cnt_down     bigint      not null,
    conf_f_cnt       bigint      not null,                -- -1: none
    device_class     varchar(1)  not null,                -- A, B or C
    mac_state        varchar(16000) not null,             -- JSON: radio and MAC state
    version          bigint      not null,                -- incremented by every save
    activated_at     timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index device_session_dev_addr on device_session (dev_addr);

create table device_queue_item (
    id             uuid        not null primary key,
    dev_eui        varchar(16) not null references device (dev_eui) on delete cascade,
    f_port         integer     not null,
    data           bytea       not null,                -- plain application payload
    confirmed      boolean     not null,
    is_pending     boolean     not null,
    f_cnt_down     bigint,                                -- null until sent
    timeout_after  timestamp with time zone,
    created_at     timestamp with time zone not null
);

create index device_queue_item_device_time on device_queue_item (dev_eui, created_at);
