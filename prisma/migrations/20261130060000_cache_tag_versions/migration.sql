-- Versions of the data cache's tags (lib/cache/versions.ts, lib/domain/cache-tags.ts): one sequence per tag.
-- Sequences, not a table: bumping one takes no lock and is never rolled back, and every instance reads the same value.
CREATE SEQUENCE "cache_tag_states";
CREATE SEQUENCE "cache_tag_activity";
CREATE SEQUENCE "cache_tag_contacts";
CREATE SEQUENCE "cache_tag_pledges";
CREATE SEQUENCE "cache_tag_meetings";
CREATE SEQUENCE "cache_tag_settings";
CREATE SEQUENCE "cache_tag_users";

-- Random first versions: a new database (a restored backup, a test database) never meets values that a shared
-- Redis still holds for an earlier database under the same key prefix.
SELECT setval('cache_tag_states', 1 + (random() * 1e15)::bigint);
SELECT setval('cache_tag_activity', 1 + (random() * 1e15)::bigint);
SELECT setval('cache_tag_contacts', 1 + (random() * 1e15)::bigint);
SELECT setval('cache_tag_pledges', 1 + (random() * 1e15)::bigint);
SELECT setval('cache_tag_meetings', 1 + (random() * 1e15)::bigint);
SELECT setval('cache_tag_settings', 1 + (random() * 1e15)::bigint);
SELECT setval('cache_tag_users', 1 + (random() * 1e15)::bigint);
