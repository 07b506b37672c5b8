#include "CredentialStore.h"

#include "BackendUrl.h"
#include "SyncLogging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace icp::sync {

namespace {

// Runs a keychain job to completion or timeout. Returns false on timeout; the job is
// then left to delete itself if it ever finishes. On true the caller owns the job.
bool runJob(QKeychain::Job* job, int timeoutMs)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // the libsecret path ignores it; say it anyway
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished)
        job->setAutoDelete(true);
    return finished;
}

Error unavailable(const QString& reason)
{
    qCWarning(lcSyncCredentials).noquote() << "keychain unavailable:" << reason;
    return Error{u"keychain.unavailable"_s, CredentialStore::unavailableMessage(reason), u"token"_s};
}

QString timeoutReason(int ms)
{
    return QCoreApplication::translate("CredentialStore", "no answer within %n second(s)", nullptr,
                                       std::max(1, ms / 1000));
}

} // namespace

CredentialStore::CredentialStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{}

QString CredentialStore::unavailableMessage(const QString& reason)
{
    return QCoreApplication::translate(
               "CredentialStore", "The system keychain is not available (%1), so the backend token cannot be "
                                  "stored. It is never saved anywhere else: enter it each time the "
                                  "application starts.")
        .arg(reason);
}

Result<std::optional<QString>> CredentialStore::readToken(const QUrl& backend) const
{
    auto* job = new QKeychain::ReadPasswordJob(QString::fromLatin1(service));
    job->setKey(backendKey(backend));
    if (!runJob(job, m_timeoutMs))
        return unavailable(timeoutReason(m_timeoutMs));
    const std::unique_ptr<QKeychain::ReadPasswordJob> owned(job);
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job->error() != QKeychain::NoError)
        return unavailable(job->errorString());
    return std::optional<QString>(job->textData());
}

Status CredentialStore::writeToken(const QUrl& backend, const QString& token) const
{
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(service));
    job->setKey(backendKey(backend));
    job->setTextData(token);
    if (!runJob(job, m_timeoutMs))
        return unavailable(timeoutReason(m_timeoutMs));
    const std::unique_ptr<QKeychain::Job> owned(job);
    if (job->error() != QKeychain::NoError)
        return unavailable(job->errorString());
    return success();
}

Status CredentialStore::removeToken(const QUrl& backend) const
{
    auto* job = new QKeychain::DeletePasswordJob(QString::fromLatin1(service));
    job->setKey(backendKey(backend));
    if (!runJob(job, m_timeoutMs))
        return unavailable(timeoutReason(m_timeoutMs));
    const std::unique_ptr<QKeychain::Job> owned(job);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return unavailable(job->errorString());
    return success();
}

} // namespace icp::sync
