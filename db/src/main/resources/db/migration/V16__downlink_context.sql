-- What a gateway's TX acknowledgement needs to find its downlink (ChirpStack keeps the
-- internal.DownlinkFrame in Redis for the same purpose): written when the downlink goes to the
-- gateway, taken by the instance that handles the acknowledgement, whichever it is. Rows whose
-- acknowledgement never came are deleted once expires_at has passed.
create table downlink_context (
    downlink_id         bigint        not null primary key,
    dev_eui             varchar(16),                    -- null for a multicast copy
    multicast_group_id  uuid,                           -- null for a device's downlink
    items               varchar(4000) not null,         -- JSON: one entry per frame item
    ack                 boolean       not null,
    created_at          timestamp with time zone not null,
    emit_at             timestamp with time zone,
    expires_at          timestamp with time zone not null
);

create index downlink_context_expires on downlink_context (expires_at);
