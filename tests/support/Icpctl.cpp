#include "Icpctl.h"

#include <QProcess>

namespace icp::test {

QString icpctlProgram()
{
    return QString::fromUtf8(ICPCTL_PATH);
}

QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>>& variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : variables)
        environment.insert(name, value);
    return environment;
}

IcpctlRun runIcpctl(const QStringList& arguments, const QProcessEnvironment& environment,
                    std::chrono::milliseconds timeLimit)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(icpctlProgram(), arguments);
    IcpctlRun run;
    if (!process.waitForFinished(static_cast<int>(timeLimit.count()))) {
        if (process.state() == QProcess::NotRunning) { // it never started
            run.err = process.errorString();
            return run;
        }
        // A hang must fail the test that caused it, not outlive it.
        run.timedOut = true;
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit || run.timedOut;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace icp::test
