#pragma once

#include <QtGlobal>

namespace apdesk::aspsim {

// What one stranger's connections may cost the service (issue 17): idle sockets, bodies larger
// than any request, more connections than a program would open.
struct ConnectionLimits {
    int maxConnections = 256;  // more are answered 503 and closed at once
    int idleTimeoutMs = 60000; // no byte either way for this long: the connection is closed
    // A request must arrive whole within this long of its first byte (answered 408 and closed
    // otherwise), so that a client dripping one byte just within the idle timeout cannot hold a
    // connection for ever.
    int requestTimeoutMs = 30000;
    // The largest request (headers and body): a larger Content-Length is answered 413 before the
    // body is read, and a connection that sends more than this before an answer is cut.
    qint64 maxRequestBytes = 1024 * 1024 + 64 * 1024;
    // The same for a claim sent (POST /api/v1/establishments/{siret}/claims): 20,000 employees
    // with five weeks each take some 12 MiB.
    qint64 maxClaimRequestBytes = 64 * 1024 * 1024;

    // Whether a request line ("POST /api/v1/establishments/…/claims HTTP/1.1") sends a claim.
    static bool sendsClaim(const QByteArray &requestLine);
};

} // namespace apdesk::aspsim
