-- Versions of the data cache's tags (lib/cache/versions.ts, lib/domain/cache-tags.ts): one sequence per tag.
-- Sequences, not a table: bumping one takes no lock and is never rolled back, and every instance reads the same value.
CREATE SEQUENCE "cache_tag_states";
CREATE SEQUENCE "cache_tag_activity";
CREATE SEQUENCE "cache_tag_contacts";
CREATE SEQUENCE "cache_tag_pledges";
CREATE SEQUENCE "cache_tag_meetings";
CREATE SEQUENCE "cache_tag_settings";
CREATE SEQUENCE "cache_tag_users";
