-- The plans behind /open-data/requests.csv (docs/benchmarks.md, "Open-data CSV export at 2.4 M"):
--   psql -d kazan24x -f tests/OpenKazan.Benchmarks/Reads/open-data-export-plan.sql
-- First the query as it was (every request joined, then sorted, then the newest 50,000 kept), then as OpenRequestReader
-- sends it now (the newest 50,000 chosen on the request table, then joined). The tenant id is a literal, as the
-- endpoint's parameter is planned.
select "Id" as kazan from catalog_tenants where "Slug" = 'kazan' \gset
set statement_timeout = '150s';
EXPLAIN (ANALYZE, BUFFERS)
SELECT r."Number", r."Status", r."Priority", r."Channel", c."Code", c.name_ru, c.name_en, c.name_tt, d."Code", d.name_ru, d.name_en, d.name_tt,
  b."Code", b."Address", b."Latitude", b."Longitude", o."Code", r."RegisteredAt", r."ResolvedAt", r."ClosedAt", r."ReopenCount", f."Score",
  CASE WHEN f."Id" IS NOT NULL AND f."CommentPublic" THEN f."Comment" END
FROM requests r
JOIN (SELECT * FROM buildings WHERE "TenantId" = :'kazan') b ON r."BuildingId" = b."Id"
JOIN (SELECT * FROM districts WHERE "TenantId" = :'kazan') d ON b."DistrictId" = d."Id"
JOIN (SELECT * FROM service_categories WHERE "TenantId" = :'kazan') c ON r."CategoryId" = c."Id"
LEFT JOIN (SELECT * FROM organisations WHERE "TenantId" = :'kazan') o ON r."OrganisationId" = o."Id"
LEFT JOIN (SELECT * FROM request_feedback WHERE "TenantId" = :'kazan') f ON r."Id" = f."RequestId"
WHERE r."TenantId" = :'kazan'
ORDER BY r."RegisteredAt" DESC, r."Number"
LIMIT 50000;
EXPLAIN (ANALYZE, BUFFERS)
SELECT r."Number", r."Status", r."Priority", r."Channel", c."Code", c.name_ru, c.name_en, c.name_tt, d."Code", d.name_ru, d.name_en, d.name_tt,
  b."Code", b."Address", b."Latitude", b."Longitude", o."Code", r."RegisteredAt", r."ResolvedAt", r."ClosedAt", r."ReopenCount", f."Score",
  CASE WHEN f."Id" IS NOT NULL AND f."CommentPublic" THEN f."Comment" END
FROM (SELECT * FROM requests WHERE "TenantId" = :'kazan' ORDER BY "RegisteredAt" DESC, "Number" LIMIT 50000) r
JOIN (SELECT * FROM buildings WHERE "TenantId" = :'kazan') b ON r."BuildingId" = b."Id"
JOIN (SELECT * FROM districts WHERE "TenantId" = :'kazan') d ON b."DistrictId" = d."Id"
JOIN (SELECT * FROM service_categories WHERE "TenantId" = :'kazan') c ON r."CategoryId" = c."Id"
LEFT JOIN (SELECT * FROM organisations WHERE "TenantId" = :'kazan') o ON r."OrganisationId" = o."Id"
LEFT JOIN (SELECT * FROM request_feedback WHERE "TenantId" = :'kazan') f ON r."Id" = f."RequestId"
ORDER BY r."RegisteredAt" DESC, r."Number";
