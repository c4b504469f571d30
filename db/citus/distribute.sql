-- Nianbao on Citus, step 2 of 2 (docs/SCALING.md#beyond-one-primary-citus): where each table lives. Run on the
-- coordinator after keys.sql, with the workers added (citus_add_node). Every table of the schema is named here once;
-- CitusPlanTest checks that against the migrated schema.

-- the tree and the small settings: a full copy on every node, joined locally by every regional query
SELECT create_reference_table('agency');
SELECT create_reference_table('agency_closure');
SELECT create_reference_table('agency_reporting_period');
SELECT create_reference_table('app_user');
SELECT create_reference_table('quality_rule');
SELECT create_reference_table('installation_secret');
SELECT create_reference_table('app_state');

-- everything of one body on one shard: a body's store, report page and checks stay on one node
SELECT create_distributed_table('report', 'agency_id');
SELECT create_distributed_table('report_version', 'agency_id', colocate_with => 'report');
SELECT create_distributed_table('proactive_row', 'agency_id', colocate_with => 'report');
SELECT create_distributed_table('request_row', 'agency_id', colocate_with => 'report');
SELECT create_distributed_table('review_row', 'agency_id', colocate_with => 'report');
SELECT create_distributed_table('narrative_section', 'agency_id', colocate_with => 'report');
SELECT create_distributed_table('narrative_band', 'agency_id', colocate_with => 'report');
SELECT create_distributed_table('quality_finding', 'agency_id', colocate_with => 'report');
SELECT create_distributed_table('analytics_body_year', 'agency_id', colocate_with => 'report');

-- a region's sums on the shard of the region: a figure of one region reads one shard, a store's update of its four
-- regions is one distributed transaction
SELECT create_distributed_table('analytics_region_year', 'region_id');
SELECT create_distributed_table('analytics_region_proactive', 'region_id', colocate_with => 'analytics_region_year');
SELECT create_distributed_table('analytics_region_requests', 'region_id', colocate_with => 'analytics_region_year');
SELECT create_distributed_table('analytics_region_reviews', 'region_id', colocate_with => 'analytics_region_year');
SELECT create_distributed_table('analytics_region_period', 'region_id', colocate_with => 'analytics_region_year');
SELECT create_distributed_table('analytics_region_body', 'region_id', colocate_with => 'analytics_region_year');

-- the originals, spread by content
SELECT create_distributed_table('source_document', 'sha256', colocate_with => 'none');

-- small, written one row at a time, read by the coordinator alone
SELECT citus_add_local_table_to_metadata('audit_event');
SELECT citus_add_local_table_to_metadata('sign_in_failure');
SELECT citus_add_local_table_to_metadata('throttle_attempt');
SELECT citus_add_local_table_to_metadata('import_job');
SELECT citus_add_local_table_to_metadata('import_item');
SELECT citus_add_local_table_to_metadata('quality_run');
SELECT citus_add_local_table_to_metadata('quality_snapshot');
SELECT citus_add_local_table_to_metadata('flyway_schema_history');
