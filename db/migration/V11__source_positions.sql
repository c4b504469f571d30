-- Where the parser read each table row of a version read from a document (issue 12): by row path, the page, the
-- line and the line's text, as compact JSON ({"requests.new_received": [4, 107, "…"], …}), written with the version
-- and never changed. The quality rules read it with the version, so that every finding on a table cell of a stored
-- document says where in the source the cell was read. Null for a version entered or submitted as data, and for the
-- versions stored before this column: nullable without a default, so adding it rewrites no row.
ALTER TABLE report_version ADD COLUMN source_positions text;
