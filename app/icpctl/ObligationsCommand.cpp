#include "ObligationsCommand.h"

#include "core/BeijingTime.h"
#include "obligations/ObligationSource.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

// The date column: the Beijing day, or the instant in Beijing time where the hour matters.
QString dueText(const Obligation& o)
{
    return o.dueAt.isValid() ? beijing::formatMinutes(o.dueAt) : o.dueOn.toString(Qt::ISODate);
}

QStringList fields(const Obligation& o)
{
    return {o.id,           toKey(o.kind), o.subject, o.entityName, dueText(o),
            toKey(o.state), o.owner,       o.rule,    o.note};
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// UTF-8 with a byte-order mark, so that Excel opens it as UTF-8; CRLF line ends (RFC 4180).
QByteArray toCsv(const QList<Obligation>& obligations)
{
    QString text = u"id,kind,subject,entity,dueOn,state,owner,rule,note\r\n"_s;
    for (const Obligation& o : obligations) {
        QStringList row = fields(o);
        std::transform(row.begin(), row.end(), row.begin(), csvField);
        text += row.join(u',') + u"\r\n"_s;
    }
    return "\xEF\xBB\xBF" + text.toUtf8();
}

QByteArray toJson(const QList<Obligation>& obligations)
{
    QJsonArray array;
    for (const Obligation& o : obligations) {
        QJsonObject object{{"id"_L1, o.id},
                           {"kind"_L1, toKey(o.kind)},
                           {"subject"_L1, o.subject},
                           {"entity"_L1, o.entityName},
                           {"dueOn"_L1, o.dueDate().toString(Qt::ISODate)},
                           {"state"_L1, toKey(o.state)},
                           {"stage"_L1, o.stage},
                           {"owner"_L1, o.owner},
                           {"rule"_L1, o.rule},
                           {"source"_L1, o.source},
                           {"title"_L1, o.title},
                           {"note"_L1, o.note}};
        if (o.dueAt.isValid())
            object.insert("dueAt"_L1, o.dueAt.toUTC().toString(Qt::ISODate));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// Columns padded to their widest cell; the title says what it is, the note how.
QByteArray toTable(const QList<Obligation>& obligations)
{
    QList<QStringList> rows{
        {QCoreApplication::translate("icpctl", "Due"), QCoreApplication::translate("icpctl", "State"),
         QCoreApplication::translate("icpctl", "Kind"), QCoreApplication::translate("icpctl", "Subject"),
         QCoreApplication::translate("icpctl", "Entity"), QCoreApplication::translate("icpctl", "What")}};
    for (const Obligation& o : obligations)
        rows.append(
            {dueText(o), displayName(o.state), displayName(o.kind), o.subject, o.entityName, o.title});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text;
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        text += line + u'\n';
    }
    if (obligations.isEmpty())
        text += QCoreApplication::translate("icpctl", "Nothing is due.") + u'\n';
    return text.toUtf8();
}

} // namespace

int runObligations(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Lists the dated obligations of the licences, filings and applications in the database: "
        "renewals, expiries, annual reports, public-security filings, domains, ID documents, SMS "
        "verification and authority review. Overdue and missed ones are always listed. Exit code 0, "
        "or 1 with --fail-if-overdue when something is overdue or missed; 2 on usage errors."));
    const QCommandLineOption asOf(
        u"as-of"_s,
        QCoreApplication::translate("icpctl", "Evaluate as on this day in Beijing time (default: today)."),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption within(
        u"within"_s,
        QCoreApplication::translate("icpctl", "Only what falls due within DAYS days (default: all)."),
        u"DAYS"_s);
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("icpctl", "Output format: table, csv or json."), u"FORMAT"_s,
        u"table"_s);
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    const QCommandLineOption failIfOverdue(
        u"fail-if-overdue"_s,
        QCoreApplication::translate("icpctl", "Exit with 1 when an obligation is overdue or missed."));
    parser.addOptions({asOf, within, format, json, failIfOverdue});
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const auto usage = [&](const QString& message) {
        context.err << message << '\n';
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate(
            "icpctl", "usage: icpctl [--db PATH] obligations [--as-of YYYY-MM-DD] [--within DAYS] "
                      "[--format table|csv|json] [--fail-if-overdue]"));
    // --as-of names a Beijing day and is evaluated from its start (docs/regulations.md §11).
    QDateTime now = beijing::now();
    if (parser.isSet(asOf)) {
        const QDate date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid())
            return usage(
                QCoreApplication::translate("icpctl", "--as-of: '%1' is not a date in the form YYYY-MM-DD.")
                    .arg(parser.value(asOf)));
        now = beijing::startOfDay(date);
    }
    int days = -1;
    if (parser.isSet(within)) {
        bool ok = false;
        days = parser.value(within).toInt(&ok);
        if (!ok || days < 0)
            return usage(QCoreApplication::translate("icpctl", "--within: '%1' is not a number of days.")
                             .arg(parser.value(within)));
    }
    const QString form = parser.isSet(json) ? u"json"_s : parser.value(format);
    if (form != "table"_L1 && form != "csv"_L1 && form != "json"_L1)
        return usage(
            QCoreApplication::translate("icpctl", "--format: '%1' is not table, csv or json.").arg(form));

    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    Result<QList<Obligation>> all = loadObligations(*db, now);
    if (!all)
        return usage(all.error().message);
    const QDate today = beijing::dateOf(now);
    QList<Obligation> shown;
    bool late = false;
    for (const Obligation& o : all.value()) {
        late = late || o.isLate();
        if (o.isLate() || days < 0 || today.daysTo(o.dueDate()) <= days)
            shown.append(o);
    }
    const QByteArray bytes = form == "csv"_L1    ? toCsv(shown)
                             : form == "json"_L1 ? toJson(shown)
                                                 : toTable(shown);
    // Bytes, not text: the BOM and the UTF-8 must reach the pipe unchanged.
    context.out.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return parser.isSet(failIfOverdue) && late ? ExitInvalid : ExitOk;
}

} // namespace icp::cli
