-- The application a multicast group belongs to (ChirpStack v3 multicast_group.application_id):
-- its members are devices of that application, and the application's organization decides who
-- may see and change the group. Null for groups created before; those only global admins reach.
alter table multicast_group add column application_id bigint references application (id) on delete cascade;

create index multicast_group_application on multicast_group (application_id);
