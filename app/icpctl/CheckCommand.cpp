#include "CheckCommand.h"

#include "core/BeijingTime.h"
#include "documents/DocumentChecks.h"
#include "rules/RuleSet.h"
#include "store/Dossier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

// Blocking first, then warnings, then notes; within a severity in field order.
void sortFindings(QList<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return a.fieldPath < b.fieldPath;
    });
}

} // namespace

int runCheck(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Runs every rule on a dossier and prints the findings. Exit code 0 "
                  "when nothing blocks submission, 1 when a blocking finding remains, "
                  "2 when the dossier cannot be read."));
    parser.addPositionalArgument(u"dossier"_s,
                                 QCoreApplication::translate("icpctl", "The dossier file (JSON)."));
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    const QCommandLineOption asOf(
        u"as-of"_s,
        QCoreApplication::translate("icpctl", "Evaluate as on this day in Beijing time (default: today)."),
        u"YYYY-MM-DD"_s);
    parser.addOption(json);
    parser.addOption(asOf);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate(
                           "icpctl", "usage: icpctl check DOSSIER.json [--json] [--as-of YYYY-MM-DD]")
                    << '\n';
        return ExitUsage;
    }
    // Deadlines run on Beijing time (docs/regulations.md §11): today is today in Beijing, and
    // --as-of names a Beijing day.
    const QDateTime now = beijing::now();
    QDate date = now.date();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid()) {
            context.err << QCoreApplication::translate("icpctl",
                                                       "--as-of: '%1' is not a date in the form YYYY-MM-DD.")
                               .arg(parser.value(asOf))
                        << '\n';
            return ExitUsage;
        }
    }

    const QString file = parser.positionalArguments().constFirst();
    QList<DossierProblem> problems;
    const auto dossier = readDossierFile(file, &problems);
    if (!dossier) {
        if (problems.isEmpty())
            context.err << dossier.error().message << '\n';
        for (const DossierProblem& p : problems) {
            context.err << file << ':' << p.line << ':' << p.column << ": " << p.path << ": " << p.message
                        << " [" << p.code << "]\n";
        }
        return ExitUsage;
    }

    QList<Finding> findings = parser.isSet(asOf) ? RuleSet::standard().evaluate(dossier->application, date)
                                                 : RuleSet::standard().evaluateAt(dossier->application, now);
    // The granted records a dossier carries have their own lifecycle rules (renewal, annual reports).
    for (qsizetype i = 0; i < dossier->licences.size(); ++i) {
        for (Finding f : RuleSet::standard().evaluateLicence(dossier->licences.at(i), date)) {
            const QString prefix = u"licences[%1]"_s.arg(i);
            f.fieldPath = f.fieldPath.isEmpty() ? prefix : prefix + u'.' + f.fieldPath;
            findings.append(f);
        }
    }
    sortFindings(findings);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Finding& f : findings) {
            array.append(QJsonObject{{"ruleId"_L1, f.ruleId},
                                     {"severity"_L1, severityKey(f.severity)},
                                     {"fieldPath"_L1, f.fieldPath},
                                     {"message"_L1, f.message}});
        }
        const QJsonObject result{{"dossier"_L1, file},
                                 {"asOf"_L1, date.toString(Qt::ISODate)},
                                 {"submittable"_L1, !hasBlocking(findings)},
                                 {"findings"_L1, array}};
        context.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        for (const Finding& f : findings) {
            context.out << severityName(f.severity) << ' ' << f.ruleId << ' ' << f.fieldPath << ": "
                        << f.message << '\n';
        }
        const auto count = [&findings](Severity s) {
            return std::count_if(findings.begin(), findings.end(),
                                 [s](const Finding& f) { return f.severity == s; });
        };
        context.out << QCoreApplication::translate("icpctl", "Summary: blocking %1, warnings %2, notes %3")
                           .arg(count(Severity::Blocking))
                           .arg(count(Severity::Warning))
                           .arg(count(Severity::Info))
                    << '\n';
    }
    return hasBlocking(findings) ? ExitInvalid : ExitOk;
}

int runRules(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Lists every rule of the rules engine with its id, severity, scope, reference and source."));
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << QCoreApplication::translate("icpctl", "usage: icpctl rules [--json]") << '\n';
        return ExitUsage;
    }
    // The rules engine's rules, then the checks the document inspection applies to each file.
    QList<RuleInfo> rules = RuleSet::standard().rules();
    rules += documentCheckRules();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RuleInfo& r : rules) {
            array.append(QJsonObject{{"id"_L1, r.id},
                                     {"reference"_L1, r.reference},
                                     {"severity"_L1, severityKey(r.severity)},
                                     {"scope"_L1, r.scope},
                                     {"source"_L1, r.source},
                                     {"title"_L1, r.title}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const RuleInfo& r : rules) {
        context.out << r.id << '\t' << r.reference << '\t' << severityKey(r.severity) << '\t' << r.scope
                    << '\t' << r.title << '\t' << r.source << '\n';
    }
    return ExitOk;
}

} // namespace icp::cli
