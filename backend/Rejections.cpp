#include "Rejections.h"

#include "core/Language.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp::backend {

namespace {

QString suggestionFor(const Finding& finding)
{
    if (finding.fieldPath.isEmpty())
        return QCoreApplication::translate("BackendRejection",
                                           "Correct the application as described and submit it again.");
    return QCoreApplication::translate("BackendRejection",
                                       "Correct the field “%1” and submit the application "
                                       "again.")
        .arg(finding.fieldPath);
}

QList<Finding> blockingOnly(const QList<Finding>& findings)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Blocking)
            out.append(f);
    }
    return out;
}

} // namespace

QJsonArray blockingRejections(const Application& application, QDate asOf)
{
    const QString previous = currentLanguage();
    // English first; Chinese only when something blocks (switching catalogues costs time).
    (void)setLanguage(u"en"_s);
    const QList<Finding> en = blockingOnly(RuleSet::standard().evaluate(application, asOf));
    QJsonArray out;
    if (en.isEmpty()) {
        (void)setLanguage(previous);
        return out;
    }
    QList<QString> enSuggestions;
    for (const Finding& f : en)
        enSuggestions.append(suggestionFor(f));
    (void)setLanguage(u"zh_CN"_s);
    const QList<Finding> zh = blockingOnly(RuleSet::standard().evaluate(application, asOf));
    for (qsizetype i = 0; i < en.size(); ++i) {
        const Finding& f = en.at(i);
        // The engine is deterministic, so the i-th finding is the same in both languages.
        const bool same = i < zh.size() && zh.at(i).ruleId == f.ruleId && zh.at(i).fieldPath == f.fieldPath;
        const QString zhReason = same ? zh.at(i).message : f.message;
        out.append(QJsonObject{
            {u"ruleId"_s, f.ruleId},
            {u"fieldPath"_s, f.fieldPath},
            {u"reason"_s, QJsonObject{{u"en"_s, f.message}, {u"zh"_s, zhReason}}},
            {u"suggestion"_s, QJsonObject{{u"en"_s, enSuggestions.at(i)}, {u"zh"_s, suggestionFor(f)}}},
        });
    }
    (void)setLanguage(previous);
    return out;
}

QJsonArray smsTimeoutRejection()
{
    const QString previous = currentLanguage();
    QJsonObject reason;
    QJsonObject suggestion;
    for (const QString& lang : {u"en"_s, u"zh_CN"_s}) {
        (void)setLanguage(lang);
        const QString key = lang == "en"_L1 ? u"en"_s : u"zh"_s;
        reason.insert(key, QCoreApplication::translate("BackendRejection",
                                                       "The SMS verification was not completed within 24 "
                                                       "hours, so the application was returned."));
        suggestion.insert(key, QCoreApplication::translate("BackendRejection",
                                                           "Check that the principals' mobile numbers can "
                                                           "receive MIIT text messages, then submit again."));
    }
    (void)setLanguage(previous);
    return QJsonArray{QJsonObject{{u"ruleId"_s, u"SMS-TIMEOUT"_s},
                                  {u"fieldPath"_s, u"persons"_s},
                                  {u"reason"_s, reason},
                                  {u"suggestion"_s, suggestion}}};
}

} // namespace icp::backend
