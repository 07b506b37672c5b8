// icp-backend: the reference registration backend (docs/api.md). Used by the
// integration tests and by anyone trying the application without a provider account.
#include "Api.h"
#include "AuditSimulator.h"
#include "BackendOptions.h"
#include "BackendServer.h"
#include "BackendStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace icp::backend;

namespace {

bool parseListen(const QString& text, BackendOptions& options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    const QHostAddress address =
        host == "localhost"_L1 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return false;
    options.address = address;
    options.port = quint16(port);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"icp-assistant"_s);
    QCoreApplication::setApplicationName(u"icp-backend"_s);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"icp.*.info=false"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reference ICP registration backend (docs/api.md).\n"
        "  icp-backend [options]                  serve the /v1 API\n"
        "  icp-backend [--data DIR] token add NAME  create a bearer token (printed once, stored hashed)"_s);
    parser.addHelpOption();
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address and port (default 127.0.0.1:8480; port 0 = any free "
                                    "port, printed as LISTENING <port>)."_s,
                                    u"host:port"_s);
    const QCommandLineOption data(u"data"_s, u"Data directory (database and documents)."_s, u"dir"_s);
    const QCommandLineOption step(u"step-ms"_s, u"Duration of each audit step (default 60000)."_s, u"ms"_s);
    const QCommandLineOption smsDeadline(u"sms-deadline-ms"_s, u"SMS verification deadline (default 24 h)."_s,
                                         u"ms"_s);
    const QCommandLineOption smsVerify(u"sms-verify-ms"_s,
                                       u"When the simulated people answer the SMS "
                                       "(default: one step)."_s,
                                       u"ms"_s);
    const QCommandLineOption smsNever(u"sms-never-verified"_s, u"Every SMS verification times out."_s);
    const QCommandLineOption tick(u"tick-ms"_s, u"Audit clock granularity."_s, u"ms"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"Date the rules run as of (YYYY-MM-DD; default today)."_s,
                                  u"date"_s);
    const QCommandLineOption failRate(u"fail-rate"_s, u"Share of requests answered 500/503/429 (0..1)."_s,
                                      u"share"_s);
    const QCommandLineOption dropRate(u"drop-rate"_s,
                                      u"Share of requests processed, then cut off mid-answer."_s, u"share"_s);
    const QCommandLineOption delay(u"delay-ms"_s, u"Delay added to every answer."_s, u"ms"_s);
    const QCommandLineOption retryAfter(u"retry-after"_s,
                                        u"Retry-After seconds sent with 429/503 (default 1)."_s, u"s"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed for fault injection."_s, u"n"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s,
                                     u"Serve HTTPS with this PEM certificate (with --tls-key)."_s, u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key of --tls-cert."_s, u"file"_s);
    parser.addOptions({listen, data, step, smsDeadline, smsVerify, smsNever, tick, asOf, failRate, dropRate,
                       delay, retryAfter, seed, tlsCert, tlsKey});
    parser.addPositionalArgument(u"command"_s, u"Optional: token add NAME."_s, u"[token add NAME]"_s);
    parser.process(app);

    BackendOptions options;
    options.dataDir = parser.isSet(data) ? parser.value(data)
                                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    bool ok = true;
    const auto number = [&](const QCommandLineOption& o, double fallback) {
        if (!parser.isSet(o))
            return fallback;
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        if (!good || v < 0) {
            err << "icp-backend: --" << o.names().constFirst() << " takes a non-negative number\n";
            ok = false;
        }
        return v;
    };
    if (parser.isSet(listen) && !parseListen(parser.value(listen), options)) {
        err << "icp-backend: --listen takes host:port, e.g. 127.0.0.1:0\n";
        return 2;
    }
    options.stepMs = int(number(step, options.stepMs));
    options.smsDeadlineMs = qint64(number(smsDeadline, double(options.smsDeadlineMs)));
    options.smsVerifyMs = int(number(smsVerify, options.smsVerifyMs));
    options.smsNeverVerified = parser.isSet(smsNever);
    options.tickMs = int(number(tick, 0));
    options.failRate = number(failRate, 0);
    options.dropRate = number(dropRate, 0);
    options.delayMs = int(number(delay, 0));
    options.retryAfterS = int(number(retryAfter, options.retryAfterS));
    options.seed = quint32(number(seed, 0));
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        ok = ok && options.asOf.isValid();
    }
    if (!ok || options.failRate > 1 || options.dropRate > 1)
        return 2;

    auto store = BackendStore::open(options.dataDir);
    if (!store) {
        err << "icp-backend: " << store.error().message << '\n';
        return 1;
    }

    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        if (args.size() != 3 || args[0] != "token"_L1 || args[1] != "add"_L1 || args[2].isEmpty()) {
            err << "icp-backend: usage: icp-backend [--data DIR] token add NAME\n";
            return 2;
        }
        const auto token = store.value()->addToken(args[2]);
        if (!token) {
            err << "icp-backend: " << token.error().message << '\n';
            return 1;
        }
        out << token.value() << '\n';
        return 0;
    }

    ServerStats stats;
    Api api(*store.value(), options, stats);
    BackendServer server(api, options, stats);
    AuditSimulator audit(*store.value(), options);
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << "icp-backend: --tls-cert and --tls-key name readable PEM files\n";
            return 2;
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            err << "icp-backend: cannot read the TLS certificate or key\n";
            return 2;
        }
        server.sslSetup(certificate, key);
    }
    if (!options.address.isLoopback() && !parser.isSet(tlsCert))
        err << "icp-backend: warning: serving plain HTTP on a non-loopback address; clients refuse it "
               "(use --tls-cert/--tls-key)\n";
    const quint16 port = server.listen(options.address, options.port);
    if (port == 0) {
        err << "icp-backend: cannot listen on " << options.address.toString() << ':' << options.port << '\n';
        return 1;
    }
    audit.start();
    out << "LISTENING " << port << Qt::endl;
    return QCoreApplication::exec();
}
