#pragma once

// The one way tests run the icpctl built with them: as a real process, with its exit
// code, both output streams and a time limit after which it is killed.
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <chrono>
#include <utility>

namespace icp::test {

struct IcpctlRun
{
    int exitCode = -1;     // -1 unless icpctl exited normally
    bool crashed = true;   // it did not exit normally: a signal, or killed after the time limit
    bool timedOut = false; // it was still running at the time limit and was killed
    QString out;
    QString err;
};

// The path of the icpctl executable (for a test that must start it itself, e.g. to kill it).
QString icpctlProgram();

// This process's environment with `variables` set on top of it.
QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>>& variables);

// Runs icpctl with `arguments` in `environment` and waits for it up to `timeLimit`.
IcpctlRun runIcpctl(const QStringList& arguments,
                    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                    std::chrono::milliseconds timeLimit = std::chrono::seconds(60));

} // namespace icp::test
