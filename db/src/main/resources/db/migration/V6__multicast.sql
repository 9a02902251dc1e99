-- Multicast groups (ChirpStack v3 multicast_group, device_multicast_group and multicast_queue):
-- the group's address, keys and frame counter, its Class B or C downlink settings, its member
-- devices, and its queue of frames planned per gateway.

create table multicast_group (
    id                uuid         not null primary key,
    name              varchar(100) not null,
    region            varchar(10)  not null,
    mc_addr           varchar(8)   not null,
    mc_nwk_s_key      varchar(32)  not null,
    mc_app_s_key      varchar(32)  not null,
    f_cnt             bigint       not null,               -- next downlink, unsigned 32 bits
    group_type        varchar(1)   not null,               -- B or C
    dr                integer      not null,
    frequency         bigint       not null,               -- Hz; 0: the region's default
    ping_slot_period  integer      not null,               -- Class B: 32..4096 slots; C: 0
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create table multicast_group_device (
    multicast_group_id  uuid        not null references multicast_group (id) on delete cascade,
    dev_eui             varchar(16) not null references device (dev_eui) on delete cascade,
    created_at          timestamp with time zone not null,
    primary key (multicast_group_id, dev_eui)
);

create index multicast_group_device_dev_eui on multicast_group_device (dev_eui);

create table multicast_queue_item (
    id                  uuid        not null primary key,
    multicast_group_id  uuid        not null references multicast_group (id) on delete cascade,
    gateway_id          varchar(16) not null,
    f_cnt               bigint      not null,
    f_port              integer     not null,
    data                bytea       not null,              -- plain application payload
    schedule_at         timestamp with time zone not null,
    emit_at_gps_ms      bigint,                            -- Class B: ping slot, GPS epoch ms
    created_at          timestamp with time zone not null
);

create index multicast_queue_item_schedule on multicast_queue_item (schedule_at);
create index multicast_queue_item_group on multicast_queue_item (multicast_group_id, schedule_at);
