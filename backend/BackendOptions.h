#pragma once

#include <QDate>
#include <QHostAddress>
#include <QString>

namespace icp::backend {

// Everything icp-backend's flags control (`icp-backend --help`, docs/api.md
// "Reference backend"). Timings are milliseconds so tests take seconds and demos minutes.
struct BackendOptions
{
    QHostAddress address = QHostAddress::LocalHost; // loopback unless told otherwise
    quint16 port = 8480;                            // 0 = any free port (printed as LISTENING <port>)
    QString dataDir;

    // Simulated audit (docs/regulations.md §2.1/§2.3).
    int stepMs = 60000;              // time each review step takes
    qint64 smsDeadlineMs = 86400000; // §2.2: the SMS code is valid 24 h
    int smsVerifyMs = -1;            // when the simulated people answer the SMS; -1 = stepMs; never = timeout
    bool smsNeverVerified = false;   // every SMS times out → returned (cause sms_timeout)
    int tickMs = 0;                  // audit clock granularity; 0 = derived from stepMs
    QDate asOf;                      // date the rules run as of; null = today

    // Fault injection (tests only): shares of API requests (0..1).
    double failRate = 0; // answered 500 / 503 / 429 (evenly) before anything is done
    double dropRate = 0; // processed, then the connection is dropped mid-response
    int delayMs = 0;     // added before every answer
    int retryAfterS = 1; // Retry-After sent with 429 and 503
    quint32 seed = 0;    // 0 = random

    // Uploads
    int chunkSize = 256 * 1024;
};

} // namespace icp::backend
