// Full-dossier evaluations per second on one thread (rules engine, docs/regulations.md §10).
// The dossier is realistic: 10 websites of one domain each (the largest order a provider takes),
// 4 persons, 10 documents, and a portfolio of 5 other applications. Prints figures only; never asserts a
// timing.

#include "RulesFixture.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

constexpr qint64 kRunMilliseconds = 2000;

Application realistic(int variant)
{
    Application app = fixture::organisation();
    // Four persons: legal rep / entity principal, two website principals, an emergency contact.
    Person third = app.persons[1];
    third.id = u"p-wang"_s;
    third.name = u"王五"_s;
    third.documentNumber = fixture::residentId(u"330106"_s, u"19870707"_s, u"007"_s);
    third.mobile = u"13700137000"_s;
    third.email = u"wangwu@example.com"_s;
    Person contact = third;
    contact.id = u"p-zhao"_s;
    contact.name = u"赵六"_s;
    contact.documentNumber = fixture::residentId(u"330106"_s, u"19920909"_s, u"009"_s);
    contact.mobile = u"13600136000"_s;
    contact.email = u"zhaoliu@example.com"_s;
    contact.roles = {PersonRole::EmergencyContact};
    app.persons << third << contact;
    // Ten websites of one domain each (one domain per website since 2019, docs/regulations.md §5.4);
    // `variant` makes the names distinct per dossier.
    const QString tag = variant < 0 ? QString() : QString::number(variant);
    for (int w = 2; w <= 10; ++w)
        app.websites.append(fixture::extraWebsite(app, w));
    app.websites[2].principalId = third.id;
    for (int w = 0; w < app.websites.size(); ++w) {
        Website& site = app.websites[w];
        site.domains = {fixture::domain(app, u"site%1-%2.com"_s.arg(tag).arg(w))};
        site.homepageUrls = {u"https://www."_s + site.domains[0].name};
    }
    app.documents.append(fixture::document(u"d8"_s, DocumentKind::IdFront, third.id));
    app.documents.append(fixture::document(u"d9"_s, DocumentKind::IdBack, third.id));
    app.documents.append(fixture::document(u"d10"_s, DocumentKind::PrincipalPhoto, third.id));
    return app;
}

Portfolio portfolio()
{
    Portfolio p;
    for (int i = 0; i < 5; ++i) {
        Application other = fixture::personal();
        other.id = u"other-%1"_s.arg(i);
        other.status = i % 2 ? ApplicationStatus::Granted : ApplicationStatus::AuthorityReview;
        other.websites[0].domains[0].name = u"other%1.cn"_s.arg(i);
        p.applications.append(other);
    }
    return p;
}

void measure(const char* name, const QList<Application>& dossiers, const Portfolio& p)
{
    const RuleSet& rules = RuleSet::standard();
    qint64 findings = 0;
    for (const Application& a : dossiers) // warm up tables and caches
        findings += rules.evaluate(a, fixture::asOf(), &p).size();
    qint64 evaluations = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kRunMilliseconds) {
        for (const Application& a : dossiers)
            findings += rules.evaluate(a, fixture::asOf(), &p).size();
        evaluations += dossiers.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << name << ": " << qint64(double(evaluations) / seconds) << " evaluations/s, "
                        << qint64(seconds * 1e6 / double(evaluations)) << " µs each ("
                        << rules.evaluate(dossiers.constFirst(), fixture::asOf(), &p).size()
                        << " findings per dossier)\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Portfolio p = portfolio();
    for (const Finding& f : RuleSet::standard().evaluate(realistic(-1), fixture::asOf(), &p))
        QTextStream(stdout) << "finding on the benchmark dossier: " << f.ruleId << " ["
                            << severityKey(f.severity) << "] " << f.fieldPath << "\n";
    // The GUI re-evaluates the same dossier after each edit: parse results are memoised.
    measure("same dossier, 10 websites / 10 domains / 4 persons", {realistic(-1)}, p);
    // Distinct domain names per dossier defeat the domain parse memo (bounded at 4096 entries).
    QList<Application> distinct;
    for (int i = 0; i < 1000; ++i)
        distinct.append(realistic(i));
    measure("1000 distinct dossiers (domain memo misses)", distinct, p);
    return 0;
}
