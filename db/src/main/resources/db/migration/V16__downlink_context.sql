-- What a gateway's TX acknowledgement needs to find its downlink (ChirpStack keeps the
-- internal.DownlinkFrame in Redis for the same purpose): written when the downlink goes to the
-- gateway, taken by the instance that handles the acknowledgement, whichever it is. Rows whose
-- acknowledgement never came are deleted once expires_at has passed. Downlink ids are random
-- 32-bit values (ChirpStack's gateway protocol carries no more), so two live downlinks may share
-- one: both rows are kept, and the newer is the one an acknowledgement finds, as in memory.
create table downlink_context (
    id                  uuid          not null primary key,
    downlink_id         bigint        not null,           -- 32 bits, random: may repeat
    dev_eui             varchar(16),                    -- null for a multicast copy
    multicast_group_id  uuid,                           -- null for a device's downlink
    items               varchar(4000) not null,         -- JSON: one entry per frame item
    ack                 boolean       not null,
    join_accept         boolean       not null,         -- a join-accept: no items
    created_at          timestamp with time zone not null,
    emit_at             timestamp with time zone,
    expires_at          timestamp with time zone not null
);

create index downlink_context_downlink on downlink_context (downlink_id);
create index downlink_context_expires on downlink_context (expires_at);
