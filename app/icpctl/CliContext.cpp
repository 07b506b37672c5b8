#include "CliContext.h"

#include "core/BeijingTime.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace icp::cli {

int CliContext::parse(QCommandLineParser& parser) const
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << QCoreApplication::translate("icpctl", "Run '%1 --help' for usage.").arg(arguments.value(0))
            << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    return -1;
}

std::unique_ptr<Database> CliContext::openDatabase() const
{
    auto db = Database::open(databasePath);
    if (!db) {
        err << db.error().message << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

QString CliContext::actor()
{
    using namespace Qt::StringLiterals;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return (user.isEmpty() ? u"unknown"_s : user) + u" (icpctl)"_s;
}

QCommandLineOption CliContext::asOfOption()
{
    return QCommandLineOption(
        QStringLiteral("as-of"),
        QCoreApplication::translate("icpctl", "Evaluate as on this day in Beijing time (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
}

std::optional<QDateTime> CliContext::evaluationTime(const QCommandLineParser& parser,
                                                    const QCommandLineOption& asOf) const
{
    if (!parser.isSet(asOf))
        return beijing::now();
    const QString value = parser.value(asOf);
    const QDate day = QDate::fromString(value.trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        err << QCoreApplication::translate("icpctl", "--as-of: '%1' is not a date in the form YYYY-MM-DD.")
                   .arg(value)
            << '\n';
        return std::nullopt;
    }
    return beijing::startOfDay(day);
}

} // namespace icp::cli
