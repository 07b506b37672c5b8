#include "Keychain.h"

#include <QPromise>
#include <memory>
#include <qt6keychain/keychain.h>

namespace icp::sync {

namespace {

QKeychain::Job* makeJob(const KeychainRequest& request)
{
    QKeychain::Job* job = nullptr;
    switch (request.kind) {
    case KeychainRequest::Kind::Read:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case KeychainRequest::Kind::Write: {
        auto* write = new QKeychain::WritePasswordJob(request.service);
        write->setTextData(request.secret);
        job = write;
        break;
    }
    case KeychainRequest::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    job->setKey(request.key);
    job->setInsecureFallback(false); // the libsecret path ignores it; say it anyway
    job->setAutoDelete(true);        // after finished()
    return job;
}

} // namespace

QFuture<KeychainAnswer> systemKeychain(const KeychainRequest& request)
{
    auto promise = std::make_shared<QPromise<KeychainAnswer>>();
    QFuture<KeychainAnswer> future = promise->future();
    promise->start();
    QKeychain::Job* job = makeJob(request);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* done) {
        KeychainAnswer answer;
        if (done->error() == QKeychain::NoError) {
            answer.outcome = KeychainAnswer::Outcome::Done;
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                answer.secret = read->textData();
        } else if (done->error() == QKeychain::EntryNotFound) {
            answer.outcome = KeychainAnswer::Outcome::NotFound;
        } else {
            answer.reason = done->errorString();
        }
        promise->addResult(answer);
        promise->finish();
    });
    job->start();
    return future;
}

} // namespace icp::sync
