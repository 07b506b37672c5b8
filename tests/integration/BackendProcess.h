#pragma once

// Starts icp-backend for a test (a QProcess on loopback, port 0) and talks to its admin
// endpoint; shared by the integration tests and the sync benchmark.
#include "ExampleDossiers.h"
#include "domain/Application.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace icp::test {

using namespace Qt::StringLiterals;

class BackendProcess
{
public:
    explicit BackendProcess(QString program)
        : m_program(std::move(program))
    {}
    ~BackendProcess() { stop(); }

    // Arguments for a server that answers 30 % of the requests with an error and cuts off
    // 10 % of the answers after processing (Retry-After 0), the same faults for the same
    // `seed`; its audit steps take ten minutes and its rules run as of 2026-11-29.
    static QStringList faultyArguments(int seed)
    {
        return {u"--fail-rate"_s,   u"0.3"_s,        u"--drop-rate"_s, u"0.1"_s,
                u"--retry-after"_s, u"0"_s,          u"--step-ms"_s,   u"600000"_s,
                u"--as-of"_s,       u"2026-11-29"_s, u"--seed"_s,      QString::number(seed)};
    }

    // Creates a token, then starts the server with `args` (plus --data and --listen).
    // Returns an empty string on success, else what went wrong.
    QString start(const QStringList& args)
    {
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        QProcess add;
        add.start(m_program, {u"--data"_s, dataDir(), u"token"_s, u"add"_s, u"test"_s});
        if (!add.waitForFinished(30000) || add.exitCode() != 0)
            return u"token add failed: "_s + QString::fromUtf8(add.readAllStandardError());
        m_token = QString::fromUtf8(add.readAllStandardOutput()).trimmed();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(m_program,
                        QStringList{u"--data"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s} + args);
        if (!m_process.waitForStarted(10000))
            return u"icp-backend did not start"_s;
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process.waitForReadyRead(10000))
                return u"no LISTENING line: "_s + QString::fromUtf8(m_process.readAllStandardError());
            out += m_process.readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("LISTENING "))
            return u"unexpected first line: "_s + QString::fromUtf8(line);
        m_port = line.mid(10).toInt();
        return {};
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }

    QString dataDir() const { return m_dir.path() + u"/backend"_s; }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    int port() const { return m_port; }
    QString token() const { return m_token; }

    // GET /v1/<path> with the token, synchronously; an empty object on failure.
    QJsonObject get(const QString& path)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(url().toString() + u"/v1/"_s + path));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setTransferTimeout(10000);
        QNetworkReply* reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
    QJsonObject stats() { return get(u"admin/stats"_s); }

private:
    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_token;
    int m_port = 0;
};

// An example dossier's application (tests/data/dossiers, by file name) under a new id,
// without its history.
inline Application exampleApplication(const QString& fileName, const QString& id = {})
{
    Application app = example(fileName);
    if (app.id.isEmpty())
        return {};
    app.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    app.history.clear();
    return app;
}

} // namespace icp::test
