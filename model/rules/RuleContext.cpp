#include "rules/RuleContext.h"

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

// The validators are pure functions of their input; the GUI re-evaluates the same
// dossier after every edit, so parse results are memoised per thread (bounded).
template <typename T, typename Parse>
Result<T> memo(std::unordered_map<QString, Result<T>>& map, const QString& key, Parse&& parse)
{
    auto it = map.find(key);
    if (it != map.end())
        return it->second;
    if (map.size() > 4096)
        map.clear();
    return map.emplace(key, parse()).first->second;
}

Result<ResidentId> cachedResidentId(const QString& number, QDate today)
{
    thread_local std::unordered_map<QString, Result<ResidentId>> cache;
    return memo(cache, number + QString::number(today.toJulianDay()),
                [&] { return parseResidentId(number, today); });
}

Result<MobileNumber> cachedMobile(const QString& number)
{
    thread_local std::unordered_map<QString, Result<MobileNumber>> cache;
    return memo(cache, number, [&] { return parseMobile(number); });
}

Result<DomainName> cachedDomain(const QString& name)
{
    thread_local std::unordered_map<QString, Result<DomainName>> cache;
    return memo(cache, name, [&] { return parseDomainName(name); });
}

Result<Uscc> cachedUscc(const QString& code)
{
    thread_local std::unordered_map<QString, Result<Uscc>> cache;
    return memo(cache, code, [&] { return parseUscc(code); });
}

QDate submissionDateFor(const Application& app, QDate asOf)
{
    return app.plannedSubmission.isValid() && app.plannedSubmission >= asOf ? app.plannedSubmission : asOf;
}

} // namespace

RuleContext::RuleContext(const Application& application, QDate today, QDateTime instant,
                         const Portfolio* otherApplications)
    : app(application)
    , asOf(today)
    , now(std::move(instant))
    , submissionDate(submissionDateFor(application, today))
    , portfolio(otherApplications)
    , province(ProvinceRules::forProvince(application.entity.provinceCode))
    , tables(RuleTables::instance())
    , calendar(WorkingDayCalendar::standard())
    , individual(application.entity.isIndividual())
{
    persons.reserve(app.persons.size());
    for (qsizetype i = 0; i < app.persons.size(); ++i) {
        const Person& p = app.persons[i];
        PersonFacts facts;
        facts.person = &p;
        if ((p.documentType == PersonDocumentType::ResidentId ||
             p.documentType == PersonDocumentType::ResidencePermit) &&
            !p.documentNumber.trimmed().isEmpty())
            facts.residentId = cachedResidentId(p.documentNumber, submissionDate);
        if (!p.mobile.trimmed().isEmpty())
            facts.mobile = cachedMobile(p.mobile);
        facts.isLegalRep = p.hasRole(PersonRole::LegalRepresentative);
        if (entityPrincipalIndex < 0 && p.hasRole(PersonRole::EntityPrincipal))
            entityPrincipalIndex = int(i);
        if (legalRepIndex < 0 && facts.isLegalRep)
            legalRepIndex = int(i);
        persons.append(std::move(facts));
    }

    websites.reserve(app.websites.size());
    for (const Website& w : app.websites) {
        WebsiteFacts facts;
        facts.website = &w;
        facts.domains.reserve(w.domains.size());
        for (const Domain& d : w.domains) {
            DomainFacts df;
            df.domain = &d;
            if (!d.name.trimmed().isEmpty())
                df.parsed = cachedDomain(d.name);
            facts.domains.append(std::move(df));
        }
        for (qsizetype i = 0; i < app.persons.size(); ++i) {
            if (!w.principalId.isEmpty() && app.persons[i].id == w.principalId) {
                facts.principalIndex = int(i);
                break;
            }
        }
        websites.append(std::move(facts));
    }

    const Entity& e = app.entity;
    if (!individual && !e.certificateNumber.trimmed().isEmpty() &&
        (tables.isUsccCertificate(e.certificateType) || e.certificateNumber.trimmed().size() == 18))
        uscc = cachedUscc(e.certificateNumber);
    if (individual && !e.certificateNumber.trimmed().isEmpty() &&
        (e.certificateType == CertificateType::ResidentId ||
         e.certificateType == CertificateType::ResidencePermit))
        entityResidentId = cachedResidentId(e.certificateNumber, submissionDate);
}

bool RuleContext::hasDocument(DocumentKind kind, const QString& subjectId) const
{
    for (const Document& d : app.documents) {
        if (d.kind == kind && (subjectId.isEmpty() || d.subjectId == subjectId || d.subjectId.isEmpty()))
            return true;
    }
    return false;
}

int RuleContext::documentCount(DocumentKind kind) const
{
    int n = 0;
    for (const Document& d : app.documents)
        n += d.kind == kind ? 1 : 0;
    return n;
}

int RuleContext::totalDomains() const
{
    int n = 0;
    for (const Website& w : app.websites)
        n += int(w.domains.size());
    return n;
}

QString RuleContext::withCalendarCaveat(const QString& message, QDate from, QDate to) const
{
    return rules::withCalendarCaveat(calendar, message, from, to);
}

QString withCalendarCaveat(const WorkingDayCalendar& calendar, const QString& message, QDate from, QDate to)
{
    const QList<int> years = calendar.uncoveredYears(from, to);
    if (years.isEmpty())
        return message;
    QStringList names;
    for (int y : years)
        names.append(QString::number(y));
    return message + u' ' +
           QCoreApplication::translate(
               "Rules", "The public holidays of %1 are not in the working-day calendar yet, so "
                        "only weekends were skipped: the count is approximate.")
               .arg(names.join(u", "_s));
}

QString displayPerson(const Person& person, int index)
{
    if (!person.name.trimmed().isEmpty())
        return person.name.trimmed();
    return QCoreApplication::translate("Rules", "person %1").arg(index + 1);
}

QString formatDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

int monthsBetween(QDate from, QDate to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (months > 0 && to.day() < from.day())
        --months;
    else if (months < 0 && to.day() > from.day())
        ++months;
    return months;
}

bool isSubmissionOperation(Operation operation)
{
    return operation == Operation::FirstFiling || operation == Operation::NewWebsite ||
           operation == Operation::NewAccess || operation == Operation::Change;
}

bool carriesDomainChecks(Operation operation)
{
    return operation == Operation::FirstFiling || operation == Operation::NewWebsite ||
           operation == Operation::Change;
}

} // namespace icp::rules
