/**
 * The prefixes of the ids Kloofmeter gives imported rows: read by the import (which makes them), the queries (which
 * tell a user's rows from shipped ones) and the views (which never show them to a reader).
 */

/** An imported trajectory or indicator: `eigen_<import id or slug>`. Import ids carry the import's time. */
export const OWN_ID_PREFIX = 'eigen_';

/** An imported file as a source: `import_<import id>`. */
export const IMPORT_SOURCE_PREFIX = 'import_';

export const isOwnId = (id: string): boolean => id.startsWith(OWN_ID_PREFIX);
