-- Scales a generated city up without the generator (docs/benchmarks.md, "Staff work queues at city scale"):
--   createdb -T kazan300k kazan24x && psql -d kazan24x -f tests/OpenKazan.Benchmarks/Infrastructure/copy-requests-seven-times.sql
-- 300,000 generated requests become 2,400,000: seven copies of each with the same dates (so the volume per day is that
-- of a 2.4 M city), new ids and numbers; the copies of open requests keep their history and deadlines.
set synchronous_commit = off;
create temp table copies as
  select r."Id" as old_id, k, gen_random_uuid() as new_id, r."InQueue" as open
  from requests r cross join generate_series(1, 7) k;
create index on copies (old_id) include (k, new_id) where open;
insert into requests select c.new_id, r."TenantId", r."Number" || '-' || c.k, r."Channel", r."Status", r."HeldFrom", r."Priority",
  r."RequesterKind", r."RequesterName", r."RequesterPhone", r."RequesterPhoneDigits", r."RequesterEmail", r."ConsentToContact",
  r."RequesterUserId", r."Culture", r."BuildingId", r."Flat", r."Entrance", r."CategoryId", r."Description", r."OrganisationId",
  r."RegisteredAt", r."AcceptedAt", r."ResolvedAt", r."ClosedAt", r."ResolutionReport", r."ReopenCount", r."Version",
  r."InQueue", r."QueueDueAt", r."QueueWarnAt", r."Urgency"
  from copies c join requests r on r."Id" = c.old_id;
insert into request_events select gen_random_uuid(), e."TenantId", c.new_id, e."At", e."Kind", e."FromStatus", e."ToStatus",
  e."ActorId", e."ActorName", e."ActorRole", e."Reason", e."Channel", e."OrganisationId"
  from copies c join request_events e on e."RequestId" = c.old_id where c.open;
insert into request_deadlines select gen_random_uuid(), d."TenantId", c.new_id, d."Stage", d."DueAt", d."WarnAt", d."CompletedAt"
  from copies c join request_deadlines d on d."RequestId" = c.old_id where c.open;
vacuum analyze requests;
vacuum analyze request_events;
vacuum analyze request_deadlines;
select count(*), count(*) filter (where "InQueue") from requests;
