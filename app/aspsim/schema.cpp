#include "schema.h"

namespace apdesk::aspsim {

sqlite::Migrations serviceMigrations() {
    sqlite::Migration first;
    first.version = 1;
    first.description = QStringLiteral("simulated ASP service, first schema");
    first.statements = {
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            identifier TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            must_change_password INTEGER NOT NULL DEFAULT 1,
            first_login_done INTEGER NOT NULL DEFAULT 0,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            phone TEXT NOT NULL DEFAULT '',
            secret_question TEXT,
            secret_answer_hash TEXT,
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE establishments (
            siret TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            street TEXT NOT NULL,
            street_complement TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL,
            city TEXT NOT NULL,
            email TEXT NOT NULL,
            phone TEXT NOT NULL,
            contact_last_name TEXT NOT NULL,
            contact_first_name TEXT NOT NULL,
            contact_email TEXT NOT NULL,
            contact_phone TEXT NOT NULL,
            principal_user_id INTEGER NOT NULL REFERENCES users(id),
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE establishment_users (
            siret TEXT NOT NULL REFERENCES establishments(siret),
            user_id INTEGER NOT NULL REFERENCES users(id),
            added_at INTEGER NOT NULL,
            PRIMARY KEY (siret, user_id)))"),
        QStringLiteral("CREATE INDEX establishment_users_user ON establishment_users(user_id)"),
        QStringLiteral(R"(CREATE TABLE other_extranet_access (
            siret TEXT PRIMARY KEY,
            extranet TEXT NOT NULL,
            user_id INTEGER NOT NULL REFERENCES users(id)))"),
        QStringLiteral(R"(CREATE TABLE account_requests (
            id INTEGER PRIMARY KEY,
            siret TEXT NOT NULL UNIQUE,
            user_id INTEGER REFERENCES users(id),
            payload TEXT NOT NULL,
            secret_answer_hash TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'validated')),
            submitted_at INTEGER NOT NULL,
            validate_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE registration_tokens (
            token_hash TEXT PRIMARY KEY,
            siret TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            expires_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            created_at INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE login_throttle (
            identifier_key TEXT PRIMARY KEY,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE reset_starts (
            id INTEGER PRIMARY KEY,
            identifier_key TEXT NOT NULL,
            started_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE mails (
            id INTEGER PRIMARY KEY,
            sent_at INTEGER NOT NULL,
            sender TEXT NOT NULL,
            recipient TEXT NOT NULL COLLATE NOCASE,
            subject TEXT NOT NULL,
            body TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX mails_recipient ON mails(recipient)"),
    };
    sqlite::Migration decisions;
    decisions.version = 2;
    decisions.description = QStringLiteral("decisions (autorisations) and their secret codes");
    decisions.statements = {
        QStringLiteral(R"(CREATE TABLE decisions (
            number TEXT PRIMARY KEY,
            siret TEXT NOT NULL REFERENCES establishments(siret),
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            form INTEGER NOT NULL CHECK (form BETWEEN 1 AND 4),
            scheme TEXT NOT NULL CHECK (scheme IN ('common', 'apld')),
            motive INTEGER NOT NULL CHECK (motive BETWEEN 1 AND 5),
            authorised_hundredths INTEGER NOT NULL CHECK (authorised_hundredths > 0),
            authorised_headcount INTEGER NOT NULL CHECK (authorised_headcount > 0),
            secret_code TEXT NOT NULL CHECK (length(secret_code) = 10),
            decided_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('accepted')),
            CHECK (period_start <= period_end)))"),
        QStringLiteral("CREATE INDEX decisions_siret ON decisions(siret, period_start)"),
    };
    // Issue 17: the throttle tables kept every identifier a stranger typed, up to 1 MiB each,
    // for ever. Their keys become SHA-256 digests and their rows expire (UserStore); the
    // counters of the moment, kept under the old keys, are dropped.
    sqlite::Migration boundedThrottles;
    boundedThrottles.version = 3;
    boundedThrottles.description = QStringLiteral("throttle rows of fixed size that expire");
    boundedThrottles.statements = {
        QStringLiteral("DELETE FROM login_throttle"),
        QStringLiteral("DELETE FROM reset_starts"),
        QStringLiteral("ALTER TABLE login_throttle ADD COLUMN updated_at INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("CREATE INDEX login_throttle_updated ON login_throttle(updated_at)"),
        QStringLiteral("CREATE INDEX reset_starts_key ON reset_starts(identifier_key, started_at)"),
        QStringLiteral("CREATE INDEX reset_starts_started ON reset_starts(started_at)"),
    };
    // Issue 14: the claims (DI) the establishments send, one row per version, with the key
    // that makes a sending count once however often it is retried, and each version's history.
    sqlite::Migration claims;
    claims.version = 4;
    claims.description = QStringLiteral("claims received (DI), their versions and statuses");
    claims.statements = {
        QStringLiteral(R"(CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            siret TEXT NOT NULL REFERENCES establishments(siret),
            decision_number TEXT NOT NULL REFERENCES decisions(number),
            month TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            payload_hash TEXT NOT NULL,
            payload TEXT NOT NULL,
            employees INTEGER NOT NULL,
            hours_hundredths INTEGER NOT NULL,
            indemnity_cents INTEGER NOT NULL,
            allocation_cents INTEGER NOT NULL,
            status INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            paid_cents INTEGER,
            received_at INTEGER NOT NULL,
            status_changed_at INTEGER NOT NULL,
            UNIQUE (siret, idempotency_key),
            UNIQUE (number, version)))"),
        QStringLiteral("CREATE INDEX claims_month ON claims(siret, decision_number, month)"),
        QStringLiteral("CREATE INDEX claims_status ON claims(status, status_changed_at)"),
        QStringLiteral(R"(CREATE TABLE claim_statuses (
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            at INTEGER NOT NULL,
            status INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX claim_statuses_claim ON claim_statuses(claim_id, at)"),
    };
    // Issue 14: the requests for prior authorisation (DAP) and what the administration decided.
    sqlite::Migration authorisations;
    authorisations.version = 5;
    authorisations.description = QStringLiteral("requests for prior authorisation (DAP)");
    authorisations.statements = {
        QStringLiteral(R"(CREATE TABLE authorisation_requests (
            id INTEGER PRIMARY KEY,
            siret TEXT NOT NULL REFERENCES establishments(siret),
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            form INTEGER NOT NULL,
            scheme TEXT NOT NULL,
            motive INTEGER NOT NULL,
            hours_hundredths INTEGER NOT NULL,
            employees INTEGER NOT NULL,
            submitted_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'submitted',
            reason TEXT NOT NULL DEFAULT '',
            decision_number TEXT NOT NULL DEFAULT '',
            decided_at INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX authorisation_requests_state ON authorisation_requests(state, "
                       "submitted_at)"),
        QStringLiteral(
            "CREATE INDEX authorisation_requests_siret ON authorisation_requests(siret)"),
    };
    return {first, decisions, boundedThrottles, claims, authorisations};
}

} // namespace apdesk::aspsim
