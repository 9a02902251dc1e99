-- The session a LoRaWAN 1.1 rejoin-request started (ChirpStack v3 PendingRejoinDeviceSession): it
-- waits here until the device's first uplink under it, while the session in the row stays valid.
-- pending_dev_addr is its address (types 0 and 1 get a new one), pending_session its keys,
-- counters and state as JSON. Both are null when no rejoin is pending.
alter table device_session add column pending_dev_addr varchar(8);
alter table device_session add column pending_session varchar(16000);

create index device_session_pending_dev_addr on device_session (pending_dev_addr);
